import Database from 'better-sqlite3';

/** What a library file holds, read with a plain better-sqlite3 connection. */
export interface LibraryFileState {
  integrity: string;
  userVersion: number;
  /** `type name` of every schema object, sorted. */
  schemaObjects: string[];
  articleCount: number;
}

/**
 * Opens the file as SQLite would after a crash (recovering its WAL), runs a full
 * `PRAGMA integrity_check` and reads the schema. Throws when SQLite cannot open it.
 */
export function inspectLibraryFile(file: string): LibraryFileState {
  const db = new Database(file, { fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>)
      .map((row) => row.integrity_check)
      .join('; ');
    const userVersion = Number(db.pragma('user_version', { simple: true }));
    const schemaObjects = (
      db.prepare('SELECT type, name FROM sqlite_master ORDER BY type, name').all() as Array<{
        type: string;
        name: string;
      }>
    ).map((row) => `${row.type} ${row.name}`);
    const hasArticles = schemaObjects.includes('table articles');
    const articleCount = hasArticles
      ? (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
      : 0;
    return { integrity, userVersion, schemaObjects, articleCount };
  } finally {
    db.close();
  }
}
