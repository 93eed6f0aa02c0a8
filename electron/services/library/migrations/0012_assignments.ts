import type { Migration } from './migration';

/**
 * Hand-offs: who an article is assigned to (a person of the desk by id and name, or nobody),
 * kept on the row for the library's filters and My queue, with every change in a history; and
 * the notifications of an assignment to this workstation's person made by someone else, kept
 * until seen, so one that arrived while the app was closed is waiting on the next start.
 */
export const migration0012: Migration = {
  version: 12,
  name: 'assignments',
  sql: `
    ALTER TABLE articles ADD COLUMN assignee_id TEXT;
    ALTER TABLE articles ADD COLUMN assignee_name TEXT;
    CREATE INDEX articles_by_assignee ON articles (assignee_name, updated_at DESC, id DESC);

    CREATE TABLE article_assignments (
      id INTEGER PRIMARY KEY,
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      assignee_id TEXT,
      assignee_name TEXT,
      assigned_by TEXT NOT NULL,
      at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX article_assignments_by_article ON article_assignments (article_id, id);

    CREATE TABLE assignment_notifications (
      id INTEGER PRIMARY KEY,
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      assignee_name TEXT NOT NULL,
      assigned_by TEXT NOT NULL,
      at INTEGER NOT NULL,
      seen_at INTEGER
    ) STRICT;
    CREATE INDEX assignment_notifications_unseen
      ON assignment_notifications (assignee_name, id) WHERE seen_at IS NULL;
  `,
};
