import type { Database, Statement } from 'better-sqlite3';
import { toIndexText } from '../../../shared/search/toIndexText';

/** Bump when stemming or tokenising changes: the index is rebuilt on the next open. */
export const searchIndexVersion = '1';

export interface SearchableFields {
  headline: string;
  lede: string;
  bodyText: string;
}

/**
 * The full-text index: Snowball stems of headline, lede and body in FTS5, keyed by a
 * stable integer per article (search_documents), kept in step inside the caller's
 * transaction.
 */
export class SearchIndex {
  private readonly statements: {
    findDoc: Statement<[string], { doc_id: number }>;
    insertDoc: Statement<[string]>;
    deleteRow: Statement<[number]>;
    insertRow: Statement<[number, string, string, string]>;
    readMeta: Statement<[string], { value: string }>;
    writeMeta: Statement<[string, string]>;
    articlesAfter: Statement<
      [string],
      { id: string; headline: string; lede: string; body_text: string }
    >;
  };

  constructor(private readonly db: Database) {
    this.statements = {
      findDoc: db.prepare('SELECT doc_id FROM search_documents WHERE article_id = ?'),
      insertDoc: db.prepare('INSERT INTO search_documents (article_id) VALUES (?)'),
      deleteRow: db.prepare('DELETE FROM articles_fts WHERE rowid = ?'),
      insertRow: db.prepare(
        'INSERT INTO articles_fts (rowid, headline, lede, body) VALUES (?, ?, ?, ?)',
      ),
      readMeta: db.prepare('SELECT value FROM library_meta WHERE key = ?'),
      writeMeta: db.prepare(
        'INSERT INTO library_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ),
      articlesAfter: db.prepare(
        'SELECT id, headline, lede, body_text FROM articles WHERE id > ? ORDER BY id LIMIT 500',
      ),
    };
  }

  /** Indexes (or re-indexes) one article. Call inside the write's transaction. */
  index(articleId: string, fields: SearchableFields): void {
    let docId = this.statements.findDoc.get(articleId)?.doc_id;
    if (docId === undefined) {
      docId = Number(this.statements.insertDoc.run(articleId).lastInsertRowid);
    } else {
      this.statements.deleteRow.run(docId);
    }
    this.statements.insertRow.run(
      docId,
      toIndexText(fields.headline),
      toIndexText(fields.lede),
      toIndexText(fields.bodyText),
    );
  }

  /** Removes an article's index row; its search_documents row goes with the article. */
  remove(articleId: string): void {
    const docId = this.statements.findDoc.get(articleId)?.doc_id;
    if (docId !== undefined) this.statements.deleteRow.run(docId);
  }

  /** Rebuilds everything when the index was made by another stemming version. */
  /** The index was built by another version of the stemming and must be rebuilt. */
  isStale(): boolean {
    return this.statements.readMeta.get('search_index_version')?.value !== searchIndexVersion;
  }

  rebuildIfStale(): boolean {
    if (!this.isStale()) return false;
    this.db.transaction(() => {
      this.db.exec(
        "INSERT INTO articles_fts (articles_fts) VALUES ('delete-all'); DELETE FROM search_documents;",
      );
      // In batches: an open iterator would block the inserts on this connection.
      for (let after = ''; ;) {
        const rows = this.statements.articlesAfter.all(after);
        for (const row of rows) {
          this.index(row.id, { headline: row.headline, lede: row.lede, bodyText: row.body_text });
        }
        const last = rows.at(-1);
        if (!last) break;
        after = last.id;
      }
      this.statements.writeMeta.run('search_index_version', searchIndexVersion);
    })();
    return true;
  }
}
