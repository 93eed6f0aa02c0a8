import { z } from 'zod';

/**
 * Why a workstation is not syncing, as a code the interface words in its language: the
 * desk's refusals (`unknown token`, `revoked token`, …) and the workstation's own findings.
 */
export const deskProblemSchema = z.enum([
  'missing token',
  'unknown token',
  'revoked token',
  'invalid document name',
  'unreachable',
  'invalid address',
  'not a desk',
]);
export type DeskProblem = z.infer<typeof deskProblemSchema>;

/** Something the desk did that the person here is told about, until they dismiss it. */
export const deskNoticeSchema = z.object({
  id: z.number().int(),
  articleId: z.string(),
  headline: z.string(),
  /** Deleted elsewhere while edited here (kept), or deleted here and back (someone edited it). */
  kind: z.enum(['kept-after-delete', 'restored-after-delete']),
  /** Who deleted it (kept) or whose edits brought it back (restored). */
  person: z.string(),
  at: z.number().int(),
});
export type DeskNotice = z.infer<typeof deskNoticeSchema>;

export const deskStatusSchema = z.discriminatedUnion('joined', [
  z.object({ joined: z.literal(false) }),
  z.object({
    joined: z.literal(true),
    url: z.string(),
    state: z.enum(['connecting', 'online', 'offline', 'refused']),
    problem: deskProblemSchema.nullable(),
    lastSyncAt: z.number().int().nullable(),
    /** Articles with changes the desk has not stored yet. */
    pending: z.number().int(),
    /** Grows with every change to an article's document, here or from the desk: lists refresh on it. */
    changes: z.number().int(),
    notices: z.array(deskNoticeSchema),
  }),
]);
export type DeskStatus = z.infer<typeof deskStatusSchema>;

export const deskJoinSchema = z
  .object({
    url: z.string().trim().min(1).max(2_000),
    token: z.string().trim().min(1).max(200),
  })
  .strict();
