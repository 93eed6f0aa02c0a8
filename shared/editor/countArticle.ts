import { countText, readingMinutesFor, type TextCounts } from '../text/countText';
import type { TextLanguage } from '../text/textLanguage';

/** The texts of an article that the desk counts. */
export interface CountableArticle {
  headline: string;
  lede: string;
  /** The body as plain text (see `extractPlainText`). */
  bodyText: string;
  language: TextLanguage;
}

/** Counts of the body alone and of the whole article (headline, lede and body). */
export interface ArticleCounts {
  body: TextCounts;
  article: TextCounts;
}

/**
 * Counts for the body and for the whole article. The fields are counted apart and summed —
 * the breaks between them are not characters — so the body is segmented only once.
 */
export function countArticle({
  headline,
  lede,
  bodyText,
  language,
}: CountableArticle): ArticleCounts {
  return countArticleAround(countText(bodyText, language), { headline, lede, language });
}

/**
 * The same counts around a body already counted: the editor counts its body block by block
 * (blocks are separated by line breaks, which are neither words nor characters), so a recount
 * after an edit reads only the blocks that changed.
 */
export function countArticleAround(
  body: TextCounts,
  { headline, lede, language }: Omit<CountableArticle, 'bodyText'>,
): ArticleCounts {
  const parts = [countText(headline, language), countText(lede, language), body];
  return { body, article: addCounts(parts, language) };
}

/** Counts of texts taken together, as if joined by line breaks. */
export function addCounts(parts: readonly TextCounts[], language: TextLanguage): TextCounts {
  const words = sum(parts, (part) => part.words);
  return {
    words,
    charactersWithSpaces: sum(parts, (part) => part.charactersWithSpaces),
    charactersWithoutSpaces: sum(parts, (part) => part.charactersWithoutSpaces),
    readingMinutes: readingMinutesFor(words, language),
  };
}

function sum(parts: readonly TextCounts[], pick: (part: TextCounts) => number): number {
  return parts.reduce((total, part) => total + pick(part), 0);
}
