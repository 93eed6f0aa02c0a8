import { z } from 'zod';
import { articleSortKeys } from './articleFieldNames';
import {
  articleLanguageSchema,
  articleStatuses,
  articleStatusSchema,
  articleSummarySchema,
} from './articleSchema';

/** Sort orders the library offers; each maps to an allow-listed ORDER BY. */
export { articleSortKeys };
export type ArticleSortKey = (typeof articleSortKeys)[number];

/** The library's assignee filter: this workstation's person, nobody, or a person by name. */
export const assigneeFilterSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('me') }).strict(),
  z.object({ kind: z.literal('nobody') }).strict(),
  z.object({ kind: z.literal('person'), name: z.string().min(1).max(200) }).strict(),
]);
export type AssigneeFilter = z.infer<typeof assigneeFilterSchema>;

/** A page of the library: search text, filters, sort. */
export const articleQuerySchema = z
  .object({
    search: z.string().max(10_000).default(''),
    status: articleStatusSchema.optional(),
    rubric: z.string().max(100).optional(),
    tag: z.string().max(100).optional(),
    author: z.string().max(200).optional(),
    language: articleLanguageSchema.optional(),
    assignee: assigneeFilterSchema.optional(),
    /** Updated at or after (epoch ms). */
    updatedFrom: z.number().int().nonnegative().optional(),
    /** Updated before (epoch ms). */
    updatedTo: z.number().int().nonnegative().optional(),
    sort: z.enum(articleSortKeys).default('updated'),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type ArticleQuery = z.output<typeof articleQuerySchema>;

export const searchSnippetSchema = z.object({
  text: z.string(),
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});

export const articleListItemSchema = articleSummarySchema.extend({
  snippet: searchSnippetSchema.optional(),
  score: z.number().optional(),
});
export type ArticleListItem = z.infer<typeof articleListItemSchema>;

export const articleStatusCountsSchema = z.object(
  Object.fromEntries(articleStatuses.map((status) => [status, z.number().int()])) as Record<
    (typeof articleStatuses)[number],
    z.ZodNumber
  >,
);

export const articleQueryResultSchema = z.object({
  articles: z.array(articleListItemSchema),
  /** Counted for the first page only (offset 0); later pages leave it out. */
  total: z.number().int().optional(),
  /** Counts per status under every filter but the status filter itself. */
  statusCounts: articleStatusCountsSchema.optional(),
});
export type ArticleQueryResult = z.infer<typeof articleQueryResultSchema>;
