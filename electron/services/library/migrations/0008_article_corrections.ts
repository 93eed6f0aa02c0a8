import type { Migration } from './migration';

/**
 * Corrections on published articles: each note the desk adds when it republishes a changed
 * article, with who made it. Kept apart from the revisions because every one is printed on the
 * public page, oldest first; the index serves that read.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'article_corrections',
  sql: `
    CREATE TABLE article_corrections (
      id INTEGER PRIMARY KEY,
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      at INTEGER NOT NULL,
      text TEXT NOT NULL,
      actor TEXT NOT NULL
    ) STRICT;
    CREATE INDEX article_corrections_by_article ON article_corrections (article_id, at);
  `,
};
