// Plain lists, no zod: the renderer's first screen (the library list) reads them without loading
// the article schemas, which pull in zod and the document model (articleSchema builds on these).

/** The workflow an article moves through, in order. */
export const articleStatuses = ['draft', 'editing', 'fact-check', 'ready', 'published'] as const;

/** What a library row holds of an article (`ArticleSummary`). */
export const articleSummaryFields = [
  'id',
  'headline',
  'lede',
  'rubric',
  'slug',
  'status',
  'language',
  'createdAt',
  'updatedAt',
] as const;

/** The orders the library list can be sorted in. */
export const articleSortKeys = ['relevance', 'updated', 'created', 'headline'] as const;
