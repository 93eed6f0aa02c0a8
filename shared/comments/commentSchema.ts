import { z } from 'zod';

/** Longest comment body: a note in the margin, not an article. */
export const commentBodyMaxLength = 5_000;

export const articleCommentSchema = z.object({
  id: z.string(),
  author: z.string(),
  body: z.string(),
  mentions: z.array(z.string()),
  createdAt: z.number().int(),
});
export type ArticleComment = z.infer<typeof articleCommentSchema>;

/** A thread as the comments panel lists it; `orphaned` when its text is gone from the body. */
export const commentThreadSchema = articleCommentSchema.extend({
  articleId: z.string(),
  quotedText: z.string(),
  /** Where its text is now (or was last seen), in the body's plain text. */
  start: z.number().int(),
  end: z.number().int(),
  quoteId: z.string().nullable(),
  resolved: z.boolean(),
  resolvedBy: z.string(),
  resolvedAt: z.number().int().nullable(),
  orphaned: z.boolean(),
  replies: z.array(articleCommentSchema),
});
export type CommentThread = z.infer<typeof commentThreadSchema>;

/** A comment or reply that names a person, for "My queue". */
export const commentMentionSchema = z.object({
  articleId: z.string(),
  threadId: z.string(),
  commentId: z.string(),
  author: z.string(),
  body: z.string(),
  resolved: z.boolean(),
  orphaned: z.boolean(),
  createdAt: z.number().int(),
});
export type CommentMention = z.infer<typeof commentMentionSchema>;
