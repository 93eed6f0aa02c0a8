import type { ArticleLanguage } from '../../shared/article/articleSchema';

/** A person quoted in an article. */
export interface Speaker {
  /** As first mentioned: "Анна Петрова", "Anna Peterson". */
  fullName: string;
  /** As mentioned again: "Петрова", "Peterson". */
  surname: string;
  role: string;
  gender: 'm' | 'f';
}

/**
 * Writes news prose in one language: every call draws from the shared seeded generator, so an
 * article is the same for the same seed. Sentences carry their final punctuation.
 */
export interface LanguageWriter {
  readonly language: ArticleLanguage;
  readonly rubrics: readonly string[];
  readonly tags: readonly string[];
  readonly authors: readonly string[];
  /**
   * Picks the article's own share of the vocabulary: a news story keeps to its subject, so a
   * common word is in a fair part of the library, not in every article.
   */
  startArticle(): void;
  headline(): string;
  sentence(): string;
  /** A paragraph with a quotation attributed to the speaker (first or later mention). */
  quote(speaker: Speaker, isFirstMention: boolean): string;
  /** A block quotation's text and its attribution line. */
  blockQuote(speaker: Speaker): { text: string; attribution: string };
  speaker(): Speaker;
  subheading(): string;
  listItem(): string;
  caption(): string;
  /** Words seen rarely in news (for the rare-word queries), each with its own small chance. */
  rareSentence(): string | null;
}
