import type { Database } from 'better-sqlite3';
import type { ArticleSummary } from '../../../shared/article/articleSchema';
import type { Assignee } from '../../../shared/desk/deskPerson';
import type { AssignmentEntry, AssignmentNotification } from '../../../shared/desk/queueSchemas';
import { type SummaryRow, summaryColumns, toSummary } from './articleRows';

interface AssigneeRow {
  assignee_id: string | null;
  assignee_name: string | null;
}

interface EntryRow extends AssigneeRow {
  assigned_by: string;
  at: number;
}

/** Queue lists stop here: a person's queue is read, not paged. */
const queueLimit = 500;

/**
 * Who each article is assigned to (on the row, for filters and queues), the history of every
 * change, and the notifications of assignments made to this workstation's person by others.
 * Writes run inside the caller's transaction (the assignment service or replication).
 */
export class AssignmentStore {
  private readonly s: ReturnType<typeof prepare>;

  constructor(db: Database) {
    this.s = prepare(db);
  }

  /** The article's assignee; undefined when there is no such article. */
  current(articleId: string): Assignee | null | undefined {
    const row = this.s.current.get(articleId);
    if (!row) return undefined;
    return toAssignee(row);
  }

  /** The newest change, for writing into the article's document. */
  latest(articleId: string): AssignmentEntry | undefined {
    const row = this.s.latest.get(articleId);
    return row && toEntry(row);
  }

  history(articleId: string): AssignmentEntry[] {
    return this.s.history.all(articleId).map(toEntry);
  }

  /** Sets the assignee and records who did it; nothing when the article already has them. */
  assign(articleId: string, assignee: Assignee | null, by: string, at: number): boolean {
    const current = this.current(articleId);
    if (current === undefined) return false;
    if (current?.id === assignee?.id && current?.name === assignee?.name) return false;
    this.s.update.run(assignee?.id ?? null, assignee?.name ?? null, articleId);
    this.s.record.run(articleId, assignee?.id ?? null, assignee?.name ?? null, by, at);
    return true;
  }

  notify(articleId: string, assigneeName: string, by: string, at: number): void {
    this.s.notify.run(articleId, assigneeName, by, at);
  }

  /** Unseen notifications for this person, oldest first. */
  unseen(assigneeName: string): AssignmentNotification[] {
    return this.s.unseen.all(assigneeName).map((row) => ({
      id: row.id,
      articleId: row.article_id,
      headline: row.headline,
      by: row.assigned_by,
      at: row.at,
    }));
  }

  markSeen(ids: readonly number[], at: number): void {
    for (const id of ids) this.s.markSeen.run(at, id);
  }

  /** Articles assigned to this person, most recently updated first. */
  assignedTo(name: string): ArticleSummary[] {
    return this.s.assignedTo.all(name).map(toSummary);
  }

  /**
   * Articles assigned to this person whose ledger still has open quotations: active annotations
   * with any verdict but "verified" (the gate also counts quotations nobody annotated, which
   * needs the detector on each body; the queue reads the ledger alone).
   */
  openQuotesFor(name: string): { article: ArticleSummary; open: number }[] {
    return this.s.openQuotes
      .all(name)
      .filter((row) => row.open_count > 0)
      .map((row) => ({ article: toSummary(row), open: row.open_count }));
  }
}

function toAssignee(row: AssigneeRow): Assignee | null {
  return row.assignee_id !== null && row.assignee_name !== null
    ? { id: row.assignee_id, name: row.assignee_name }
    : null;
}

function toEntry(row: EntryRow): AssignmentEntry {
  return { assignee: toAssignee(row), by: row.assigned_by, at: row.at };
}

function prepare(db: Database) {
  return {
    current: db.prepare<[string], AssigneeRow>(
      'SELECT assignee_id, assignee_name FROM articles WHERE id = ?',
    ),
    latest: db.prepare<[string], EntryRow>(
      `SELECT assignee_id, assignee_name, assigned_by, at FROM article_assignments
       WHERE article_id = ? ORDER BY id DESC LIMIT 1`,
    ),
    history: db.prepare<[string], EntryRow>(
      `SELECT assignee_id, assignee_name, assigned_by, at FROM article_assignments
       WHERE article_id = ? ORDER BY id DESC`,
    ),
    update: db.prepare<[string | null, string | null, string]>(
      'UPDATE articles SET assignee_id = ?, assignee_name = ? WHERE id = ?',
    ),
    record: db.prepare<[string, string | null, string | null, string, number]>(
      `INSERT INTO article_assignments (article_id, assignee_id, assignee_name, assigned_by, at)
       VALUES (?, ?, ?, ?, ?)`,
    ),
    notify: db.prepare<[string, string, string, number]>(
      `INSERT INTO assignment_notifications (article_id, assignee_name, assigned_by, at)
       VALUES (?, ?, ?, ?)`,
    ),
    unseen: db.prepare<
      [string],
      { id: number; article_id: string; headline: string; assigned_by: string; at: number }
    >(
      `SELECT n.id, n.article_id, a.headline, n.assigned_by, n.at
       FROM assignment_notifications n JOIN articles a ON a.id = n.article_id
       WHERE n.assignee_name = ? AND n.seen_at IS NULL ORDER BY n.id`,
    ),
    markSeen: db.prepare<[number, number]>(
      'UPDATE assignment_notifications SET seen_at = ? WHERE id = ? AND seen_at IS NULL',
    ),
    assignedTo: db.prepare<[string], SummaryRow>(
      `SELECT ${summaryColumns} FROM articles a WHERE a.assignee_name = ?
       ORDER BY a.updated_at DESC, a.id DESC LIMIT ${queueLimit}`,
    ),
    // Driven from the person's articles (their index), each counted on the ledger's own index.
    openQuotes: db.prepare<[string], SummaryRow & { open_count: number }>(
      `SELECT ${summaryColumns},
         (SELECT count(*) FROM quote_annotations q
          WHERE q.article_id = a.id AND q.state = 'active' AND q.verdict <> 'verified') AS open_count
       FROM articles a WHERE a.assignee_name = ?
       ORDER BY a.updated_at DESC, a.id DESC LIMIT ${queueLimit}`,
    ),
  };
}
