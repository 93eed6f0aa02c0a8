import { z } from 'zod';
import { articleIdSchema, articleStatusSchema } from './articleSchema';
import { assigneeSchema } from './assigneeSchema';

/** Why a person let an article through the quote gate; logged with who and when. */
export const overrideReasonSchema = z.string().trim().min(3).max(2000);

/** A move along the workflow, as the app and `galley status` ask for it. */
export const statusMoveSchema = z
  .object({
    id: articleIdSchema,
    status: articleStatusSchema,
    /** Refuse the move if the article changed since this version. */
    baseVersion: z.number().int().positive().optional(),
    /** Lets an article through the quote gate; the reason is logged with who and when. */
    override: z.object({ reason: overrideReasonSchema }).strict().optional(),
    /** Hands the article to a person (or to nobody) with the move; left out, the assignee stays. */
    assignee: assigneeSchema.nullable().optional(),
  })
  .strict();
export type StatusMove = z.infer<typeof statusMoveSchema>;
