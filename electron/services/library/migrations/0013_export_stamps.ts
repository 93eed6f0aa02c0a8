import type { Migration } from './migration';

/**
 * What lets an export skip work it has done before. `export_stamps` remembers, per article,
 * the stamp of its export inputs (version, publication, related headlines, quote ledger,
 * corrections, site settings) and the input hash those inputs gave: a re-export whose stamp
 * is unchanged finds its manifest entry without reading the body. The covering index lets
 * the export list its articles without reading their (large) rows.
 */
export const migration0013: Migration = {
  // 14 on main once 0011–0013 (comments, hand-offs, …) land; 11 while this branch has 0001–0010.
  version: 13,
  name: 'export_stamps',
  sql: `
    CREATE TABLE export_stamps (
      article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
      stamp TEXT NOT NULL,
      input_hash TEXT NOT NULL
    ) STRICT;

    CREATE INDEX articles_export_listing
      ON articles (id, version, updated_at, created_at, published_at, status, language, slug, rubric, headline);
  `,
};
