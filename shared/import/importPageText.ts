import { maxImportBlocks, tooManyBlocksMessage } from './bodyBuilder';
import { finishArticle } from './finishArticle';
import type { ImportedArticle } from './importedArticle';
import { ImportLimitError } from './importLimitError';
import { paragraphsToDocument, parsePageText } from './parsePageText';

/**
 * An article from plain text copied off a news page (or any plain text: a headline line
 * and paragraphs). Each non-empty line is a paragraph; see `parsePageText` for how the
 * headline, rubric, lede and related headlines are told apart. Throws an ImportLimitError for text
 * of more than `maxImportBlocks` paragraphs.
 */
export function importPageText(text: string): ImportedArticle {
  const page = parsePageText(text);
  if (page.paragraphs.length > maxImportBlocks) throw new ImportLimitError(tooManyBlocksMessage);
  return finishArticle({
    headline: page.headline,
    lede: page.lede,
    rubric: page.rubric,
    body: paragraphsToDocument(page.paragraphs),
    relatedHeadlines: page.relatedHeadlines,
    tags: [],
    bylines: page.bylines,
    images: [],
  });
}
