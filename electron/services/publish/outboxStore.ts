import type { Database } from 'better-sqlite3';
import type { ArticleCorrection } from '../../../shared/export/exportTypes';
import type { RemoteArticle } from './targetDelivery';

export type OutboxState =
  'pending' | 'delivering' | 'delivered' | 'failed' | 'canceled' | 'blocked';
export type OutboxAction = 'publish' | 'takedown';

/** One article version on its way to one target. */
export interface OutboxItem {
  id: number;
  target: string;
  articleId: string;
  articleVersion: number;
  action: OutboxAction;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: number;
  lastError: string;
  idempotencyKey: string;
  correction: ArticleCorrection | null;
  remoteUrl: string;
  queuedAt: number;
  updatedAt: number;
}

export interface NewOutboxItem {
  target: string;
  articleId: string;
  articleVersion: number;
  action: OutboxAction;
  /** `blocked` when the publish gate refused it (kept, with the reason, for the queue view). */
  state: 'pending' | 'blocked';
  lastError?: string;
  correction?: ArticleCorrection | undefined;
  /** Published again after a takedown: the same version goes out anew. */
  republish?: boolean | undefined;
}

interface OutboxRow {
  id: number;
  target: string;
  article_id: string;
  article_version: number;
  action: OutboxAction;
  state: OutboxState;
  attempts: number;
  next_attempt_at: number;
  last_error: string;
  idempotency_key: string;
  correction_json: string | null;
  remote_url: string;
  queued_at: number;
  updated_at: number;
}

/**
 * The durable outbox: what is queued survives offline periods, `kill -9` and restarts. An item
 * left `delivering` by a killed worker is delivered again (the receiver dedupes by idempotency
 * key). Items of one article and target go out in the order they were queued.
 */
export class OutboxStore {
  private readonly s: ReturnType<typeof prepare>;

  constructor(private readonly db: Database) {
    this.s = prepare(db);
  }

  /** Queues every item in one transaction; returns their ids. */
  queue(items: readonly NewOutboxItem[], actor: string, at: number): number[] {
    return this.db.transaction(() =>
      items.map((item) => {
        // A correction, or publishing again after a takedown, repeats a version on purpose:
        // its own key, or receivers would drop it as a repeat.
        const again = item.correction
          ? `:correction-${item.correction.at}`
          : item.republish
            ? `:again-${at}`
            : '';
        const key = `${item.articleId}:${item.articleVersion}${item.action === 'takedown' ? `:takedown-${at}` : again}`;
        return Number(
          this.s.insert.run({
            target: item.target,
            article_id: item.articleId,
            article_version: item.articleVersion,
            action: item.action,
            state: item.state,
            last_error: item.lastError ?? '',
            idempotency_key: key,
            correction_json: item.correction ? JSON.stringify(item.correction) : null,
            queued_by: actor,
            at,
          }).lastInsertRowid,
        );
      }),
    )();
  }

  /**
   * Claims the items due now, the oldest of each article and target only, marking them
   * `delivering` for `leaseMs`: another process (the app and a `galley publish` at once) leaves
   * them alone meanwhile, and a crashed deliverer's items are taken again once it runs out.
   */
  claimDue(now: number, limit: number, leaseMs: number): OutboxItem[] {
    return this.db.transaction(() => {
      const due = this.s.due.all(now, limit).map(toItem);
      for (const item of due) this.s.claim.run(now + leaseMs, now, item.id);
      return due.map((item) => ({ ...item, state: 'delivering' as const }));
    })();
  }

  /** An item for this very version that is queued, on its way or delivered: queuing it again adds nothing. */
  existing(
    target: string,
    articleId: string,
    version: number,
    action: OutboxAction,
  ): number | undefined {
    // A takedown delivered once may be needed again after a republish: only one on its way counts.
    const states = action === 'takedown' ? 'unfinished' : 'all';
    return this.s.existing.get(target, articleId, version, action, states)?.id;
  }

  get(id: number): OutboxItem | undefined {
    const row = this.s.get.get(id);
    return row ? toItem(row) : undefined;
  }

  delivered(item: OutboxItem, remote: RemoteArticle, at: number): void {
    this.db.transaction(() => {
      this.s.delivered.run(remote.url, at, item.id);
      // Taken down, the post keeps its id there: publishing again brings the same one back.
      if (item.action === 'takedown') this.s.takenDown.run(item.target, item.articleId);
      else
        this.s.setRemote.run(
          item.target,
          item.articleId,
          remote.remoteId,
          remote.url,
          item.articleVersion,
        );
    })();
  }

  retryLater(item: OutboxItem, nextAttemptAt: number, error: string, at: number): void {
    this.s.retryLater.run(nextAttemptAt, error, at, item.id);
  }

  failed(item: OutboxItem, error: string, at: number): void {
    this.s.failed.run(error, at, item.id);
  }

  /** A failed or pending item tried again now. */
  retry(id: number, at: number): boolean {
    return this.s.retry.run(at, at, id).changes > 0;
  }

  cancel(id: number, at: number): boolean {
    return this.s.cancel.run(at, id).changes > 0;
  }

  /** Newest first. */
  list(limit: number): OutboxItem[] {
    return this.s.list.all(limit).map(toItem);
  }

  /** Items not yet final among these ids. */
  unfinished(ids: readonly number[]): number {
    return ids.filter((id) => {
      const state = this.s.get.get(id)?.state;
      return state === 'pending' || state === 'delivering';
    }).length;
  }

  nextDueAt(): number | null {
    return this.s.nextDue.get()?.at ?? null;
  }

  /** Whether some target still shows the article. */
  isLiveAnywhere(articleId: string): boolean {
    return this.s.liveAnywhere.get(articleId) !== undefined;
  }

  remoteOf(target: string, articleId: string): RemoteArticle | undefined {
    const row = this.s.remote.get(target, articleId);
    return row ? { remoteId: row.remote_id, url: row.url } : undefined;
  }
}

function toItem(row: OutboxRow): OutboxItem {
  return {
    id: row.id,
    target: row.target,
    articleId: row.article_id,
    articleVersion: row.article_version,
    action: row.action,
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    idempotencyKey: row.idempotency_key,
    correction: row.correction_json ? (JSON.parse(row.correction_json) as ArticleCorrection) : null,
    remoteUrl: row.remote_url,
    queuedAt: row.queued_at,
    updatedAt: row.updated_at,
  };
}

function prepare(db: Database) {
  return {
    insert: db.prepare<[Record<string, unknown>]>(
      `INSERT INTO publish_outbox (target, article_id, article_version, action, state, next_attempt_at,
         last_error, idempotency_key, correction_json, queued_by, queued_at, updated_at)
       VALUES (@target, @article_id, @article_version, @action, @state, @at, @last_error,
         @idempotency_key, @correction_json, @queued_by, @at, @at)`,
    ),
    // The oldest unfinished item of each article and target, when it is due.
    due: db.prepare<[number, number], OutboxRow>(
      `SELECT o.* FROM publish_outbox o
       WHERE o.state IN ('pending', 'delivering') AND o.next_attempt_at <= ?
         AND NOT EXISTS (SELECT 1 FROM publish_outbox e
           WHERE e.target = o.target AND e.article_id = o.article_id AND e.id < o.id
             AND e.state IN ('pending', 'delivering'))
       ORDER BY o.id LIMIT ?`,
    ),
    claim: db.prepare<[number, number, number]>(
      `UPDATE publish_outbox SET state = 'delivering', next_attempt_at = ?, updated_at = ?
       WHERE id = ?`,
    ),
    get: db.prepare<[number], OutboxRow>('SELECT * FROM publish_outbox WHERE id = ?'),
    existing: db.prepare<[string, string, number, string, 'all' | 'unfinished'], { id: number }>(
      `SELECT id FROM publish_outbox WHERE target = ? AND article_id = ? AND article_version = ?
         AND action = ?
         AND (state IN ('pending', 'delivering') OR (? = 'all' AND state = 'delivered'))
       ORDER BY id DESC LIMIT 1`,
    ),
    delivered: db.prepare<[string, number, number]>(
      `UPDATE publish_outbox SET state = 'delivered', attempts = attempts + 1, last_error = '',
         remote_url = ?, updated_at = ? WHERE id = ?`,
    ),
    retryLater: db.prepare<[number, string, number, number]>(
      `UPDATE publish_outbox SET state = 'pending', attempts = attempts + 1, next_attempt_at = ?,
         last_error = ?, updated_at = ? WHERE id = ?`,
    ),
    failed: db.prepare<[string, number, number]>(
      `UPDATE publish_outbox SET state = 'failed', attempts = attempts + 1, last_error = ?,
         updated_at = ? WHERE id = ?`,
    ),
    retry: db.prepare<[number, number, number]>(
      `UPDATE publish_outbox SET state = 'pending', next_attempt_at = ?, updated_at = ?
       WHERE id = ? AND state IN ('failed', 'pending')`,
    ),
    cancel: db.prepare<[number, number]>(
      `UPDATE publish_outbox SET state = 'canceled', updated_at = ?
       WHERE id = ? AND state IN ('pending', 'failed', 'blocked')`,
    ),
    list: db.prepare<[number], OutboxRow>('SELECT * FROM publish_outbox ORDER BY id DESC LIMIT ?'),
    nextDue: db.prepare<[], { at: number }>(
      "SELECT min(next_attempt_at) AS at FROM publish_outbox WHERE state IN ('pending', 'delivering')",
    ),
    remote: db.prepare<[string, string], { remote_id: string; url: string }>(
      'SELECT remote_id, url FROM publish_remote WHERE target = ? AND article_id = ?',
    ),
    setRemote: db.prepare<[string, string, string, string, number]>(
      `INSERT INTO publish_remote (target, article_id, remote_id, url, delivered_version)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (target, article_id) DO UPDATE SET remote_id = excluded.remote_id,
         url = excluded.url, delivered_version = excluded.delivered_version`,
    ),
    takenDown: db.prepare<[string, string]>(
      "UPDATE publish_remote SET url = '' WHERE target = ? AND article_id = ?",
    ),
    liveAnywhere: db.prepare<[string], { found: number }>(
      "SELECT 1 AS found FROM publish_remote WHERE article_id = ? AND url <> '' LIMIT 1",
    ),
  };
}
