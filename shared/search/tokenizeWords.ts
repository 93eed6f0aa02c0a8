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
    index += first > 0xffff ? 2 : 1;
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
      break;
    }
    visit(wordStart, index);
  }
}

function codePointAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? (text.codePointAt(index) ?? code) : code;
}
