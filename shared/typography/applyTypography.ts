import type { ArticleLanguage } from '../article/articleSchema';
import { applyTextEdits } from './applyTextEdits';
import { findProtectedRanges } from './findProtectedRanges';
import { planTypography, typesetLine } from './planTypography';

const lineBreak = /(\r\n|[\n\r\u2028\u2029])/;

/**
 * Russian or English typography on a plain string (headline, lede, caption): «ёлочки»
 * or “curly” quotes, dashes, no-break spaces, ellipses, apostrophes. Each line is
 * processed apart, as each paragraph of a body is; URLs, e-mail addresses, code and
 * markup stay as they are; applying it twice changes nothing more.
 */
export function applyTypography(text: string, language: ArticleLanguage): string {
  return text
    .split(lineBreak)
    .map((part, index) => {
      // Odd parts are the separators that `split` kept.
      if (index % 2 === 1) return part;
      const protectedRanges = findProtectedRanges(part);
      // Nothing to protect: the edits would turn the text into typograf's result exactly,
      // so the result is taken as it is and the diff is not computed.
      if (protectedRanges.length === 0) return typesetLine(part, language);
      return applyTextEdits(part, planTypography(part, language, protectedRanges));
    })
    .join('');
}
