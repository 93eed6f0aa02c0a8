import type { ExportArticle } from './exportTypes';

/** When an article counts as published and last modified, in epoch milliseconds. */
export interface ArticleDates {
  published: number;
  modified: number;
}

/**
 * Publication dates taken from the data only, never from the clock, so a page renders to
 * the same bytes every time. An article not yet published (the engine normally fills in
 * its publish time) counts as published at its last update; an edit made before
 * publication does not make the modification date earlier than the publication.
 */
export function articleDates(
  article: Pick<ExportArticle, 'publishedAt' | 'updatedAt'>,
): ArticleDates {
  const published = article.publishedAt ?? article.updatedAt;
  return { published, modified: Math.max(published, article.updatedAt) };
}
