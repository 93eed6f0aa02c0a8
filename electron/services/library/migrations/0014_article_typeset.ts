import type { Migration } from './migration';

/**
 * Typesetting done once per article version rather than on every export: `article_typeset`
 * keeps, per article, what its last export typeset (a digest of each language and text
 * typeset, and the result), under a key of the typographer that made it. An export reads it
 * back and typesets only text it has not seen; text that changed simply misses, and a new
 * typographer (rules, typograf version) misses everything.
 */
export const migration0014: Migration = {
  version: 14,
  name: 'article_typeset',
  sql: `
    CREATE TABLE article_typeset (
      article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
      typographer TEXT NOT NULL,
      entries TEXT NOT NULL
    ) STRICT;
  `,
};
