import { z } from 'zod';
import { articleIdSchema, articleStatusSchema } from '../article/articleSchema';
import { ruleFailureSchema } from '../rules/ruleFailure';

/** A publishing target as the interface shows it: never its secret, only whether it has one. */
export const publishTargetSchema = z.object({
  name: z.string(),
  kind: z.enum(['http', 'wordpress', 'folder']),
  url: z.string(),
  siteUrl: z.string().optional(),
  hasSecret: z.boolean(),
});

export const newPublishTargetSchema = z
  .object({
    name: z.string().trim().min(1).max(60),
    kind: z.literal('http'),
    url: z.string().trim().min(1).max(2_000),
    secret: z.string().max(500),
    siteUrl: z.string().trim().max(2_000).optional(),
  })
  .strict();

export const outboxItemSchema = z.object({
  id: z.number().int(),
  target: z.string(),
  articleId: z.string(),
  headline: z.string(),
  action: z.enum(['publish', 'takedown']),
  state: z.enum(['pending', 'delivering', 'delivered', 'failed', 'canceled', 'blocked']),
  attempts: z.number().int(),
  nextAttemptAt: z.number().int(),
  lastError: z.string(),
  remoteUrl: z.string(),
  queuedAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type OutboxItemView = z.infer<typeof outboxItemSchema>;

export const publishQueueInputSchema = z
  .object({
    target: z.string().min(1).max(60),
    selection: z.union([
      z.object({ status: articleStatusSchema }).strict(),
      z.object({ ids: z.array(articleIdSchema).min(1).max(10_000) }).strict(),
    ]),
  })
  .strict();

export const publishQueueResultSchema = z.object({
  queued: z.number().int(),
  blocked: z.array(z.object({ id: z.string(), reason: z.string(), rule: ruleFailureSchema })),
});
