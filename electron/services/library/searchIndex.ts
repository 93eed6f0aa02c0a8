import type { Database, Statement } from 'better-sqlite3';
import { toIndexText } from '../../../shared/search/toIndexText';
import {
  type BlockIndexTexts,
  toIndexTextByBlock,
} from '../../../shared/search/toIndexTextByBlock';

/** Bump when stemming or tokenising changes: the index is rebuilt on the next open. */
export const searchIndexVersion = '1';

export interface SearchableFields {
  headline: string;
  lede: string;
  bodyText: string;
}

/** The library_meta key listing articles whose index row lags their text (JSON array of ids). */
const pendingKey = 'search_index_pending';
const maxPending = 64;

/**
 * The full-text index: Snowball stems of headline, lede and body in FTS5, keyed by a
 * stable integer per article (search_documents). A write either indexes inside its own
 * transaction or, when the writer must answer first (autosave), marks the article pending in
 * that transaction and indexes it right after (`flushPending`). The mark is durable with the
 * text it stands for, so a crash in between is caught up on the next open, and every search
 * catches up first: no search ever reads a lagging row.
 */
export class SearchIndex {
  private readonly statements: {
    findDoc: Statement<[string], { doc_id: number }>;
    insertDoc: Statement<[string]>;
    deleteRow: Statement<[number]>;
    insertRow: Statement<[number, string, string, string]>;
    readMeta: Statement<[string], { value: string }>;
    writeMeta: Statement<[string, string]>;
    deleteMeta: Statement<[string]>;
    searchable: Statement<[string], { headline: string; lede: string; body_text: string }>;
    articlesAfter: Statement<
      [string],
      { id: string; headline: string; lede: string; body_text: string }
    >;
  };

  /** The stems of the last indexed body, block by block: typing re-stems only what changed. */
  private lastBody: { articleId: string; blocks: BlockIndexTexts } | undefined;

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
      deleteMeta: db.prepare('DELETE FROM library_meta WHERE key = ?'),
      searchable: db.prepare('SELECT headline, lede, body_text FROM articles WHERE id = ?'),
      articlesAfter: db.prepare(
        'SELECT id, headline, lede, body_text FROM articles WHERE id > ? ORDER BY id LIMIT 500',
      ),
    };
  }

  /** Indexes (or re-indexes) one article. Call inside the write's transaction. */
  index(articleId: string, fields: SearchableFields): void {
    this.writeRow(articleId, fields);
    const pending = this.pending();
    if (pending.includes(articleId)) this.writePending(pending.filter((id) => id !== articleId));
  }

  /**
   * Marks the article's index row as lagging its text; `flushPending` brings it up to date.
   * Call inside the write's transaction, so the mark is durable exactly when the text is. A
   * loop of saves that never lets the flush run indexes inline past `maxPending` articles.
   */
  indexLater(articleId: string, fields: SearchableFields): void {
    const pending = this.pending();
    if (pending.includes(articleId)) return;
    if (pending.length >= maxPending) this.index(articleId, fields);
    else this.writePending([...pending, articleId]);
  }

  /** Whether some article's index row lags its text. */
  hasPending(): boolean {
    return this.pending().length > 0;
  }

  /**
   * Indexes every pending article from its stored text, in one transaction; returns how many.
   * A read-only connection leaves them to the writer.
   */
  flushPending(): number {
    if (this.db.readonly || !this.hasPending()) return 0;
    return this.db.transaction(() => {
      const pending = this.pending();
      for (const id of pending) {
        const row = this.statements.searchable.get(id);
        if (row)
          this.writeRow(id, { headline: row.headline, lede: row.lede, bodyText: row.body_text });
      }
      this.statements.deleteMeta.run(pendingKey);
      return pending.length;
    })();
  }

  private pending(): string[] {
    const value = this.statements.readMeta.get(pendingKey)?.value;
    return value ? (JSON.parse(value) as string[]) : [];
  }

  private writePending(ids: readonly string[]): void {
    if (ids.length === 0) this.statements.deleteMeta.run(pendingKey);
    else this.statements.writeMeta.run(pendingKey, JSON.stringify(ids));
  }

  private writeRow(articleId: string, fields: SearchableFields): void {
    let docId = this.statements.findDoc.get(articleId)?.doc_id;
    if (docId === undefined) {
      docId = Number(this.statements.insertDoc.run(articleId).lastInsertRowid);
    } else {
      this.statements.deleteRow.run(docId);
    }
    const known = this.lastBody?.articleId === articleId ? this.lastBody.blocks : undefined;
    const body = toIndexTextByBlock(fields.bodyText, known);
    this.statements.insertRow.run(
      docId,
      toIndexText(fields.headline),
      toIndexText(fields.lede),
      body.indexText,
    );
    this.lastBody = { articleId, blocks: body.blocks };
  }

  /** Removes an article's index row; its search_documents row goes with the article. */
  remove(articleId: string): void {
    const docId = this.statements.findDoc.get(articleId)?.doc_id;
    if (docId !== undefined) this.statements.deleteRow.run(docId);
    const pending = this.pending();
    if (pending.includes(articleId)) this.writePending(pending.filter((id) => id !== articleId));
  }

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
          this.writeRow(row.id, {
            headline: row.headline,
            lede: row.lede,
            bodyText: row.body_text,
          });
        }
        const last = rows.at(-1);
        if (!last) break;
        after = last.id;
      }
      this.statements.deleteMeta.run(pendingKey);
      this.statements.writeMeta.run('search_index_version', searchIndexVersion);
    })();
    return true;
  }
}
