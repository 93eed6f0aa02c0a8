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
  const body = countText(bodyText, language);
  const parts = [countText(headline, language), countText(lede, language), body];
  const words = sum(parts, (part) => part.words);
  return {
    body,
    article: {
      words,
      charactersWithSpaces: sum(parts, (part) => part.charactersWithSpaces),
      charactersWithoutSpaces: sum(parts, (part) => part.charactersWithoutSpaces),
      readingMinutes: readingMinutesFor(words, language),
    },
  };
}

function sum(parts: TextCounts[], pick: (part: TextCounts) => number): number {
  return parts.reduce((total, part) => total + pick(part), 0);
}
