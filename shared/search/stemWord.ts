import { newStemmer } from 'snowball-stemmers';
import { normalizeSearchText } from './normalizeSearchText';

/**
 * Longest stem we emit. A longer "word" is noise (a pasted hash, a run of letters); cutting it
 * the same way at indexing and query time keeps it findable while bounding the index.
 */
export const maxStemLength = 64;

// Words are cut before stemming so a 10,000-letter string costs no more than a long word.
const maxWordLength = 256;
// Bounded in entries and in key length, so hostile input cannot grow memory without limit.
const cacheLimit = 50_000;
const maxCachedWordLength = 64;

const russian = newStemmer('russian');
const english = newStemmer('english');
const stemCache = new Map<string, string>();

const cyrillicLetter = /\p{Script=Cyrillic}/u;
const latinLetter = /\p{Script=Latin}/u;
// Everything but letters, marks, digits and the apostrophe, which the English stemmer reads
// ("John's" → "john") and we drop afterwards: FTS5's unicode61 tokenizer splits at it.
const notWordCharacter = /[^\p{L}\p{M}\p{N}']/gu;

/**
 * The search stem of one word: normalised with `normalizeSearchText`, then Snowball Russian
 * for Cyrillic, Snowball English (Porter2) for Latin, as is for digits and other scripts.
 * The result holds only letters, marks and digits (no apostrophes) and may be empty.
 */
export function stemWord(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const stem = computeStem(word);
  if (word.length > maxCachedWordLength) return stem;
  // Oldest first out: Map keeps insertion order, so this is a cheap FIFO bound.
  if (stemCache.size >= cacheLimit) {
    const oldest = stemCache.keys().next();
    if (!oldest.done) stemCache.delete(oldest.value);
  }
  stemCache.set(word, stem);
  return stem;
}

function computeStem(word: string): string {
  const form = normalizeSearchText(cutAtCodePoint(word, maxWordLength)).replace(
    notWordCharacter,
    '',
  );
  let stem = form;
  if (cyrillicLetter.test(form)) stem = russian.stem(form.replaceAll("'", ''));
  else if (latinLetter.test(form)) stem = english.stem(form);
  return cutAtCodePoint(stem.replaceAll("'", ''), maxStemLength);
}

/** `text.slice(0, length)` without splitting a surrogate pair. */
export function cutAtCodePoint(text: string, length: number): string {
  if (text.length <= length) return text;
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}
