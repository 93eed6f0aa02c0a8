/**
 * People who speak for a body or a country without being named: the name at the cue is the
 * body's or the country's, not theirs (round eighteen).
 */
// "A BBC correspondent said": an outlet's reporter, unnamed, is no more the outlet (round
// twenty-seven).
// "A North Korean military commander told": nor is a country's commander the country (round
// twenty-nine).
const representativeNoun =
  '(?:spokes(?:man|woman|person)|representative|official|source|manager|executive|diplomat|officer|employee|staff member|correspondent|reporter|journalist|analyst|commander)';

/** "A spokesperson for the social networking website Facebook said": the name is the object. */
const representativeBefore = new RegExp(
  `\\b${representativeNoun}s?\\s+(?:for|of|at|from)\\s+(?:the\\s+)?(?:[a-z][\\w-]*\\s+)*$`,
);

/**
 * "A senior Israeli military source told", "A North Korean military commander told": the name,
 * of one or more capitalised words, is an adjective of the role noun.
 */
const representativeAfter = new RegExp(
  `^\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*(?:\\s+[a-z][\\w-]*){0,3}\\s+${representativeNoun}\\s*,?\\s*$`,
  'u',
);

// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
const capitalisedWords = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s*$/u;

/**
 * Whether the English `name` before the cue at `cueOffset`, the cue's subject, is the body or
 * the nationality an unnamed representative speaks for. `sentenceStart` bounds the look back.
 */
export function isUnnamedRepresentative(
  text: string,
  sentenceStart: number,
  name: string,
  cueOffset: number,
): boolean {
  const nameOffset = text.lastIndexOf(name, cueOffset);
  if (name === '' || nameOffset < sentenceStart) return false;
  const between = text.slice(nameOffset, cueOffset);
  if (representativeAfter.test(between)) return true;
  // Only the name's own words stand between it and the cue: no comma and a name of its own.
  if (!capitalisedWords.test(between)) return false;
  return representativeBefore.test(
    text.slice(Math.max(sentenceStart, nameOffset - 120), nameOffset),
  );
}
