import * as Y from 'yjs';
import { verifiedWriter } from './verifiedWriter';

/** One comment or reply as it travels between machines. */
export interface CommentEntry {
  id: string;
  /** The person who wrote it, as claimed; `readVerifiedComments` puts the desk-verified one. */
  author: string;
  body: string;
  /** The people the comment @mentions, as parsed when it was written. */
  mentions: string[];
  createdAt: number;
}

/** Whether a thread is settled, and who settled it: written as one value, so always agreeing. */
export interface CommentResolution {
  resolved: boolean;
  by: string;
  at: number | null;
}

/** A thread: its first comment, where it was anchored, its state and its replies. */
export interface CommentThreadEntry extends CommentEntry {
  /** The commented text when the thread was opened (its anchor mark carries the thread's id). */
  quotedText: string;
  /** Offsets into the body's plain text when it was opened; each machine finds the mark itself. */
  start: number;
  end: number;
  /** The quote annotation the thread was opened from (the fact-check panel), or null. */
  quoteId: string | null;
  resolution: CommentResolution;
  /** Oldest first. */
  replies: CommentEntry[];
}

export const articleCommentsKey = 'comments';

/** Set once, when the thread or reply is written: a comment is never edited. */
const threadFields = [
  'author',
  'body',
  'mentions',
  'createdAt',
  'quotedText',
  'start',
  'end',
  'quoteId',
] as const;
const replyFields = ['author', 'body', 'mentions', 'createdAt'] as const;

/**
 * Brings the document's comments to include these threads and replies. Each thread is a Y.Map
 * under its id with its replies in a Y.Map of their own under each reply's id, so replies
 * written on two machines at once are two keys and both survive, and resolving on one machine
 * while replying on another touches different keys. Nothing is ever removed: a thread whose
 * text is deleted stays, orphaned.
 */
export function writeArticleComments(doc: Y.Doc, threads: readonly CommentThreadEntry[]): void {
  const comments = doc.getMap<Y.Map<unknown>>(articleCommentsKey);
  doc.transact(() => {
    for (const thread of threads) {
      let fields = comments.get(thread.id);
      if (!(fields instanceof Y.Map)) {
        fields = new Y.Map<unknown>();
        comments.set(thread.id, fields);
        for (const key of threadFields) fields.set(key, thread[key]);
        fields.set('replies', new Y.Map<unknown>());
      }
      if (!sameResolution(fields.get('resolution'), thread.resolution))
        fields.set('resolution', { ...thread.resolution });
      const replies = repliesOf(fields);
      for (const reply of thread.replies) {
        if (replies.get(reply.id) instanceof Y.Map) continue;
        const entry = new Y.Map<unknown>();
        replies.set(reply.id, entry);
        for (const key of replyFields) entry.set(key, reply[key]);
      }
    }
  });
}

/** Adds one reply to a thread already in the document. False when the thread is not there. */
export function writeCommentReply(doc: Y.Doc, threadId: string, reply: CommentEntry): boolean {
  const fields = doc.getMap<Y.Map<unknown>>(articleCommentsKey).get(threadId);
  if (!(fields instanceof Y.Map)) return false;
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    repliesOf(fields).set(reply.id, entry);
    for (const key of replyFields) entry.set(key, reply[key]);
  });
  return true;
}

/** Resolves or reopens a thread already in the document. False when the thread is not there. */
export function writeCommentResolution(
  doc: Y.Doc,
  threadId: string,
  resolution: CommentResolution,
): boolean {
  const fields = doc.getMap<Y.Map<unknown>>(articleCommentsKey).get(threadId);
  if (!(fields instanceof Y.Map)) return false;
  fields.set('resolution', { ...resolution });
  return true;
}

/** The merged threads as their writers claimed them, oldest first, replies oldest first. */
export function readArticleComments(doc: Y.Doc): CommentThreadEntry[] {
  return readThreads(doc, false);
}

/**
 * The merged threads with each author and resolver taken from who wrote them, as the desk
 * verified it from their token (`deskAuthors`); the claimed name stands only for content no
 * desk has stamped yet (this machine's own, not pushed).
 */
export function readVerifiedComments(doc: Y.Doc): CommentThreadEntry[] {
  return readThreads(doc, true);
}

function readThreads(doc: Y.Doc, verified: boolean): CommentThreadEntry[] {
  const comments = doc.getMap<Y.Map<unknown>>(articleCommentsKey);
  const threads: CommentThreadEntry[] = [];
  for (const [id, fields] of comments.entries()) {
    if (!(fields instanceof Y.Map)) continue;
    const writer = (map: Y.Map<unknown>, key: string): string | null =>
      verified ? verifiedWriter(map, key) : null;
    const replies: CommentEntry[] = [];
    const replyMap = fields.get('replies');
    if (replyMap instanceof Y.Map) {
      for (const [replyId, reply] of (replyMap as Y.Map<unknown>).entries()) {
        if (!(reply instanceof Y.Map)) continue;
        const entry = reply as Y.Map<unknown>;
        replies.push({
          id: replyId,
          author: writer(entry, 'author') ?? stringOf(entry.get('author')),
          body: stringOf(entry.get('body')),
          mentions: mentionsOf(entry.get('mentions')),
          createdAt: numberOf(entry.get('createdAt')),
        });
      }
    }
    const claimed = resolutionOf(fields.get('resolution'));
    const resolver = claimed.by === '' ? null : writer(fields, 'resolution');
    threads.push({
      id,
      author: writer(fields, 'author') ?? stringOf(fields.get('author')),
      body: stringOf(fields.get('body')),
      mentions: mentionsOf(fields.get('mentions')),
      createdAt: numberOf(fields.get('createdAt')),
      quotedText: stringOf(fields.get('quotedText')),
      start: numberOf(fields.get('start')),
      end: numberOf(fields.get('end')),
      quoteId: typeof fields.get('quoteId') === 'string' ? (fields.get('quoteId') as string) : null,
      resolution: resolver === null ? claimed : { ...claimed, by: resolver },
      replies: replies.sort(byTime),
    });
  }
  return threads.sort(byTime);
}

function repliesOf(fields: Y.Map<unknown>): Y.Map<unknown> {
  const replies = fields.get('replies');
  if (replies instanceof Y.Map) return replies as Y.Map<unknown>;
  // A thread written by a build that knew no replies: they start here.
  const created = new Y.Map<unknown>();
  fields.set('replies', created);
  return created;
}

function byTime(a: CommentEntry, b: CommentEntry): number {
  return a.createdAt - b.createdAt || a.id.localeCompare(b.id);
}

function sameResolution(value: unknown, resolution: CommentResolution): boolean {
  // Not by name: rows hold the desk-verified resolver, the document the name its writer claimed.
  const current = resolutionOf(value);
  return current.resolved === resolution.resolved && current.at === resolution.at;
}

function resolutionOf(value: unknown): CommentResolution {
  if (typeof value !== 'object' || value === null) return { resolved: false, by: '', at: null };
  const record = value as Record<string, unknown>;
  return {
    resolved: record['resolved'] === true,
    by: stringOf(record['by']),
    at: typeof record['at'] === 'number' ? record['at'] : null,
  };
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function numberOf(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

function mentionsOf(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}
