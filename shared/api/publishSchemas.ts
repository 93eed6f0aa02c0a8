import { z } from 'zod';
import { articleIdSchema, articleStatusSchema } from '../article/articleSchema';
import { ruleFailureSchema } from '../rules/ruleFailure';

/** Why target settings were refused: a code the interface words (the CLI prints English). */
export const publishTargetProblemSchema = z.enum([
  'not_a_url',
  'not_http',
  'credentials_in_url',
  'fragment_in_url',
  'folder_not_absolute',
  'bad_name',
  'bad_kind',
  'wordpress_user_missing',
  'wordpress_password_missing',
  'bad_takedown',
  'name_taken',
  'no_such_target',
]);
export type PublishTargetProblem = z.infer<typeof publishTargetProblemSchema>;

/** A publishing target as the interface shows it: never its secret, only whether it has one. */
export const publishTargetSchema = z.object({
  name: z.string(),
  kind: z.enum(['http', 'wordpress', 'folder']),
  /** The receiver (http), the site (wordpress) or the folder's path (folder). */
  url: z.string(),
  siteUrl: z.string().optional(),
  user: z.string().optional(),
  takedown: z.enum(['draft', 'trash']).optional(),
  hasSecret: z.boolean(),
});

const targetName = z.string().trim().min(1).max(60);
const address = z.string().trim().min(1).max(2_000);
const siteAddress = z.string().trim().max(2_000).optional();

export const newPublishTargetSchema = z.discriminatedUnion('kind', [
  z
    .object({
      name: targetName,
      kind: z.literal('http'),
      url: address,
      secret: z.string().max(500),
      siteUrl: siteAddress,
    })
    .strict(),
  z
    .object({
      name: targetName,
      kind: z.literal('wordpress'),
      url: address,
      user: z.string().trim().min(1).max(200),
      secret: z.string().trim().min(1).max(500),
      takedown: z.enum(['draft', 'trash']),
    })
    .strict(),
  z
    .object({ name: targetName, kind: z.literal('folder'), url: address, siteUrl: siteAddress })
    .strict(),
]);

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
    /** `takedown` unpublishes; a correction republishes with the note at the article's end. */
    action: z.enum(['publish', 'takedown']).default('publish'),
    correction: z.string().trim().min(1).max(2_000).optional(),
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
