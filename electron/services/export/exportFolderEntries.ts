import type { Database } from 'better-sqlite3';

/** What a folder's pages show of one exported article, for finding what a change rewrites. */
export interface FolderEntry {
  id: string;
  /** Its folder, `<rubric>/<slug>/`. */
  path: string;
  /** Its publication time on the site (epoch ms): the index's order. */
  published: number;
  /** The match key of its headline: related headlines with this key link to it. */
  linkKey: string;
  /** The match keys of the related headlines its page shows and resolves. */
  relatedKeys: readonly string[];
}

function prepareStatements(db: Database) {
  return {
    clear: db.prepare<[string]>('DELETE FROM export_entries WHERE out_dir = ?'),
    clearLinks: db.prepare<[string]>('DELETE FROM export_links WHERE out_dir = ?'),
    remove: db.prepare<[string, string]>(
      'DELETE FROM export_entries WHERE out_dir = ? AND article_id = ?',
    ),
    removeLinks: db.prepare<[string, string]>(
      'DELETE FROM export_links WHERE out_dir = ? AND article_id = ?',
    ),
    insert: db.prepare<[string, string, string, number, string]>(
      `INSERT INTO export_entries (out_dir, article_id, path, published, link_key)
       VALUES (?, ?, ?, ?, ?)`,
    ),
    insertLink: db.prepare<[string, string, string]>(
      'INSERT OR IGNORE INTO export_links (out_dir, link_key, article_id) VALUES (?, ?, ?)',
    ),
    any: db.prepare<[string], { found: number }>(
      'SELECT 1 AS found FROM export_entries WHERE out_dir = ? LIMIT 1',
    ),
    get: db.prepare<[string, string], { path: string; published: number; link_key: string }>(
      'SELECT path, published, link_key FROM export_entries WHERE out_dir = ? AND article_id = ?',
    ),
    ownerOfPath: db.prepare<[string, string], { id: string }>(
      'SELECT article_id AS id FROM export_entries WHERE out_dir = ? AND path = ?',
    ),
    atPath: db.prepare<[string, string], { id: string; published: number }>(
      'SELECT article_id AS id, published FROM export_entries WHERE out_dir = ? AND path = ?',
    ),
    linkedBy: db.prepare<[string, string], { id: string }>(
      'SELECT article_id AS id FROM export_links WHERE out_dir = ? AND link_key = ?',
    ),
    byKey: db.prepare<[string, string], { id: string; path: string }>(
      `SELECT article_id AS id, path FROM export_entries INDEXED BY export_entries_by_key
       WHERE out_dir = ? AND link_key = ? ORDER BY article_id DESC`,
    ),
    // Newest first, as the index lists them: the entries after (published, id).
    after: db.prepare<[string, number, string, number], { id: string; path: string }>(
      `SELECT article_id AS id, path FROM export_entries INDEXED BY export_entries_by_date
       WHERE out_dir = ? AND (published, article_id) < (?, ?)
       ORDER BY published DESC, article_id DESC LIMIT ?`,
    ),
  };
}

/**
 * The entries of one output folder's last complete export (`export_entries`, `export_links`).
 * They are written with the folder's record and trusted only while it is.
 */
export function exportFolderEntries(db: Database, outDir: string) {
  const s = prepareStatements(db);
  const insert = (entry: FolderEntry): void => {
    s.insert.run(outDir, entry.id, entry.path, entry.published, entry.linkKey);
    for (const key of entry.relatedKeys) s.insertLink.run(outDir, key, entry.id);
  };
  return {
    /** Forgets the folder's entries; the caller holds the transaction. */
    clear(): void {
      s.clear.run(outDir);
      s.clearLinks.run(outDir);
    },
    /** Replaces every entry of the folder; the caller holds the transaction. */
    replaceAll(entries: Iterable<FolderEntry>): void {
      s.clear.run(outDir);
      s.clearLinks.run(outDir);
      for (const entry of entries) insert(entry);
    },
    /** Replaces these articles' entries; the caller holds the transaction. */
    update(entries: readonly FolderEntry[]): void {
      for (const entry of entries) {
        s.remove.run(outDir, entry.id);
        s.removeLinks.run(outDir, entry.id);
      }
      for (const entry of entries) insert(entry);
    },
    /**
     * True when the folder has entries. They are written and cleared only with its record, in
     * one transaction, so a record that counts them finds all of them or, after an export
     * whose pages could not all be placed by date, none: no need to count 100,000 rows.
     */
    any: (): boolean => s.any.get(outDir) !== undefined,
    get(id: string): { path: string; published: number; linkKey: string } | undefined {
      const row = s.get.get(outDir, id);
      return row && { path: row.path, published: row.published, linkKey: row.link_key };
    },
    ownerOfPath: (path: string): string | undefined => s.ownerOfPath.get(outDir, path)?.id,
    /** The article at a folder and its publication time: where the index lists it. */
    atPath: (path: string): { id: string; published: number } | undefined =>
      s.atPath.get(outDir, path),
    /** Articles whose pages show a related headline with this key. */
    linkedBy: (key: string): string[] => s.linkedBy.all(outDir, key).map((row) => row.id),
    /** Articles whose headline has this key, highest id first. */
    byKey: (key: string): Array<{ id: string; path: string }> => s.byKey.all(outDir, key),
    /** The first `limit` articles after (published, id) in the index's order (newest first). */
    after: (published: number, id: string, limit: number): Array<{ id: string; path: string }> =>
      s.after.all(outDir, published, id, limit),
  };
}

export type ExportFolderEntries = ReturnType<typeof exportFolderEntries>;
