import type { Article } from '../../../shared/article/articleSchema';
import {
  articleSnapshotFields,
  type ArticleSnapshot,
} from '../../../shared/article/revisionSchema';

/** What a revision keeps of an article. */
export function toSnapshot(article: Article): ArticleSnapshot {
  const fields = Object.keys(articleSnapshotFields) as Array<keyof ArticleSnapshot>;
  return Object.fromEntries(fields.map((field) => [field, article[field]])) as ArticleSnapshot;
}
