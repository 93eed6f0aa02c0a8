import fs from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Wrecks the page header of a closed library's headline index: the file still opens and
 * lists, but `quick_check` fails, as damage found only by the background check would.
 */
export function damageHeadlineIndex(file: string): void {
  const db = new Database(file, { readonly: true });
  const row = db
    .prepare<[string], { rootpage: number }>('SELECT rootpage FROM sqlite_schema WHERE name = ?')
    .get('articles_by_headline');
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  db.close();
  if (!row || row.rootpage <= 1) throw new Error('no headline index to damage');
  const handle = fs.openSync(file, 'r+');
  fs.writeSync(handle, Buffer.alloc(12, 0xff), 0, 12, (row.rootpage - 1) * pageSize);
  fs.closeSync(handle);
}
