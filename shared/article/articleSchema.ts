import { z } from 'zod';
import { isNormalizedNode } from '../editor/isNormalizedNode';
import { tiptapNodeSchema, type TiptapNode } from '../editor/tiptapJson';
import { findDocumentProblem } from '../editor/validateDocument';
import { textLanguages } from '../text/textLanguage';
import { articleStatuses, articleSummaryFields } from './articleFieldNames';
import { findSlugProblem } from './slugify';

export { articleStatuses } from './articleFieldNames';
export const articleStatusSchema = z.enum(articleStatuses);
export type ArticleStatus = z.infer<typeof articleStatusSchema>;

export const articleLanguageSchema = z.enum(textLanguages);
export type ArticleLanguage = z.infer<typeof articleLanguageSchema>;

/** Article ids are ULIDs: unique, and sortable by creation time. */
export const articleIdSchema = z
  .string()
  .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'an article id is a 26-character ULID');

/** A body as stored: structurally Tiptap JSON. */
export const storedDocumentSchema = tiptapNodeSchema;

/** A body coming in from outside: it must also fit the article's document schema. */
const checkedDocumentSchema = tiptapNodeSchema.superRefine((document, context) => {
  const problem = findDocumentProblem(document);
  if (problem) context.addIssue({ code: 'custom', message: `body: ${problem}` });
});

/**
 * `checkedDocumentSchema`, with a shortcut: a body that is already plain Tiptap JSON (every
 * autosave) is checked in place rather than copied by the structural schema. Anything else
 * goes through that schema, so the result and the issues are the same either way.
 */
export const documentInputSchema = z.custom<TiptapNode>().transform((input, context) => {
  if (isNormalizedNode(input)) {
    const problem = findDocumentProblem(input);
    if (!problem) return input;
    context.addIssue({ code: 'custom', message: `body: ${problem}` });
    return z.NEVER;
  }
  const parsed = checkedDocumentSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) context.addIssue({ ...issue });
  return z.NEVER;
});

const epochMillisSchema = z.number().int().nonnegative();

/** A link to another article: by id when it is in the library (renames follow), else by headline. */
export const relatedArticleSchema = z.object({
  relatedId: articleIdSchema.nullable(),
  headline: z.string(),
});
export type RelatedArticle = z.infer<typeof relatedArticleSchema>;

export const articleSchema = z.object({
  id: articleIdSchema,
  headline: z.string(),
  lede: z.string(),
  rubric: z.string(),
  tags: z.array(z.string()),
  bylines: z.array(z.string()),
  slug: z.string(),
  isSlugCustom: z.boolean(),
  language: articleLanguageSchema,
  status: articleStatusSchema,
  body: storedDocumentSchema,
  bodyText: z.string(),
  related: z.array(relatedArticleSchema),
  createdAt: epochMillisSchema,
  updatedAt: epochMillisSchema,
  publishedAt: epochMillisSchema.nullable(),
  updatedBy: z.string(),
  version: z.number().int().positive(),
});
export type Article = z.infer<typeof articleSchema>;

/** An article as a save answers it: without the body and its text, which the saver sent. */
export const savedArticleSchema = articleSchema.omit({ body: true, bodyText: true });
export type SavedArticle = z.infer<typeof savedArticleSchema>;

export const articleSummarySchema = articleSchema.pick(
  Object.fromEntries(articleSummaryFields.map((field) => [field, true])) as Record<
    (typeof articleSummaryFields)[number],
    true
  >,
);
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

/** Limits keep one request from filling the library with a single field. */
export const articleFieldLimits = {
  headline: 500,
  lede: 5_000,
  rubric: 100,
  tag: 100,
  tags: 50,
  byline: 200,
  bylines: 20,
  related: 50,
} as const;

/** A name for a list (rubric, tag, byline): trimmed, single-spaced, no control characters. */
export const listNameSchema = (max: number) =>
  z
    .string()
    .transform((value) =>
      value
        .replace(/(?!\u00AD|\u200C|\u200D|\u2060)[\p{Cc}\p{Cf}]/gu, ' ')
        .replace(/\s+/gu, ' ')
        .trim(),
    )
    .pipe(z.string().min(1, 'cannot be empty').max(max));

/** A slug typed by hand, checked as generated slugs are. */
export const slugInputSchema = z.string().superRefine((slug, context) => {
  const problem = findSlugProblem(slug);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

export const articlePatchSchema = z
  .object({
    headline: z.string().max(articleFieldLimits.headline).optional(),
    lede: z.string().max(articleFieldLimits.lede).optional(),
    rubric: z
      .string()
      .max(articleFieldLimits.rubric)
      .transform((value) => value.replace(/\s+/gu, ' ').trim())
      .optional(),
    tags: z.array(listNameSchema(articleFieldLimits.tag)).max(articleFieldLimits.tags).optional(),
    bylines: z
      .array(listNameSchema(articleFieldLimits.byline))
      .max(articleFieldLimits.bylines)
      .optional(),
    /** A slug typed by hand; `null` hands the slug back to the headline. */
    slug: slugInputSchema.nullable().optional(),
    language: articleLanguageSchema.optional(),
    related: z
      .array(
        z.object({
          relatedId: articleIdSchema.nullable(),
          headline: z.string().max(articleFieldLimits.headline),
        }),
      )
      .max(articleFieldLimits.related)
      .optional(),
    body: documentInputSchema.optional(),
  })
  .strict();
export type ArticlePatch = z.infer<typeof articlePatchSchema>;
