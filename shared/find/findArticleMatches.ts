import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { ArticleMatch, ArticleTextFields } from './articleMatch';
import { findDocumentMatches } from './findDocumentMatches';
import { findInText, findPattern, type FindOptions } from './findInText';

/** The matches in the headline, then in the lede. */
export function findFieldMatches(
  fields: ArticleTextFields,
  pattern: RegExp | null,
): ArticleMatch[] {
  if (!pattern) return [];
  return [
    ...findInText(fields.headline, pattern).map((range) => ({
      field: 'headline' as const,
      ...range,
    })),
    ...findInText(fields.lede, pattern).map((range) => ({ field: 'lede' as const, ...range })),
  ];
}

/**
 * Every match of `query` in the article in reading order: the headline, the lede, then the
 * body with each figure's caption and credit where the figure stands.
 */
export function findArticleMatches(
  fields: ArticleTextFields,
  body: ProseMirrorNode,
  query: string,
  options: FindOptions,
): ArticleMatch[] {
  const pattern = findPattern(query, options);
  return [...findFieldMatches(fields, pattern), ...findDocumentMatches(body, pattern)];
}
