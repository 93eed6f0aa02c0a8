import type { Migration } from './migration';

export const migration0001: Migration = {
  version: 1,
  name: 'create_articles',
  sql: `
    CREATE TABLE articles (
      id TEXT PRIMARY KEY,
      headline TEXT NOT NULL DEFAULT '',
      lede TEXT NOT NULL DEFAULT '',
      rubric TEXT NOT NULL DEFAULT '',
      slug TEXT NOT NULL UNIQUE,
      language TEXT NOT NULL CHECK (language IN ('ru', 'en')),
      status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'editing', 'fact-check', 'ready', 'published')),
      body_json TEXT NOT NULL,
      body_text TEXT NOT NULL DEFAULT '',
      related_headlines_json TEXT NOT NULL DEFAULT '[]',
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      published_at INTEGER,
      updated_by TEXT NOT NULL DEFAULT '',
      version INTEGER NOT NULL DEFAULT 1
    ) STRICT;

    CREATE INDEX articles_by_updated_at ON articles (updated_at DESC, id DESC);

    CREATE TABLE article_tags (
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      tag TEXT NOT NULL,
      PRIMARY KEY (article_id, position)
    ) STRICT;

    CREATE TABLE article_bylines (
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      PRIMARY KEY (article_id, position)
    ) STRICT;
  `,
};
