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

/**
 * The stable folder of an article: `<rubric-slug>/<slug>/`, every segment reduced to
 * `[a-z0-9-]`. An unusable slug falls back to the article id, so hostile slugs cannot
 * pick the folder.
 */
export function articleLocation(
  article: Pick<ExportArticle, 'id' | 'slug' | 'rubric'>,
): ArticleLocation {
  const rubricSlug = safePathSegment(article.rubric, defaultRubricSlug);
  const slug = safePathSegment(article.slug, safePathSegment(article.id, 'article'));
  return { rubricSlug, slug, path: `${rubricSlug}/${slug}/` };
}
