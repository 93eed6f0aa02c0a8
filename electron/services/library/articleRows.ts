// Types only: `galley list` reads rows with this module and must not load the article schemas.
import type {
  ArticleLanguage,
  ArticleStatus,
  ArticleSummary,
} from '../../../shared/article/articleSchema';

/** An `articles` row as SQLite returns it. */
export interface ArticleRow {
  id: string;
  headline: string;
  lede: string;
  rubric: string;
  slug: string;
  is_slug_custom: number;
  language: string;
  status: string;
  body_json: string;
  body_text: string;
  created_at: number;
  updated_at: number;
  published_at: number | null;
  updated_by: string;
  version: number;
}

export type SummaryRow = Pick<
  ArticleRow,
  | 'id'
  | 'headline'
  | 'lede'
  | 'rubric'
  | 'slug'
  | 'status'
  | 'language'
  | 'created_at'
  | 'updated_at'
>;

export const summaryColumns =
  'a.id, a.headline, a.lede, a.rubric, a.slug, a.status, a.language, a.created_at, a.updated_at';

/** Every article, newest first, a page at a time (`LIMIT ? OFFSET ?`). */
export const summaryListSql = `SELECT ${summaryColumns} FROM articles a ORDER BY a.updated_at DESC, a.id DESC LIMIT ? OFFSET ?`;

export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    headline: row.headline,
    lede: row.lede,
    rubric: row.rubric,
    slug: row.slug,
    status: row.status as ArticleStatus,
    language: row.language as ArticleLanguage,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
