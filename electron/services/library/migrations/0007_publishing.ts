import type { Migration } from './migration';

/**
 * Publishing to websites: the targets (their secrets kept apart, never exported or printed),
 * the durable outbox (one row per article version and target, queued in one transaction,
 * delivered by a worker that survives kill -9), and what each target said about each article.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'publishing',
  sql: `
    CREATE TABLE publish_targets (
      name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 60),
      kind TEXT NOT NULL CHECK (kind IN ('http', 'wordpress', 'folder')),
      config_json TEXT NOT NULL,
      created_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE publish_secrets (
      target TEXT PRIMARY KEY REFERENCES publish_targets (name) ON DELETE CASCADE,
      secret TEXT NOT NULL
    ) STRICT;

    CREATE TABLE publish_outbox (
      id INTEGER PRIMARY KEY,
      target TEXT NOT NULL REFERENCES publish_targets (name) ON DELETE CASCADE,
      article_id TEXT NOT NULL,
      article_version INTEGER NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('publish', 'takedown')),
      state TEXT NOT NULL
        CHECK (state IN ('pending', 'delivering', 'delivered', 'failed', 'canceled', 'blocked')),
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at INTEGER NOT NULL,
      last_error TEXT NOT NULL DEFAULT '',
      idempotency_key TEXT NOT NULL,
      correction_json TEXT,
      remote_url TEXT NOT NULL DEFAULT '',
      queued_by TEXT NOT NULL,
      queued_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX publish_outbox_due ON publish_outbox (state, next_attempt_at)
      WHERE state IN ('pending', 'delivering');
    CREATE INDEX publish_outbox_by_article ON publish_outbox (target, article_id, id);

    CREATE TABLE publish_remote (
      target TEXT NOT NULL REFERENCES publish_targets (name) ON DELETE CASCADE,
      article_id TEXT NOT NULL,
      remote_id TEXT NOT NULL,
      url TEXT NOT NULL,
      delivered_version INTEGER NOT NULL,
      PRIMARY KEY (target, article_id)
    ) STRICT;
  `,
};
