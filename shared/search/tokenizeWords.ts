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
// hyphenated words back into a phrase.
const wordBody = String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060\uFEFF]*`;
// The same apostrophe look-alikes that normalizeSearchText turns into `'`.
const apostrophe = String.raw`['\u2018\u2019\u201B\u02BC\u02BB\u2032\u0060\u00B4\uFF07]`;
const wordPattern = new RegExp(`${wordBody}(?:${apostrophe}${wordBody})*`, 'gu');

/**
 * The letter/digit words of `text` (any script), with offsets into `text` itself, so callers can
 * highlight the original. Words come back as written; `stemWord` normalises them.
 */
export function tokenizeWords(text: string): TextWord[] {
  const words: TextWord[] = [];
  for (const match of text.matchAll(wordPattern)) {
    words.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}
