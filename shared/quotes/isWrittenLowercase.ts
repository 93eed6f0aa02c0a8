import { russianEndings } from './createStemLexicon';
import { normalizeWord } from './normalizeWord';

/** The shortest word `isWrittenLowercase` looks up ("bar" for "bars"); shorter need not be kept. */
export const shortestLookedUp = 3;

/**
 * "Оппозиционер предложил …", "Присоединение Крыма, заметил оппозиционер, …": a capitalised
 * word that the same article also writes in lower case, in any case form, is a common word
 * opening a sentence, not a name: names are never written in lower case. Words shorter than
 * four letters are too short to tell a stem from a chance match.
 */
export function isWrittenLowercase(
  word: string,
  lowercaseWords: ReadonlySet<string>,
  language: 'ru' | 'en',
): boolean {
  const norm = normalizeWord(word);
  if (norm.length < 4) return false;
  if (lowercaseWords.has(norm)) return true;
  if (language === 'en') {
    return (
      lowercaseWords.has(`${norm}s`) ||
      (norm.endsWith('s') && lowercaseWords.has(norm.slice(0, -1)))
    );
  }
  for (let cut = 1; cut <= 3; cut += 1) {
    const stem = norm.slice(0, norm.length - cut);
    if (stem.length < 4 || !russianEndings.has(norm.slice(norm.length - cut))) continue;
    for (const ending of russianEndings) {
      if (lowercaseWords.has(stem + ending)) return true;
    }
  }
  for (const ending of russianEndings) {
    if (ending !== '' && lowercaseWords.has(norm + ending)) return true;
  }
  return false;
}
