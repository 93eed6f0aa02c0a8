import type { Database, Statement } from 'better-sqlite3';
import {
  articleSnapshotSchema,
  type ArticleSnapshot,
  type Revision,
  type RevisionReason,
  type RevisionSummary,
} from '../../../shared/article/revisionSchema';
import type { ArticleStatus } from '../../../shared/article/articleSchema';

interface RevisionRow {
  id: number;
  article_id: string;
  created_at: number;
  updated_at: number;
  author: string;
  reason: RevisionReason;
  status: ArticleStatus;
  name: string;
  article_version: number;
  snapshot_json?: string;
}

/** While typing, one autosave revision keeps absorbing saves for this long. */
export const autosaveCoalesceMs = 10 * 60 * 1000;

// The status is read out of the snapshot, which every revision keeps.
const summaryColumns =
  "id, article_id, created_at, updated_at, author, reason, json_extract(snapshot_json, '$.status') AS status, name, article_version";

/** What `plan` decided before the row changes: the autosave revision the save refreshes, if any. */
export interface RevisionPlan {
  coalesceInto: number | undefined;
}

/**
 * Snapshots of an article over time. Every autosave lands in a revision, but saves by the
 * same author within `autosaveCoalesceMs` refresh the same one, so history keeps a point
 * every few minutes of typing rather than one per keystroke.
 *
 * An article's newest autosave revision keeps no body of its own while the article's body is
 * still the one it recorded: its snapshot leaves `body` out and reads the article's. Typing
 * then writes the 100 KiB of a long body once per save, in the row, rather than twice. Before
 * the row's body changes under any other revision (a new autosave revision, a restore, a desk
 * merge), `plan` copies the body into it, so every revision still shows what it recorded.
 */
export class RevisionStore {
  private readonly statements: {
    latest: Statement<[string], RevisionRow>;
    newestAutosave: Statement<[string], { id: number; snapshot_json: string }>;
    insert: Statement<[string, number, number, string, string, string, number, string]>;
    refresh: Statement<[number, number, string, number]>;
    keepBody: Statement<[number]>;
    list: Statement<[string], RevisionRow>;
    get: Statement<[number], RevisionRow>;
    currentBody: Statement<[string], { body_json: string }>;
    summary: Statement<[number], RevisionRow>;
  };

  constructor(db: Database) {
    this.statements = {
      latest: db.prepare(
        `SELECT ${summaryColumns} FROM article_revisions WHERE article_id = ? ORDER BY id DESC LIMIT 1`,
      ),
      newestAutosave: db.prepare(
        `SELECT id, snapshot_json FROM article_revisions WHERE article_id = ? AND reason = 'autosave'
         ORDER BY id DESC LIMIT 1`,
      ),
      insert: db.prepare(
        `INSERT INTO article_revisions
           (article_id, created_at, updated_at, author, reason, name, article_version, snapshot_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      refresh: db.prepare(
        'UPDATE article_revisions SET updated_at = ?, article_version = ?, snapshot_json = ? WHERE id = ?',
      ),
      // Spliced as `snapshotJson` splices: the snapshot without a body ends in "}" after a field.
      keepBody: db.prepare(
        `UPDATE article_revisions
         SET snapshot_json = substr(snapshot_json, 1, length(snapshot_json) - 1) || ',"body":'
           || (SELECT body_json FROM articles WHERE id = article_revisions.article_id) || '}'
         WHERE id = ?`,
      ),
      list: db.prepare(
        `SELECT ${summaryColumns} FROM article_revisions WHERE article_id = ? ORDER BY id DESC`,
      ),
      get: db.prepare(
        `SELECT ${summaryColumns}, snapshot_json FROM article_revisions WHERE id = ?`,
      ),
      currentBody: db.prepare('SELECT body_json FROM articles WHERE id = ?'),
      summary: db.prepare(`SELECT ${summaryColumns} FROM article_revisions WHERE id = ?`),
    };
  }

  /**
   * Decides, before the save writes the row, whether its revision refreshes the latest
   * autosave, and gives the newest autosave revision its own copy of the body when the row's
   * body is about to leave it behind. Call inside the write's transaction, before the write.
   */
  plan(
    articleId: string,
    save: { reason: RevisionReason; author: string; at: number; changesBody: boolean },
  ): RevisionPlan {
    let coalesceInto: number | undefined;
    if (save.reason === 'autosave') {
      const latest = this.statements.latest.get(articleId);
      if (
        latest?.reason === 'autosave' &&
        latest.author === save.author &&
        save.at - latest.created_at < autosaveCoalesceMs
      ) {
        coalesceInto = latest.id;
      }
    }
    // A new autosave revision takes over the article's body from the previous one.
    if (coalesceInto === undefined && (save.changesBody || save.reason === 'autosave')) {
      const newest = this.statements.newestAutosave.get(articleId);
      if (newest && !hasBody(newest.snapshot_json)) this.statements.keepBody.run(newest.id);
    }
    return { coalesceInto };
  }

  /** Keeps a snapshot as `plan` decided. Call inside the write's transaction, after the write. */
  record(
    articleId: string,
    snapshot: ArticleSnapshot,
    meta: {
      reason: RevisionReason;
      author: string;
      at: number;
      articleVersion: number;
      name?: string;
      /** The snapshot's body as JSON, when the caller has it: 10,000 words are written once. */
      bodyJson?: string | undefined;
    },
    plan: RevisionPlan,
  ): number {
    // The article's body is the autosave's until `plan` copies it in.
    const json =
      meta.reason === 'autosave'
        ? JSON.stringify({ ...snapshot, body: undefined })
        : snapshotJson(snapshot, meta.bodyJson);
    if (plan.coalesceInto !== undefined) {
      this.statements.refresh.run(meta.at, meta.articleVersion, json, plan.coalesceInto);
      return plan.coalesceInto;
    }
    const result = this.statements.insert.run(
      articleId,
      meta.at,
      meta.at,
      meta.author,
      meta.reason,
      meta.name ?? '',
      meta.articleVersion,
      json,
    );
    return Number(result.lastInsertRowid);
  }

  list(articleId: string): RevisionSummary[] {
    return this.statements.list.all(articleId).map(toSummary);
  }

  /** One revision without its snapshot. */
  summary(id: number): RevisionSummary | undefined {
    const row = this.statements.summary.get(id);
    return row ? toSummary(row) : undefined;
  }

  get(id: number): Revision | undefined {
    const row = this.statements.get.get(id);
    if (!row?.snapshot_json) return undefined;
    const snapshot = JSON.parse(row.snapshot_json) as Record<string, unknown>;
    if (!('body' in snapshot)) {
      const current = this.statements.currentBody.get(row.article_id);
      if (current) snapshot['body'] = JSON.parse(current.body_json) as unknown;
    }
    return { ...toSummary(row), snapshot: articleSnapshotSchema.parse(snapshot) };
  }
}

function snapshotJson(snapshot: ArticleSnapshot, bodyJson: string | undefined): string {
  if (bodyJson === undefined) return JSON.stringify(snapshot);
  // The body is left out here and spliced in as stored; the other fields are always there,
  // so the JSON ends in "}" after at least one of them.
  const rest = JSON.stringify({ ...snapshot, body: undefined });
  return `${rest.slice(0, -1)},"body":${bodyJson}}`;
}

/** Whether a stored snapshot carries its own body (cheaper than parsing 100 KiB of JSON). */
function hasBody(snapshotJson: string): boolean {
  return snapshotJson.includes('"body":');
}

function toSummary(row: RevisionRow): RevisionSummary {
  return {
    id: row.id,
    articleId: row.article_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    author: row.author,
    reason: row.reason,
    status: row.status,
    name: row.name,
    articleVersion: row.article_version,
  };
}
