import { z } from 'zod';
import { tiptapNodeSchema } from '../editor/tiptapJson';
import { findDocumentProblem } from '../editor/validateDocument';

/** The workflow an article moves through, in order. */
export const articleStatuses = ['draft', 'editing', 'fact-check', 'ready', 'published'] as const;
export const articleStatusSchema = z.enum(articleStatuses);
export type ArticleStatus = z.infer<typeof articleStatusSchema>;

export const articleLanguages = ['ru', 'en'] as const;
export const articleLanguageSchema = z.enum(articleLanguages);
export type ArticleLanguage = z.infer<typeof articleLanguageSchema>;

/** Article ids are ULIDs: unique, and sortable by creation time. */
export const articleIdSchema = z
  .string()
  .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'an article id is a 26-character ULID');

/** A body as stored: structurally Tiptap JSON. */
export const storedDocumentSchema = tiptapNodeSchema;

/** A body coming in from outside: it must also fit the article's document schema. */
export const documentInputSchema = tiptapNodeSchema.superRefine((document, context) => {
  const problem = findDocumentProblem(document);
  if (problem) context.addIssue({ code: 'custom', message: `body: ${problem}` });
});

const epochMillisSchema = z.number().int().nonnegative();

export const articleSchema = z.object({
  id: articleIdSchema,
  headline: z.string(),
  lede: z.string(),
  rubric: z.string(),
  tags: z.array(z.string()),
  bylines: z.array(z.string()),
  slug: z.string(),
  language: articleLanguageSchema,
  status: articleStatusSchema,
  body: storedDocumentSchema,
  bodyText: z.string(),
  relatedHeadlines: z.array(z.string()),
  createdAt: epochMillisSchema,
  updatedAt: epochMillisSchema,
  publishedAt: epochMillisSchema.nullable(),
  updatedBy: z.string(),
  version: z.number().int().positive(),
});
export type Article = z.infer<typeof articleSchema>;

export const articleSummarySchema = articleSchema.pick({
  id: true,
  headline: true,
  lede: true,
  rubric: true,
  slug: true,
  status: true,
  language: true,
  createdAt: true,
  updatedAt: true,
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

/** Limits keep one request from filling the library with a single field. */
export const articleFieldLimits = { headline: 500, lede: 5_000, rubric: 100 } as const;

export const articlePatchSchema = z
  .object({
    headline: z.string().max(articleFieldLimits.headline).optional(),
    lede: z.string().max(articleFieldLimits.lede).optional(),
    rubric: z.string().max(articleFieldLimits.rubric).optional(),
    body: documentInputSchema.optional(),
  })
  .strict();
export type ArticlePatch = z.infer<typeof articlePatchSchema>;
