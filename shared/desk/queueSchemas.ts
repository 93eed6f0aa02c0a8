import { z } from 'zod';
import { articleIdSchema, articleSummarySchema } from '../article/articleSchema';
import { assigneeSchema, deskPersonSchema } from './deskPerson';

/** The people a workstation can assign to or mention, and which of them is this workstation's. */
export const deskPeopleSchema = z.object({
  me: deskPersonSchema,
  people: z.array(deskPersonSchema),
  /** `desk`: fetched from the desk now; `cache`: the last list fetched (offline); `local`: not joined. */
  source: z.enum(['desk', 'cache', 'local']),
});
export type DeskPeople = z.infer<typeof deskPeopleSchema>;

/** One change of assignment, as history lists it: "assigned to X by Y". */
export const assignmentEntrySchema = z.object({
  assignee: assigneeSchema.nullable(),
  by: z.string(),
  at: z.number().int(),
});
export type AssignmentEntry = z.infer<typeof assignmentEntrySchema>;

export const articleAssignmentSchema = z.object({
  articleId: articleIdSchema,
  assignee: assigneeSchema.nullable(),
  /** Newest first. */
  history: z.array(assignmentEntrySchema),
});
export type ArticleAssignment = z.infer<typeof articleAssignmentSchema>;

export const assignInputSchema = z
  .object({ id: articleIdSchema, assignee: assigneeSchema.nullable() })
  .strict();

/** Someone else assigned an article to this workstation's person; shown until seen. */
export const assignmentNotificationSchema = z.object({
  id: z.number().int(),
  articleId: articleIdSchema,
  headline: z.string(),
  by: z.string(),
  at: z.number().int(),
});
export type AssignmentNotification = z.infer<typeof assignmentNotificationSchema>;

/** A mention of a person in a comment, for My queue. */
export const queueMentionSchema = z.object({
  articleId: articleIdSchema,
  headline: z.string(),
  commentId: z.string(),
  by: z.string(),
  excerpt: z.string(),
  at: z.number().int(),
});
export type QueueMention = z.infer<typeof queueMentionSchema>;

/** An article assigned to me with quotations still open in its ledger. */
export const queueQuotesSchema = z.object({
  article: articleSummarySchema,
  /** Active annotations with any verdict but "verified". */
  open: z.number().int(),
});

export const myQueueSchema = z.object({
  me: deskPersonSchema,
  assigned: z.array(articleSummarySchema),
  quotes: z.array(queueQuotesSchema),
  mentions: z.array(queueMentionSchema),
  counts: z.object({
    assigned: z.number().int(),
    quotes: z.number().int(),
    mentions: z.number().int(),
  }),
});
export type MyQueue = z.infer<typeof myQueueSchema>;
