import { z } from 'zod';
import {
  articleLanguageSchema,
  articleStatusSchema,
  relatedArticleSchema,
  storedDocumentSchema,
} from './articleSchema';

/** Why a revision was kept. */
export const revisionReasons = [
  'created',
  'autosave',
  'status',
  'before-restore',
  'restore',
  'named',
  'import',
] as const;
export const revisionReasonSchema = z.enum(revisionReasons);
export type RevisionReason = z.infer<typeof revisionReasonSchema>;

/** Everything an editor can change, as it stood at one moment. */
export const articleSnapshotSchema = z.object({
  headline: z.string(),
  lede: z.string(),
  rubric: z.string(),
  tags: z.array(z.string()),
  bylines: z.array(z.string()),
  slug: z.string(),
  language: articleLanguageSchema,
  status: articleStatusSchema,
  related: z.array(relatedArticleSchema),
  body: storedDocumentSchema,
});
export type ArticleSnapshot = z.infer<typeof articleSnapshotSchema>;

export const revisionSummarySchema = z.object({
  id: z.number().int().positive(),
  articleId: z.string(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  author: z.string(),
  reason: revisionReasonSchema,
  name: z.string(),
  articleVersion: z.number().int(),
});
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;

export const revisionSchema = revisionSummarySchema.extend({ snapshot: articleSnapshotSchema });
export type Revision = z.infer<typeof revisionSchema>;
