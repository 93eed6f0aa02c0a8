import type { PersonEntity, PersonRegistry } from './createPersonRegistry';
import { isOtherGender, isSameWord, nameWords } from './isSamePerson';
import type { SpeechGender } from './speechVerbs';

/** A misspelling is at most this many edits away, and only in a name this long. */
const maxEdits = 2;
const minMisspeltLength = 7;

/**
 * The one person the article names in full whom a bare word at a cue means, when the word
 * matches no surname: their first name ("Мартину Шкрели …" then "Мартин писал") or their
 * surname misspelt at the cue ("Билл Герстенмайер …" then "говорит Гернстермайер",
 * "Lydia Buchtmann … Bauchtman said"). Two people who fit, or a gender the verb contradicts,
 * leave it undecided: a guess would send a checker to the wrong person.
 */
export function findFullNamed(
  people: PersonRegistry,
  written: string,
  gender: SpeechGender,
): PersonEntity | undefined {
  const words = nameWords(written);
  const word = words[0];
  if (words.length !== 1 || word === undefined || word.length < 3) return undefined;
  let found: PersonEntity | undefined;
  const seen = new Set<PersonEntity>();
  for (const mention of people.mentions) {
    const entity = people.entityOf(mention);
    if (seen.has(entity)) continue;
    const full = nameWords(mention.name);
    const first = full[0];
    const last = full[full.length - 1];
    if (full.length < 2 || first === undefined || last === undefined) continue;
    const fits =
      isSameWord(word, first) ||
      (word.length >= minMisspeltLength &&
        word.charAt(0) === last.charAt(0) &&
        isWithinEdits(word, last, maxEdits) &&
        // «Петровой» is no misspelling of «Петров»: it is a woman of that name.
        !isOtherGender(word, last));
    if (!fits) continue;
    seen.add(entity);
    if ((gender === 'm' || gender === 'f') && entity.gender !== '' && entity.gender !== gender)
      continue;
    if (found !== undefined && found !== entity) return undefined;
    found = entity;
  }
  return found;
}

/** Levenshtein distance at most `limit`, in one row of the table. */
function isWithinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      const value = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost);
      next.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return false;
    row = next;
  }
  return (row[b.length] ?? limit + 1) <= limit;
}
