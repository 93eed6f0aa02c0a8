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

// The status is read out of the snapshot, which every revision keeps whole.
const summaryColumns =
  "id, article_id, created_at, updated_at, author, reason, json_extract(snapshot_json, '$.status') AS status, name, article_version";

/**
 * Snapshots of an article over time. Every autosave lands in a revision, but saves by the
 * same author within `autosaveCoalesceMs` refresh the same one, so history keeps a point
 * every few minutes of typing rather than one per keystroke.
 */
export class RevisionStore {
  private readonly statements: {
    latest: Statement<[string], RevisionRow>;
    insert: Statement<[string, number, number, string, string, string, number, string]>;
    refresh: Statement<[number, number, string, number]>;
    list: Statement<[string], RevisionRow>;
    get: Statement<[number], RevisionRow>;
    summary: Statement<[number], RevisionRow>;
  };

  constructor(db: Database) {
    this.statements = {
      latest: db.prepare(
        `SELECT ${summaryColumns} FROM article_revisions WHERE article_id = ? ORDER BY id DESC LIMIT 1`,
      ),
      insert: db.prepare(
        `INSERT INTO article_revisions
           (article_id, created_at, updated_at, author, reason, name, article_version, snapshot_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      refresh: db.prepare(
        'UPDATE article_revisions SET updated_at = ?, article_version = ?, snapshot_json = ? WHERE id = ?',
      ),
      list: db.prepare(
        `SELECT ${summaryColumns} FROM article_revisions WHERE article_id = ? ORDER BY id DESC`,
      ),
      get: db.prepare(
        `SELECT ${summaryColumns}, snapshot_json FROM article_revisions WHERE id = ?`,
      ),
      summary: db.prepare(`SELECT ${summaryColumns} FROM article_revisions WHERE id = ?`),
    };
  }

  /** Keeps a snapshot. Call inside the write's transaction. */
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
  ): number {
    const json = snapshotJson(snapshot, meta.bodyJson);
    if (meta.reason === 'autosave') {
      const latest = this.statements.latest.get(articleId);
      if (
        latest?.reason === 'autosave' &&
        latest.author === meta.author &&
        meta.at - latest.created_at < autosaveCoalesceMs
      ) {
        this.statements.refresh.run(meta.at, meta.articleVersion, json, latest.id);
        return latest.id;
      }
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
    return {
      ...toSummary(row),
      snapshot: articleSnapshotSchema.parse(JSON.parse(row.snapshot_json)),
    };
  }
}

function snapshotJson(snapshot: ArticleSnapshot, bodyJson: string | undefined): string {
  if (bodyJson === undefined) return JSON.stringify(snapshot);
  // The body is left out here and spliced in as stored; the other fields are always there,
  // so the JSON ends in "}" after at least one of them.
  const rest = JSON.stringify({ ...snapshot, body: undefined });
  return `${rest.slice(0, -1)},"body":${bodyJson}}`;
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
