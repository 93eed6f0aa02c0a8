import type { ExportArticle } from './exportTypes';
import { safePathSegment } from './safePathSegment';

/** Where an article lives on the exported site. */
export interface ArticleLocation {
  rubricSlug: string;
  slug: string;
  /** Site-relative folder with a trailing slash, e.g. `obshchestvo/some-slug/`. */
  path: string;
}

/** Rubric folder of articles filed under no rubric. */
export const defaultRubricSlug = 'news';

// The last answer of articleLocation, with what it was asked.
let last: { id: string; slug: string; rubric: string; location: ArticleLocation } | undefined;

/**
 * The stable folder of an article: `<rubric-slug>/<slug>/`, every segment reduced to
 * `[a-z0-9-]`. An unusable slug falls back to the article id, so hostile slugs cannot
 * pick the folder.
 */
export function articleLocation(
  article: Pick<ExportArticle, 'id' | 'slug' | 'rubric'>,
): ArticleLocation {
  // A render asks four times for the same article's folder (files, body, page, ninjs), and
  // slugs are made by transliterating: the last answer is kept.
  if (last?.id === article.id && last.slug === article.slug && last.rubric === article.rubric)
    return { ...last.location };
  const rubricSlug = safePathSegment(article.rubric, defaultRubricSlug);
  // The id is made a segment only when the slug gives none.
  const slug = safePathSegment(article.slug, '') || safePathSegment(article.id, 'article');
  const location = { rubricSlug, slug, path: `${rubricSlug}/${slug}/` };
  last = { id: article.id, slug: article.slug, rubric: article.rubric, location };
  return { ...location };
}
