import type { Migration } from './migration';

// One trigger body per table: the article a row belongs to gets the next change number.
function logChange(table: string, event: 'INSERT' | 'UPDATE' | 'DELETE', articleId: string) {
  return `
    CREATE TRIGGER export_changes_${table}_${event.toLowerCase()} AFTER ${event} ON ${table}
    BEGIN
      INSERT INTO export_changes (article_id, seq)
        VALUES (${articleId}, (SELECT coalesce(max(seq), 0) + 1 FROM export_changes))
        ON CONFLICT (article_id) DO UPDATE SET seq = excluded.seq;
    END;`;
}

// Every table an exported page or the publish gate reads, keyed by its article.
const perArticle: ReadonlyArray<[table: string, column: string]> = [
  ['articles', 'id'],
  ['article_tags', 'article_id'],
  ['article_bylines', 'article_id'],
  ['article_related', 'article_id'],
  ['quote_annotations', 'article_id'],
  ['article_corrections', 'article_id'],
  ['publish_overrides', 'article_id'],
];

/**
 * What lets a re-export of an unchanged library answer without looking at its articles.
 * `export_changes` gives every article the number of the library's latest change to anything
 * its page or its publish gate reads (its row, tags, bylines, related links, quote ledger,
 * corrections, overrides), kept by triggers so that no writer (the app, the CLI, a desk merge,
 * a hand edit with sqlite3) can change a page behind the export's back; images, which are not
 * one article's, count under the empty id. `export_folders` remembers, per output folder, the
 * change number and the options of the last complete export to it and the state of the files
 * it left, so the next export with the same options can see that there is nothing to do.
 */
export const migration0015: Migration = {
  version: 15,
  name: 'export_changes',
  sql: `
    CREATE TABLE export_changes (
      article_id TEXT PRIMARY KEY,
      seq INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX export_changes_by_seq ON export_changes (seq);

    CREATE TABLE export_folders (
      out_dir TEXT PRIMARY KEY,
      state_json TEXT NOT NULL
    ) STRICT;
    ${perArticle
      .flatMap(([table, column]) => [
        logChange(table, 'INSERT', `NEW.${column}`),
        logChange(table, 'UPDATE', `NEW.${column}`),
        logChange(table, 'DELETE', `OLD.${column}`),
      ])
      .join('\n')}
    ${(['INSERT', 'UPDATE', 'DELETE'] as const).map((event) => logChange('images', event, "''")).join('\n')}
  `,
};
