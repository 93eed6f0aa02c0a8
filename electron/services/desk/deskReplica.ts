import type { Database } from 'better-sqlite3';
import * as Y from 'yjs';

interface CachedDocument {
  doc: Y.Doc;
  seq: number;
}

interface DocumentRow {
  state: Buffer;
  seq: number;
}

/** Something the desk did to an article that the people here are told about. */
export interface DeskNotice {
  id: number;
  articleId: string;
  kind: 'kept-after-delete' | 'restored-after-delete';
  /** Who deleted it. */
  person: string;
  at: number;
}

/** A document written since a point in `seq` order. */
export interface ReplicaChange {
  articleId: string;
  seq: number;
}

/**
 * The workstation's Yjs documents, one per article, in the library file. Documents are kept
 * with `gc: false` so any earlier state can be rebuilt from a snapshot. A document is cached in
 * memory while its stored `seq` says nobody else (another process on the same library) wrote
 * it since; otherwise it is read again, so every process writes on top of the latest state.
 */
export class DeskReplica {
  private readonly cache = new Map<string, CachedDocument>();
  private readonly storedListeners = new Set<(articleId: string) => void>();
  private readonly s: ReturnType<typeof prepare>;

  constructor(private readonly db: Database) {
    this.s = prepare(db);
  }

  has(articleId: string): boolean {
    return this.s.seq.get(articleId) !== undefined;
  }

  /** The article's document as stored (empty when it has none yet). Call inside a transaction when about to write. */
  document(articleId: string): Y.Doc {
    const stored = this.s.seq.get(articleId);
    const cached = this.cache.get(articleId);
    if (cached && (!stored || cached.seq === stored.seq)) return cached.doc;
    // One object per article for the life of the process (a provider may be bound to it):
    // another process's write is merged into it, which also sends that write to the desk.
    const doc = cached?.doc ?? new Y.Doc({ gc: false });
    const row = stored ? this.s.load.get(articleId) : undefined;
    if (row) Y.applyUpdate(doc, row.state, 'library');
    this.cache.set(articleId, { doc, seq: row?.seq ?? 0 });
    return doc;
  }

  /**
   * Stores the document's whole state under a new `seq`; must run inside the transaction that
   * wrote the rows it matches. Returns the new `seq`.
   */
  store(
    articleId: string,
    doc: Y.Doc,
    at: number,
    pushed: boolean,
    articleVersion: number,
  ): number {
    const seq = (this.s.maxSeq.get()?.seq ?? 0) + 1;
    const state = Y.encodeStateAsUpdate(doc);
    this.s.upsert.run({
      article_id: articleId,
      state,
      seq,
      at,
      pushed: pushed ? seq : null,
      version: articleVersion,
    });
    this.cache.set(articleId, { doc, seq });
    for (const listener of this.storedListeners) listener(articleId);
    return seq;
  }

  /** Calls `listener` after each document this process stores; returns the unsubscribe. */
  onStored(listener: (articleId: string) => void): () => void {
    this.storedListeners.add(listener);
    return () => this.storedListeners.delete(listener);
  }

  /** Marks the desk as holding the document up to `seq` (a later local write stays pending). */
  markPushed(articleId: string, seq: number): void {
    this.s.markPushed.run(seq, articleId);
  }

  /** The article's latest write, or undefined when it has no document. */
  seqOf(articleId: string): number | undefined {
    return this.s.seq.get(articleId)?.seq;
  }

  /** True when the article has writes the desk does not hold yet. */
  isPending(articleId: string): boolean {
    return Boolean(this.s.isPending.get(articleId));
  }

  markDeleted(articleId: string, at: number | null): void {
    this.s.markDeleted.run(at, articleId);
  }

  isDeleted(articleId: string): boolean {
    return (this.s.seq.get(articleId)?.deleted_at ?? null) !== null;
  }

  /** Documents written after `seq`, oldest write first. */
  changedSince(seq: number, limit = 500): ReplicaChange[] {
    return this.s.changedSince
      .all(seq, limit)
      .map((row) => ({ articleId: row.article_id, seq: row.seq }));
  }

  /** Documents with writes the desk does not hold yet. */
  pending(limit = 10_000): ReplicaChange[] {
    return this.s.pending.all(limit).map((row) => ({ articleId: row.article_id, seq: row.seq }));
  }

  pendingCount(): number {
    return this.s.pendingCount.get()?.count ?? 0;
  }

  /** Records that the document holds this version of the article's rows. */
  noteVersion(articleId: string, articleVersion: number): void {
    this.s.noteVersion.run(articleVersion, articleId);
  }

  /** Articles with no document yet, or whose rows are at another version than their document. */
  articlesOutOfStep(limit: number): string[] {
    return this.s.outOfStep.all(limit).map((row) => row.id);
  }

  latestSeq(): number {
    return this.s.maxSeq.get()?.seq ?? 0;
  }

  /** Tells the people here what the desk did to an article (see `desk_notices`). */
  addNotice(notice: Omit<DeskNotice, 'id'>): void {
    this.s.addNotice.run(notice.articleId, notice.kind, notice.person, notice.at);
  }

  openNotices(): DeskNotice[] {
    return this.s.openNotices.all().map((row) => ({
      id: row.id,
      articleId: row.article_id,
      kind: row.kind,
      person: row.person,
      at: row.at,
    }));
  }

  dismissNotice(id: number): void {
    this.s.dismissNotice.run(id);
  }

  /** Drops the article's cached document (memory); the next read loads it again. */
  forget(articleId: string): void {
    this.cache.delete(articleId);
  }
}

function prepare(db: Database) {
  return {
    addNotice: db.prepare<[string, string, string, number]>(
      'INSERT INTO desk_notices (article_id, kind, person, at) VALUES (?, ?, ?, ?)',
    ),
    openNotices: db.prepare<
      [],
      { id: number; article_id: string; kind: DeskNotice['kind']; person: string; at: number }
    >('SELECT id, article_id, kind, person, at FROM desk_notices WHERE dismissed = 0 ORDER BY id'),
    dismissNotice: db.prepare<[number]>('UPDATE desk_notices SET dismissed = 1 WHERE id = ?'),
    isPending: db.prepare<[string], { found: number }>(
      'SELECT 1 AS found FROM desk_documents WHERE article_id = ? AND pushed_seq < seq',
    ),
    seq: db.prepare<[string], { seq: number; deleted_at: number | null }>(
      'SELECT seq, deleted_at FROM desk_documents WHERE article_id = ?',
    ),
    load: db.prepare<[string], DocumentRow>(
      'SELECT state, seq FROM desk_documents WHERE article_id = ?',
    ),
    maxSeq: db.prepare<[], { seq: number }>('SELECT max(seq) AS seq FROM desk_documents'),
    upsert: db.prepare<
      [
        {
          article_id: string;
          state: Uint8Array;
          seq: number;
          at: number;
          pushed: number | null;
          version: number;
        },
      ]
    >(
      `INSERT INTO desk_documents (article_id, state, seq, pushed_seq, article_version, updated_at)
       VALUES (@article_id, @state, @seq, coalesce(@pushed, 0), @version, @at)
       ON CONFLICT (article_id) DO UPDATE SET state = excluded.state, seq = excluded.seq,
         updated_at = excluded.updated_at, article_version = excluded.article_version,
         pushed_seq = coalesce(@pushed, desk_documents.pushed_seq)`,
    ),
    markPushed: db.prepare<[number, string]>(
      'UPDATE desk_documents SET pushed_seq = max(pushed_seq, ?) WHERE article_id = ?',
    ),
    markDeleted: db.prepare<[number | null, string]>(
      'UPDATE desk_documents SET deleted_at = ? WHERE article_id = ?',
    ),
    changedSince: db.prepare<[number, number], { article_id: string; seq: number }>(
      'SELECT article_id, seq FROM desk_documents WHERE seq > ? ORDER BY seq LIMIT ?',
    ),
    pending: db.prepare<[number], { article_id: string; seq: number }>(
      'SELECT article_id, seq FROM desk_documents WHERE pushed_seq < seq ORDER BY seq LIMIT ?',
    ),
    pendingCount: db.prepare<[], { count: number }>(
      'SELECT count(*) AS count FROM desk_documents WHERE pushed_seq < seq',
    ),
    noteVersion: db.prepare<[number, string]>(
      'UPDATE desk_documents SET article_version = ? WHERE article_id = ?',
    ),
    outOfStep: db.prepare<[number], { id: string }>(
      `SELECT a.id FROM articles a LEFT JOIN desk_documents d ON d.article_id = a.id
       WHERE d.article_id IS NULL OR d.article_version <> a.version ORDER BY a.id LIMIT ?`,
    ),
  };
}
