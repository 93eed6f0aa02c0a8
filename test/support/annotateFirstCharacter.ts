import type { ArticleRepository } from '../../electron/services/library/articleRepository';

/** Puts an annotation on the first character of an article, as a checker marking it would. */
export function annotateFirstCharacter(
  articles: ArticleRepository,
  articleId: string,
  annotationId: string,
  at: number,
): void {
  articles.quotes.create(
    {
      id: annotationId,
      articleId,
      kind: 'inline',
      exact: 'x',
      prefix: '',
      suffix: '',
      start: 0,
      end: 1,
    },
    'checker',
    at,
  );
}
