import type { ArticleLanguage } from '../article/articleSchema';
import { applyTypography } from '../typography/applyTypography';
import { escapeHtml } from './escapeHtml';
import { exportLabels } from './exportLabels';
import type { ArticleCorrection, Typography } from './exportTypes';
import { formatExportDate, toIsoDateTime } from './formatExportDate';

/**
 * The corrections a reader is shown: text trimmed and typeset, empty ones left out, oldest
 * first (by time, ties in the order given), whatever order they came in.
 */
export function typesetCorrections(
  corrections: readonly ArticleCorrection[],
  language: ArticleLanguage,
  typography: Typography = applyTypography,
): ArticleCorrection[] {
  return corrections
    .map(({ at, text }) => ({ at, text: text.trim() }))
    .filter(({ text }) => text.length > 0)
    .map(({ at, text }) => ({ at, text: typography(text, language) }))
    .sort((a, b) => a.at - b.at);
}

/**
 * One correction as inline HTML: its date as `<time datetime>` (formatted like the page's
 * other dates), a colon, and the escaped text. Takes a correction already typeset.
 */
export function renderCorrectionNoteHtml(
  correction: ArticleCorrection,
  language: ArticleLanguage,
): string {
  return (
    `<time datetime="${toIsoDateTime(correction.at)}">` +
    `${escapeHtml(formatExportDate(correction.at, language))}</time>: ${escapeHtml(correction.text)}`
  );
}

/**
 * The corrections of an article as an `<aside class="corrections">` block headed
 * «Исправление» / "Correction" (plural when there are several), one paragraph per note,
 * oldest first; an empty string when there is none. The exported page ends its article with
 * it, and a CMS target can append it to a post's content as it is.
 */
export function renderCorrectionsHtml(
  corrections: readonly ArticleCorrection[],
  language: ArticleLanguage,
  typography: Typography = applyTypography,
): string {
  // Checked again here because the labels are looked up by it: only the two known languages.
  const checked = language === 'en' ? 'en' : 'ru';
  const notes = typesetCorrections(corrections, checked, typography);
  if (notes.length === 0) return '';
  const labels = exportLabels[checked];
  const heading = notes.length === 1 ? labels.correction : labels.corrections;
  const paragraphs = notes
    .map((note) => `<p>${renderCorrectionNoteHtml(note, checked)}</p>\n`)
    .join('');
  return (
    '<aside class="corrections" aria-labelledby="corrections-heading">\n' +
    `<h2 id="corrections-heading">${heading}</h2>\n${paragraphs}</aside>\n`
  );
}
