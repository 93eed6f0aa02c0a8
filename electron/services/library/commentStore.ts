import type { Database } from 'better-sqlite3';
import type { CommentEntry, CommentThreadEntry } from '../../../shared/desk/articleComments';
import type {
  ArticleComment,
  CommentMention,
  CommentThread,
} from '../../../shared/comments/commentSchema';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import { collectQuoteAnchors } from '../../../shared/quotes/collectQuoteAnchors';

interface CommentRow {
  id: string;
  article_id: string;
  thread_id: string;
  author: string;
  body: string;
  mentions: string;
  quoted_text: string;
  quote_id: string | null;
  start_offset: number;
  end_offset: number;
  resolved: number;
  resolved_by: string;
  resolved_at: number | null;
  orphaned: number;
  created_at: number;
}

export interface NewCommentThread {
  id: string;
  articleId: string;
  body: string;
  mentions: string[];
  quotedText: string;
  start: number;
  end: number;
  quoteId: string | null;
  /** Whether the thread's anchor is missing from the saved body. */
  orphaned: boolean;
}

export interface NewCommentReply {
  id: string;
  threadId: string;
  body: string;
  mentions: string[];
}

/**
 * Comment threads and their replies, one row each (a thread's first comment carries the
 * thread's id). Rows and the `comments` map of the article's desk document are kept in step
 * like the quote ledger: each write here tells `onDecision` (the replica writes it into the
 * document), and a merged document is taken in with `applyThread`. Nothing is deleted with its
 * text: `reconcile` marks a thread orphaned when its anchor leaves the body, and anchored again
 * when an undo brings it back.
 */
export class CommentStore {
  private readonly s: ReturnType<typeof prepare>;
  /** Told of each comment written (inside its transaction), so the desk's document follows. */
  onDecision: ((articleId: string, at: number) => void) | undefined;

  constructor(private readonly db: Database) {
    this.s = prepare(db);
  }

  /** The article's threads: anchored ones in text order, then orphaned ones, oldest first. */
  threads(articleId: string): CommentThread[] {
    const rows = this.s.byArticle.all(articleId);
    const threads = new Map<string, CommentThread>();
    for (const row of rows) {
      if (row.id === row.thread_id) threads.set(row.id, toThread(row));
    }
    for (const row of rows) {
      if (row.id !== row.thread_id) threads.get(row.thread_id)?.replies.push(toComment(row));
    }
    return [...threads.values()].sort(
      (a, b) =>
        Number(a.orphaned) - Number(b.orphaned) ||
        (a.orphaned ? 0 : a.start - b.start) ||
        a.createdAt - b.createdAt ||
        a.id.localeCompare(b.id),
    );
  }

  thread(threadId: string): CommentThread | undefined {
    const row = this.s.get.get(threadId);
    if (!row || row.id !== row.thread_id) return undefined;
    return this.threads(row.article_id).find((thread) => thread.id === threadId);
  }

  /** True when `id` names any comment or reply. */
  has(id: string): boolean {
    return this.s.get.get(id) !== undefined;
  }

  createThread(input: NewCommentThread, author: string, at: number): CommentThread {
    return this.db.transaction(() => {
      this.s.insert.run({
        id: input.id,
        article_id: input.articleId,
        thread_id: input.id,
        author,
        body: input.body,
        mentions: JSON.stringify(input.mentions),
        quoted_text: input.quotedText,
        quote_id: input.quoteId,
        start_offset: input.start,
        end_offset: input.end,
        orphaned: input.orphaned ? 1 : 0,
        created_at: at,
      });
      this.onDecision?.(input.articleId, at);
      return this.mustGetThread(input.id);
    })();
  }

  /** Adds a reply; undefined when the thread is not in the library. */
  reply(input: NewCommentReply, author: string, at: number): CommentThread | undefined {
    return this.db.transaction(() => {
      const root = this.s.get.get(input.threadId);
      if (!root || root.id !== root.thread_id) return undefined;
      this.s.insert.run({
        id: input.id,
        article_id: root.article_id,
        thread_id: root.id,
        author,
        body: input.body,
        mentions: JSON.stringify(input.mentions),
        quoted_text: '',
        quote_id: null,
        start_offset: root.start_offset,
        end_offset: root.end_offset,
        orphaned: root.orphaned,
        created_at: at,
      });
      this.onDecision?.(root.article_id, at);
      return this.mustGetThread(root.id);
    })();
  }

  /** Resolves or reopens a thread; undefined when it is not in the library. */
  setResolved(
    threadId: string,
    resolved: boolean,
    actor: string,
    at: number,
  ): CommentThread | undefined {
    return this.db.transaction(() => {
      const root = this.s.get.get(threadId);
      if (!root || root.id !== root.thread_id) return undefined;
      this.s.resolve.run(resolved ? 1 : 0, resolved ? actor : '', resolved ? at : null, threadId);
      this.onDecision?.(root.article_id, at);
      return this.mustGetThread(threadId);
    })();
  }

  /**
   * Brings the article's threads in line with a new body: where each anchor is now, and which
   * ones lost their text (orphaned, still listed) or got it back. Call inside the save's
   * transaction.
   */
  reconcile(articleId: string, body: TiptapNode): void {
    const rows = this.s.byArticle.all(articleId);
    // Most saves are of articles without threads: no walk of the body for their anchors.
    if (rows.length === 0) return;
    const anchors = collectQuoteAnchors(body, 'commentAnchor');
    for (const row of rows) {
      const anchor = anchors.get(row.thread_id);
      const orphaned = anchor ? 0 : 1;
      const start = anchor?.start ?? row.start_offset;
      const end = anchor?.end ?? row.end_offset;
      if (row.orphaned !== orphaned || row.start_offset !== start || row.end_offset !== end)
        this.s.place.run(orphaned, start, end, row.id);
    }
  }

  /** The article's threads as the desk's document carries them: what people wrote and decided. */
  threadEntries(articleId: string): CommentThreadEntry[] {
    return this.threads(articleId).map((thread) => ({
      id: thread.id,
      author: thread.author,
      body: thread.body,
      mentions: thread.mentions,
      createdAt: thread.createdAt,
      quotedText: thread.quotedText,
      start: thread.start,
      end: thread.end,
      quoteId: thread.quoteId,
      resolution: { resolved: thread.resolved, by: thread.resolvedBy, at: thread.resolvedAt },
      replies: thread.replies,
    }));
  }

  /**
   * Takes a thread as merged on the desk: new threads and replies are added, the resolution
   * follows the document, and authors become the desk-verified ones. The caller reconciles with
   * the merged body afterwards.
   */
  applyThread(articleId: string, entry: CommentThreadEntry): void {
    const root = this.s.get.get(entry.id);
    if (!root) {
      this.s.insert.run({
        id: entry.id,
        article_id: articleId,
        thread_id: entry.id,
        author: entry.author,
        body: entry.body,
        mentions: JSON.stringify(entry.mentions),
        quoted_text: entry.quotedText,
        quote_id: entry.quoteId,
        start_offset: entry.start,
        end_offset: entry.end,
        orphaned: 0,
        created_at: entry.createdAt,
      });
    } else if (root.author !== entry.author) {
      this.s.setAuthor.run(entry.author, entry.id);
    }
    const current = this.s.get.get(entry.id)!;
    const { resolved, by, at } = entry.resolution;
    if (
      current.resolved !== (resolved ? 1 : 0) ||
      current.resolved_by !== by ||
      current.resolved_at !== at
    )
      this.s.resolve.run(resolved ? 1 : 0, by, at, entry.id);
    for (const reply of entry.replies) this.applyReply(current, reply);
  }

  private applyReply(root: CommentRow, reply: CommentEntry): void {
    const existing = this.s.get.get(reply.id);
    if (existing) {
      if (existing.author !== reply.author) this.s.setAuthor.run(reply.author, reply.id);
      return;
    }
    this.s.insert.run({
      id: reply.id,
      article_id: root.article_id,
      thread_id: root.id,
      author: reply.author,
      body: reply.body,
      mentions: JSON.stringify(reply.mentions),
      quoted_text: '',
      quote_id: null,
      start_offset: root.start_offset,
      end_offset: root.end_offset,
      orphaned: root.orphaned,
      created_at: reply.createdAt,
    });
  }

  /**
   * Every comment or reply in the library that @mentions `person` (by name as the desk spells
   * it; Latin letters in any case), newest first: what "My queue" counts as mentions of them.
   */
  listMentions(person: string): CommentMention[] {
    return this.s.mentions.all(person).map((row) => ({
      articleId: row.article_id,
      threadId: row.thread_id,
      commentId: row.id,
      author: row.author,
      body: row.body,
      resolved: row.resolved === 1,
      orphaned: row.orphaned === 1,
      createdAt: row.created_at,
    }));
  }

  /** Everyone who has written a comment in the library. */
  authors(): string[] {
    return this.s.authors.all().map((row) => row.author);
  }

  private mustGetThread(id: string): CommentThread {
    const thread = this.thread(id);
    if (!thread) throw new Error(`comment thread ${id} vanished inside its own transaction`);
    return thread;
  }
}

function toComment(row: CommentRow): ArticleComment {
  return {
    id: row.id,
    author: row.author,
    body: row.body,
    mentions: JSON.parse(row.mentions) as string[],
    createdAt: row.created_at,
  };
}

function toThread(row: CommentRow): CommentThread {
  return {
    ...toComment(row),
    articleId: row.article_id,
    quotedText: row.quoted_text,
    start: row.start_offset,
    end: row.end_offset,
    quoteId: row.quote_id,
    resolved: row.resolved === 1,
    resolvedBy: row.resolved_by,
    resolvedAt: row.resolved_at,
    orphaned: row.orphaned === 1,
    replies: [],
  };
}

function prepare(db: Database) {
  return {
    byArticle: db.prepare<[string], CommentRow>(
      'SELECT * FROM article_comments WHERE article_id = ? ORDER BY created_at, id',
    ),
    get: db.prepare<[string], CommentRow>('SELECT * FROM article_comments WHERE id = ?'),
    insert: db.prepare<[Record<string, unknown>]>(
      `INSERT INTO article_comments (id, article_id, thread_id, author, body, mentions, quoted_text,
         quote_id, start_offset, end_offset, orphaned, created_at)
       VALUES (@id, @article_id, @thread_id, @author, @body, @mentions, @quoted_text, @quote_id,
         @start_offset, @end_offset, @orphaned, @created_at)`,
    ),
    resolve: db.prepare<[number, string, number | null, string]>(
      'UPDATE article_comments SET resolved = ?, resolved_by = ?, resolved_at = ? WHERE id = ?',
    ),
    place: db.prepare<[number, number, number, string]>(
      'UPDATE article_comments SET orphaned = ?, start_offset = ?, end_offset = ? WHERE id = ?',
    ),
    setAuthor: db.prepare<[string, string]>('UPDATE article_comments SET author = ? WHERE id = ?'),
    mentions: db.prepare<[string], CommentRow>(
      // Resolution belongs to the thread; a reply reads it from its thread's row.
      `SELECT c.id, c.article_id, c.thread_id, c.author, c.body, c.orphaned, c.created_at,
         (SELECT root.resolved FROM article_comments root WHERE root.id = c.thread_id) AS resolved
       FROM article_comments c
       WHERE EXISTS (SELECT 1 FROM json_each(c.mentions) m WHERE lower(m.value) = lower(?))
       ORDER BY c.created_at DESC, c.id DESC`,
    ),
    authors: db.prepare<[], { author: string }>(
      "SELECT DISTINCT author FROM article_comments WHERE author <> '' ORDER BY author",
    ),
  };
}
