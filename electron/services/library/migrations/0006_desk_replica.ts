import type { Migration } from './migration';

/**
 * A workstation's copy of the desk: each article's Yjs document, written in the same
 * transaction as the rows it materialises, so the rows and the document never disagree after
 * a crash. `seq` orders writes across processes (the app, the CLI, a cron `galley sync`);
 * `pushed_seq` is the last write the desk is known to hold, so what is still to go up
 * survives `kill -9` and a restart; `article_version` is the row version the document holds.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'desk_replica',
  sql: `
    CREATE TABLE desk_documents (
      article_id TEXT PRIMARY KEY,
      state BLOB NOT NULL,
      seq INTEGER NOT NULL,
      pushed_seq INTEGER NOT NULL DEFAULT 0,
      article_version INTEGER NOT NULL DEFAULT 0,
      deleted_at INTEGER,
      updated_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX desk_documents_by_seq ON desk_documents (seq);
    CREATE INDEX desk_documents_pending ON desk_documents (seq) WHERE pushed_seq < seq;

    -- What the desk did that a person here should hear about: an article deleted elsewhere
    -- while it was edited here (kept, with the edits), or one deleted here that came back.
    CREATE TABLE desk_notices (
      id INTEGER PRIMARY KEY,
      article_id TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('kept-after-delete', 'restored-after-delete')),
      person TEXT NOT NULL,
      at INTEGER NOT NULL,
      dismissed INTEGER NOT NULL DEFAULT 0 CHECK (dismissed IN (0, 1))
    ) STRICT;
    CREATE INDEX desk_notices_open ON desk_notices (id) WHERE dismissed = 0;
  `,
};
