/** How a query is matched against the text. */
export interface FindOptions {
  caseSensitive: boolean;
  /** Only whole words: no letter, digit or combining mark right before or after the match. */
  wholeWord: boolean;
}

/** A stretch of a string: `from` is the first character's offset, `to` the offset after the last. */
export interface TextRange {
  from: number;
  to: number;
}

// Combining marks count as part of a word: Russian text writes stress as a combining
// acute (за́мок), and "whole word" must not stop in the middle of such a word.
const wordCharacter = '[\\p{L}\\p{N}\\p{M}]';

/**
 * The regular expression that finds `query` literally (special characters included), or null
 * for an empty query. Built once per search and reused for every field and text block.
 */
export function findPattern(query: string, options: FindOptions): RegExp | null {
  if (query === '') return null;
  // Only syntax characters: the `u` flag refuses any other escaped character.
  const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const source = options.wholeWord
    ? `(?<!${wordCharacter})${escaped}(?!${wordCharacter})`
    : escaped;
  return new RegExp(source, options.caseSensitive ? 'gu' : 'giu');
}

/** Every match of `pattern` (from {@link findPattern}) in `text`, in order, never overlapping. */
export function findInText(text: string, pattern: RegExp): TextRange[] {
  const ranges: TextRange[] = [];
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    ranges.push({ from: found.index, to: found.index + found[0].length });
  }
  return ranges;
}
