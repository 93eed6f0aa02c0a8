import type { PersonRegistry } from './createPersonRegistry';

// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
/** "…, in which he", "…, at which she", "…, where he": a relative clause opened by a pronoun. */
const relativeOpening = /(?:\b(?:in|at|during|of|on)\s+which|\bwhere|\bwhen)\s+$/iu;
/** A capitalised word, a possessive "'s" left off: "Bell's" → "Bell". */
const capitalisedWord = /\p{Lu}[\p{L}-]+/gu;

/**
 * "Tom Reed released a report criticizing Jim Bell's remarks at a meeting, in which he called
 * the budget "…"": a relative clause hangs on a noun after the pronoun's antecedent, and a
 * person the article names, named between them (a possessive too, which the mentions leave
 * out) with no gender against the pronoun, may as well be who "he" is (round thirty-two: the
 * critic was given the criticised man's words at 0.8). `from` is where the antecedent was last
 * named, `pronounAt` the pronoun's offset.
 */
export function namesRivalBeforeRelative(
  text: string,
  people: PersonRegistry,
  speaker: string,
  pronoun: 'm' | 'f',
  from: number,
  pronounAt: number,
): boolean {
  if (from >= pronounAt) return false;
  const between = text.slice(from, pronounAt);
  if (!relativeOpening.test(between.slice(-30))) return false;
  const own = people.find(speaker);
  for (const match of between.matchAll(capitalisedWord)) {
    const other = people.find(match[0]);
    if (other !== undefined && other !== own && (other.gender === '' || other.gender === pronoun))
      return true;
  }
  return false;
}
