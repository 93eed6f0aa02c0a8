import { z } from 'zod';
import { articleSchema, articleStatusSchema } from './articleSchema';

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

/** Everything an editor can change, as it stood at one moment: the fields a revision keeps. */
export const articleSnapshotFields = {
  headline: true,
  lede: true,
  rubric: true,
  tags: true,
  bylines: true,
  slug: true,
  language: true,
  status: true,
  related: true,
  body: true,
} as const;
export const articleSnapshotSchema = articleSchema.pick(articleSnapshotFields);
export type ArticleSnapshot = z.infer<typeof articleSnapshotSchema>;

export const revisionSummarySchema = z.object({
  id: z.number().int().positive(),
  articleId: z.string(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  author: z.string(),
  reason: revisionReasonSchema,
  /** The article's status in this revision: a status change names where it went. */
  status: articleStatusSchema,
  name: z.string(),
  articleVersion: z.number().int(),
});
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;

export const revisionSchema = revisionSummarySchema.extend({ snapshot: articleSnapshotSchema });
export type Revision = z.infer<typeof revisionSchema>;
