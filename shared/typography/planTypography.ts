import type { ArticleLanguage } from '../article/articleSchema';
import { applyExtraRules } from './applyExtraRules';
import { diffText, type TextEdit } from './diffText';
import type { TextRange } from './findProtectedRanges';
import { getTypograf } from './getTypograf';

// Stands in for each protected character: a letter, so quotes and short words around a
// link or a code span read right, but one that no enabled rule changes.
const maskCharacter = 'x';

/**
 * The typographic edits for one block of text (a paragraph, a heading, one line), as
 * minimal replacements in `text`. Protected ranges reach typograf masked, letter for
 * letter: it sees a word there — quotes around a link pair up — but cannot change it or
 * read its punctuation. Line breaks stay, as typograf's line rules need them.
 */
export function planTypography(
  text: string,
  language: ArticleLanguage,
  protectedRanges: readonly TextRange[],
): TextEdit[] {
  if (text.trim() === '') return [];
  const masked = mask(text, protectedRanges);
  const result = typesetLine(masked, language);
  if (result === masked) return [];
  // The mask keeps every offset, so edits of the masked text are edits of `text`.
  return diffText(masked, result).filter((edit) => !touchesAny(edit, protectedRanges));
}

/**
 * One block of text with nothing protected in it, typeset: what applying the edits of
 * {@link planTypography} to it gives, without computing them.
 */
export function typesetLine(text: string, language: ArticleLanguage): string {
  if (text.trim() === '') return text;
  return applyExtraRules(getTypograf(language).execute(text), language);
}

function mask(text: string, ranges: readonly TextRange[]): string {
  let masked = '';
  let position = 0;
  for (const range of ranges) {
    masked += text.slice(position, range.from);
    masked += text.slice(range.from, range.to).replace(/[^\n]/g, maskCharacter);
    position = range.to;
  }
  return masked + text.slice(position);
}

// A safety net: should a rule still reach into a masked range, that edit is dropped.
function touchesAny(edit: TextEdit, ranges: readonly TextRange[]): boolean {
  return ranges.some((range) =>
    edit.from === edit.to
      ? range.from < edit.from && edit.from < range.to
      : edit.from < range.to && range.from < edit.to,
  );
}
