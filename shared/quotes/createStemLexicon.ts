import { normalizeWord } from './normalizeWord';

/** Russian noun and adjective endings a stem may take ("компани" + "ей"). */
export const russianEndings: ReadonlySet<string> = new Set(
  (
    '- а у ом е ы ов ам ами ах ем ю я ей и ой ою ь ям ями ях ий его ему им ие их ый ого ому ' +
    'ым ые ых ая ую ев ое'
  )
    .split(' ')
    .map((ending) => (ending === '-' ? '' : ending)),
);

/**
 * A matcher for a word list written as Russian stems and English words: a word matches when
 * it is a listed word, an English plural of one, or a Russian stem plus a known ending.
 * Russian nouns decline, so listing stems keeps the lexicons short and complete.
 * Returns the stem that matched, or undefined.
 */
export function createStemLexicon(
  list: string,
  endings: ReadonlySet<string> = russianEndings,
): (word: string) => string | undefined {
  const stems = new Set(list.split(/\s+/).filter((stem) => stem.length > 0));
  let longest = 0;
  for (const stem of stems) longest = Math.max(longest, stem.length);
  const match = (word: string): string | undefined => {
    const normalized = normalizeWord(word);
    if (stems.has(normalized)) return normalized;
    if (normalized.endsWith('s') && stems.has(normalized.slice(0, -1))) {
      return normalized.slice(0, -1);
    }
    for (let cut = 1; cut <= 3 && cut < normalized.length; cut += 1) {
      const stem = normalized.slice(0, normalized.length - cut);
      if (stems.has(stem) && endings.has(normalized.slice(normalized.length - cut))) return stem;
    }
    return undefined;
  };
  // Role words are looked up for most capitalised words of an article, the same words many
  // times: answers are kept, up to a bound, so a long-running process does not grow.
  // A word with no stem is kept as null, so that it too is answered by one look-up.
  const known = new Map<string, string | null>();
  return (word) => {
    const cached = known.get(word);
    if (cached !== undefined) return cached ?? undefined;
    if (known.size >= maxKnownWords) known.clear();
    const stem = match(word);
    known.set(word, stem ?? null);
    return stem;
  };
}

/** How many answers each lexicon keeps. */
const maxKnownWords = 20_000;
