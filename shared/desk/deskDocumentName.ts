import { articleIdSchema } from '../article/articleSchema';

/** Every article is one Yjs document on the desk, named after its id. */
export function articleDocumentName(articleId: string): string {
  return `article:${articleId}`;
}

/** The article a desk document name stands for, or null for any other name (path-like, oversized…). */
export function parseArticleDocumentName(name: string): string | null {
  if (name.length !== 34 || !name.startsWith('article:')) return null;
  const id = name.slice('article:'.length);
  return articleIdSchema.safeParse(id).success ? id : null;
}
