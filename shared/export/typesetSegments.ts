import type { ArticleLanguage } from '../article/articleSchema';
import type { Typography } from './exportTypes';

// A private-use character marks where one text node ends and the next begins, so the
// typographer sees a whole paragraph (a quote opened in bold and closed in plain text is
// still one quote) while the marks stay where they were.
const boundary = '\uE000';

/**
 * Typesets the text nodes of one text block together and hands them back one by one.
 * Falls back to node-by-node typesetting when the typographer does not keep the
 * boundaries intact (or the text itself contains the boundary character).
 */
export function typesetSegments(
  segments: readonly string[],
  language: ArticleLanguage,
  typography: Typography | undefined,
): string[] {
  if (!typography) return [...segments];
  if (segments.length === 1) return [typography(segments[0] ?? '', language)];
  if (!segments.some((segment) => segment.includes(boundary))) {
    const parts = typography(segments.join(boundary), language).split(boundary);
    if (parts.length === segments.length) return parts;
  }
  return segments.map((segment) => typography(segment, language));
}
