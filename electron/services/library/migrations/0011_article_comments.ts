import type { Migration } from './migration';

/**
 * Comment threads on articles, one row per comment or reply (a thread's first comment has the
 * thread's id), mirrored with the `comments` map of the article's desk document. The thread's
 * anchor is a mark in the body; `orphaned` is derived from the body on every save, like a
 * quote annotation's state. `mentions` is a JSON array of names, searched with json_each.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'article_comments',
  sql: `
    CREATE TABLE article_comments (
      id TEXT PRIMARY KEY,
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      thread_id TEXT NOT NULL,
      author TEXT NOT NULL,
      body TEXT NOT NULL,
      mentions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(mentions)),
      quoted_text TEXT NOT NULL DEFAULT '',
      quote_id TEXT,
      start_offset INTEGER NOT NULL DEFAULT 0,
      end_offset INTEGER NOT NULL DEFAULT 0,
      resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
      resolved_by TEXT NOT NULL DEFAULT '',
      resolved_at INTEGER,
      orphaned INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1)),
      created_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX article_comments_by_article ON article_comments (article_id, thread_id, created_at);
  `,
};
