import type { Database } from 'better-sqlite3';
import type { TypesetRecord, TypesetStore } from './exportSite';

// One per connection: an import asks for it once per article, and preparing costs more than
// a read.
const stores = new WeakMap<Database, TypesetStore>();

/** The typesetting kept in the library (`article_typeset`), as the export engine reads it. */
export function articleTypesetStore(db: Database): TypesetStore {
  let store = stores.get(db);
  if (!store) {
    store = createStore(db);
    stores.set(db, store);
  }
  return store;
}

function createStore(db: Database): TypesetStore {
  const typesetOf = db.prepare<[string, string], { entries: string }>(
    'SELECT entries FROM article_typeset WHERE article_id = ? AND typographer = ?',
  );
  const rememberTypeset = db.prepare<[string, string, string, string]>(
    `INSERT OR REPLACE INTO article_typeset (article_id, typographer, entries)
     SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)`,
  );
  const remember = db.transaction((records: readonly TypesetRecord[]) => {
    for (const record of records) {
      const entries = JSON.stringify([...record.entries]);
      rememberTypeset.run(record.id, record.typographer, entries, record.id);
    }
  });
  return {
    read(id, typographer) {
      const row = typesetOf.get(id, typographer);
      return row ? new Map(JSON.parse(row.entries) as Array<[string, string]>) : undefined;
    },
    remember: (records) => {
      if (records.length > 0) remember(records);
    },
  };
}
