import type { ExportArticle, Typography } from '../../../shared/export/exportTypes';
import { renderArticleBody } from '../../../shared/export/renderArticleBody';
import { typesetCorrections } from '../../../shared/export/renderCorrections';

/**
 * Asks `typography` for every text the export's render of `article` typesets (the body's
 * blocks and figures, the headline, lede, corrections and related headlines) and for nothing
 * else, so a memo around it records the entries that render would record. The page and ninjs
 * templates are not built: only the body, whose blocks decide how text is split up.
 */
export function typesetArticleTexts(article: ExportArticle, typography: Typography): void {
  // The page and the ninjs document typeset a language the attribute can hold.
  const language = article.language === 'en' ? 'en' : 'ru';
  const typeset = (text: string): void => {
    const trimmed = text.trim();
    if (trimmed) typography(trimmed, language);
  };
  // The site's host only decides which links are external: no text changes with it.
  renderArticleBody(article, '', typography);
  typeset(article.headline);
  typeset(article.lede);
  typesetCorrections(article.corrections, language, typography);
  for (const related of article.related) typeset(related.headline);
}
