import type { Migration } from './migration';

/**
 * What lets a re-export after a few changes patch the folder instead of redoing it. Per output
 * folder, `export_entries` holds each exported article's folder, publication time (the index's
 * order) and the match key of its headline (what related headlines on other pages link by),
 * and `export_links` the match keys of the related headlines each exported page shows: the
 * pages a renamed or moved article must rewrite are found by key, without reading every page.
 * Both are written with the folder's `export_folders` record and only vouch for it.
 */
export const migration0016: Migration = {
  version: 16,
  name: 'export_entries',
  sql: `
    CREATE TABLE export_entries (
      out_dir TEXT NOT NULL,
      article_id TEXT NOT NULL,
      path TEXT NOT NULL,
      published INTEGER NOT NULL,
      link_key TEXT NOT NULL,
      PRIMARY KEY (out_dir, article_id)
    ) STRICT, WITHOUT ROWID;
    CREATE UNIQUE INDEX export_entries_by_path ON export_entries (out_dir, path);
    CREATE INDEX export_entries_by_key ON export_entries (out_dir, link_key, article_id);
    CREATE INDEX export_entries_by_date ON export_entries (out_dir, published, article_id);

    CREATE TABLE export_links (
      out_dir TEXT NOT NULL,
      link_key TEXT NOT NULL,
      article_id TEXT NOT NULL,
      PRIMARY KEY (out_dir, link_key, article_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX export_links_by_article ON export_links (out_dir, article_id);
  `,
};
