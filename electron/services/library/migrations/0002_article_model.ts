import type { Migration } from './migration';

/**
 * The full article model: reusable rubric and tag lists, editable slugs, related articles
 * linked by id (so renames follow), revisions, and the full-text index's bookkeeping.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'article_model',
  sql: `
    ALTER TABLE articles ADD COLUMN is_slug_custom INTEGER NOT NULL DEFAULT 0
      CHECK (is_slug_custom IN (0, 1));

    CREATE TABLE rubrics (
      name TEXT PRIMARY KEY,
      created_at INTEGER NOT NULL
    ) STRICT;
    INSERT OR IGNORE INTO rubrics (name, created_at)
      SELECT rubric, min(created_at) FROM articles WHERE rubric <> '' GROUP BY rubric;

    CREATE TABLE tags (
      name TEXT PRIMARY KEY,
      created_at INTEGER NOT NULL
    ) STRICT;
    INSERT OR IGNORE INTO tags (name, created_at)
      SELECT t.tag, min(a.created_at) FROM article_tags t JOIN articles a ON a.id = t.article_id
      GROUP BY t.tag;

    CREATE TABLE article_related (
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      related_id TEXT REFERENCES articles (id) ON DELETE SET NULL,
      headline TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (article_id, position)
    ) STRICT;
    INSERT INTO article_related (article_id, position, headline)
      SELECT a.id, j.key, j.value FROM articles a, json_each(a.related_headlines_json) j;
    ALTER TABLE articles DROP COLUMN related_headlines_json;

    CREATE TABLE article_revisions (
      id INTEGER PRIMARY KEY,
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      author TEXT NOT NULL,
      reason TEXT NOT NULL
        CHECK (reason IN ('created', 'autosave', 'status', 'before-restore', 'restore', 'named', 'import')),
      name TEXT NOT NULL DEFAULT '',
      article_version INTEGER NOT NULL,
      snapshot_json TEXT NOT NULL
    ) STRICT;

    CREATE TABLE search_documents (
      doc_id INTEGER PRIMARY KEY,
      article_id TEXT NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE
    ) STRICT;

    -- Stems, not words: Snowball stemming happens in JS (shared/search) before indexing and
    -- querying. Contentless, since snippets are cut from the article's own text.
    CREATE VIRTUAL TABLE articles_fts USING fts5 (
      headline, lede, body,
      content = '',
      contentless_delete = 1,
      tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'",
      prefix = '2 3'
    );

    CREATE TABLE library_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE INDEX article_revisions_by_article ON article_revisions (article_id, id DESC);
    CREATE INDEX article_related_by_target ON article_related (related_id) WHERE related_id IS NOT NULL;
    CREATE INDEX article_tags_by_tag ON article_tags (tag, article_id);
    CREATE INDEX article_bylines_by_name ON article_bylines (name, article_id);
    CREATE INDEX articles_by_status ON articles (status, updated_at DESC, id DESC);
    CREATE INDEX articles_by_rubric ON articles (rubric, updated_at DESC, id DESC);
    CREATE INDEX articles_by_language ON articles (language, updated_at DESC, id DESC);
    CREATE INDEX articles_by_created_at ON articles (created_at DESC, id DESC);
    CREATE INDEX articles_by_headline ON articles (headline COLLATE NOCASE, id);
  `,
};
