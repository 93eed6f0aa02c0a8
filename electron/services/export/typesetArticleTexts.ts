import type { ExportArticle, Typography } from '../../../shared/export/exportTypes';
import { renderArticleBody } from '../../../shared/export/renderArticleBody';
import { typesetCorrections } from '../../../shared/export/renderCorrections';
import type { DocumentRenderContext } from '../../../shared/export/renderDocumentHtml';

/**
 * Asks `typography` for every text the export's render of `article` typesets (the body's
 * blocks and figures, the headline, lede, corrections and related headlines) and for nothing
 * else, and `count` for the body's counts, so a memo around them records the entries that
 * render would record. The page and ninjs templates are not built: only the body, whose
 * blocks decide how text is split up.
 */
export function typesetArticleTexts(
  article: ExportArticle,
  typography: Typography,
  count: DocumentRenderContext['count'],
): void {
  // The page and the ninjs document typeset a language the attribute can hold.
  const language = article.language === 'en' ? 'en' : 'ru';
  const typeset = (text: string): void => {
    const trimmed = text.trim();
    if (trimmed) typography(trimmed, language);
  };
  // The site's host only decides which links are external: no text changes with it.
  renderArticleBody(article, '', typography, count);
  typeset(article.headline);
  typeset(article.lede);
  typesetCorrections(article.corrections, language, typography);
  for (const related of article.related) typeset(related.headline);
}
