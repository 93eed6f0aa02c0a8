import { normalizeSearchText } from './normalizeSearchText';

/** A word found in a text; `text.slice(start, end) === word` (UTF-16 offsets, end exclusive). */
export interface TextWord {
  word: string;
  start: number;
  end: number;
}

// A word starts with a letter or digit and goes on through letters, combining marks, digits and
// the invisible characters copy-paste leaves inside words (soft hyphen, zero-width joiners).
// An apostrophe between letters stays inside (O'Brien, don't, Д'Артаньян); a hyphen does not:
// «Ростов-на-Дону» is three words, so a search for «Ростов» finds it and the query side turns
// hyphenated words back into a phrase. As a pattern:
// [\p{L}\p{N}][\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060\uFEFF]*(?:'[\p{L}\p{N}][…]*)*
// It is scanned by hand below: a regular expression building a match per word was most of
// the time a search spent making snippets and an autosave spent re-indexing.
const startsWord = /^[\p{L}\p{N}]$/u;
const staysInWord = /^[\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]$/u;
// The same apostrophe look-alikes that normalizeSearchText turns into `'`.
const apostrophes = new Set([
  0x27, 0x2018, 0x2019, 0x201b, 0x02bc, 0x02bb, 0x2032, 0x60, 0xb4, 0xff07,
]);

const none = 0;
const start = 1;
const inside = 2;
type CharacterClass = typeof none | typeof start | typeof inside;

// Classes of code points met outside ASCII and the Russian alphabet, as the patterns say.
const classCache = new Map<number, CharacterClass>();

function classOf(codePoint: number): CharacterClass {
  if (codePoint < 0x80) {
    return (codePoint >= 0x30 && codePoint <= 0x39) ||
      (codePoint >= 0x41 && codePoint <= 0x5a) ||
      (codePoint >= 0x61 && codePoint <= 0x7a)
      ? start
      : none;
  }
  if ((codePoint >= 0x410 && codePoint <= 0x44f) || codePoint === 0x401 || codePoint === 0x451) {
    return start;
  }
  let found = classCache.get(codePoint);
  if (found === undefined) {
    const character = String.fromCodePoint(codePoint);
    found = startsWord.test(character) ? start : staysInWord.test(character) ? inside : none;
    // Bounded by the code points a text can hold; in practice a few hundred.
    if (classCache.size < 65_536) classCache.set(codePoint, found);
  }
  return found;
}

/**
 * The letter/digit words of `text` (any script), with offsets into `text` itself, so callers can
 * highlight the original. Words come back as written; `stemWord` normalises them.
 */
export function tokenizeWords(text: string): TextWord[] {
  const words: TextWord[] = [];
  forEachWordSpan(text, (wordStart, end) => {
    words.push({ word: text.slice(wordStart, end), start: wordStart, end });
  });
  return words;
}

/**
 * The same words as {@link tokenizeWords}, as `[start, end)` offsets only: a caller that
 * looks at few of the words (a snippet skips most of a body by its first letter) then copies
 * none of the others out of the text.
 */
export function forEachWordSpan(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  let index = 0;
  while (index < length) {
    const first = codePointAt(text, index);
    if (classOf(first) !== start) {
      index += first > 0xffff ? 2 : 1;
      continue;
    }
    const wordStart = index;
    index = endOfWord(text, wordStart, first);
    visit(wordStart, index);
  }
}

function codePointAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? (text.codePointAt(index) ?? code) : code;
}

/**
 * The words {@link forEachWordSpan} finds whose normalised first letter ({@link initialAt}) is
 * one of `initials`, in the same order. Other characters cost a table lookup, and no other word
 * is handed over: a snippet needs only the few words of a body that can match a query
 * (Snowball keeps a word's first letter), and listing every word of 50 bodies was most of a
 * search page's snippets.
 */
export function forEachWordWithInitial(
  text: string,
  initials: ReadonlySet<string>,
  visit: (start: number, end: number) => void,
): void {
  const plain = plainCandidates(initials);
  const length = text.length;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    // Letters of the two alphabets are looked up; anything else is checked the long way.
    if (code < 0x80) {
      if (plain[code] === 0) continue;
    } else if (code >= 0x410 && code <= 0x44f) {
      if (plain[code - 0x410 + 0x80] === 0) continue;
    } else if (isLowSurrogate(code) && index > 0 && isHighSurrogate(text.charCodeAt(index - 1))) {
      continue; // the second half of a pair, looked at with the first
    }
    const first = codePointAt(text, index);
    if (classOf(first) !== start || !initials.has(initialAt(text, index))) continue;
    if (isInWordAt(text, index)) continue;
    const end = endOfWord(text, index, first);
    visit(index, end);
    index = end - 1;
  }
}

// Per set of initials, which characters of ASCII and the Russian alphabet (U+0410–U+044F) have
// one of them as their initial: worked out with initialAt itself, so the two cannot disagree.
let lastPlain: { initials: ReadonlySet<string>; table: Uint8Array } | null = null;

function plainCandidates(initials: ReadonlySet<string>): Uint8Array {
  if (lastPlain?.initials === initials) return lastPlain.table;
  const table = new Uint8Array(0x80 + 0x40);
  for (let index = 0; index < table.length; index += 1) {
    const character = String.fromCharCode(index < 0x80 ? index : index - 0x80 + 0x410);
    table[index] = initials.has(initialAt(character, 0)) ? 1 : 0;
  }
  lastPlain = { initials, table };
  return table;
}

/**
 * Whether {@link forEachWordSpan}, reading from the start, is inside a word when it reaches
 * `index`: decided from the code points before it, walking back only over marks and joining
 * apostrophes.
 */
function isInWordAt(text: string, index: number): boolean {
  for (let at = index; at > 0;) {
    let before = at - 1;
    const code = text.charCodeAt(before);
    if (isLowSurrogate(code) && before > 0 && isHighSurrogate(text.charCodeAt(before - 1))) {
      before -= 1;
    }
    const kind = classOf(codePointAt(text, before));
    if (kind === start) return true;
    // An apostrophe joins only when a letter or digit follows it and a word runs up to it.
    if (kind === none && (!apostrophes.has(code) || classOf(codePointAt(text, at)) !== start)) {
      return false;
    }
    at = before;
  }
  return false;
}

/** Where the word that starts at `wordStart` (with code point `first`) ends. */
function endOfWord(text: string, wordStart: number, first: number): number {
  const length = text.length;
  let index = wordStart + (first > 0xffff ? 2 : 1);
  for (;;) {
    while (index < length) {
      const codePoint = codePointAt(text, index);
      if (classOf(codePoint) === none) break;
      index += codePoint > 0xffff ? 2 : 1;
    }
    // An apostrophe joins only when a letter or digit follows it.
    if (
      index + 1 < length &&
      apostrophes.has(text.charCodeAt(index)) &&
      classOf(codePointAt(text, index + 1)) === start
    ) {
      index += 1;
      continue;
    }
    return index;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

// Normalised first letters, by first letter: a snippet asks for many words of its text.
const initialCache = new Map<string, string>();

/**
 * The first letter of the word at `start` as `stemWord` would see it (lower case, «ё» as «е»,
 * Latin without diacritics). Snowball keeps a word's first letter, so a word whose initial
 * starts no stem of a query cannot match it.
 */
export function initialAt(text: string, start: number): string {
  const code = text.charCodeAt(start);
  // Plain Latin and Russian letters lower-case by arithmetic; «ё» folds to «е» as in
  // normalizeSearchText. Everything else goes through it once per letter.
  if (code >= 0x61 && code <= 0x7a) return text.charAt(start);
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
  if (code >= 0x430 && code <= 0x44f) return text.charAt(start);
  if (code >= 0x410 && code <= 0x42f) return String.fromCharCode(code + 0x20);
  const letter = text.charAt(start);
  let initial = initialCache.get(letter);
  if (initial === undefined) {
    initial = normalizeSearchText(letter).charAt(0);
    if (initialCache.size < 4096) initialCache.set(letter, initial);
  }
  return initial;
}
