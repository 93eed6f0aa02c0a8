import type { Database } from 'better-sqlite3';

/** Settings kept in the library file itself, so the CLI and the app agree on them. */
export interface LibrarySettings {
  /** The site the export targets, e.g. https://news.example. */
  'export.baseUrl'?: string;
  'export.outDir'?: string;
  'export.siteName'?: string;
  /** The port `galley serve` last served this library on, reused so the browser's origin stays. */
  'serve.port'?: string;
  /** The desk this library is joined to (`ws://…`), and the person's token for it. */
  'desk.url'?: string;
  'desk.token'?: string;
  /** When everything this library had was last known to be on the desk (ms). */
  'desk.lastSyncAt'?: string;
  /** The desk's time of the newest document change this library has taken in. */
  'desk.cursor'?: string;
  /**
   * The desk's people and which of them holds this library's token (JSON, `DeskPeopleCache`),
   * as last fetched: assigning and My queue work offline from it.
   */
  'desk.people'?: string;
  /**
   * The name this workstation's person gave in Settings: changes are recorded under it until
   * the desk gives identities (see describeIdentity).
   */
  'person.name'?: string;
}

type Key = keyof LibrarySettings;

export function readLibrarySetting(db: Database, key: Key): string | undefined {
  return statementsOf(db).read.get(key)?.value;
}

export function deleteLibrarySetting(db: Database, key: Key): void {
  statementsOf(db).remove.run(key);
}

export function writeLibrarySetting(db: Database, key: Key, value: string): void {
  statementsOf(db).write.run(key, value);
}

// Prepared once per connection: every save reads two settings to name its actor, and
// preparing the statement cost more than running it.
const statements = new WeakMap<Database, ReturnType<typeof prepareStatements>>();

function statementsOf(db: Database): ReturnType<typeof prepareStatements> {
  let prepared = statements.get(db);
  if (!prepared) {
    prepared = prepareStatements(db);
    statements.set(db, prepared);
  }
  return prepared;
}

function prepareStatements(db: Database) {
  return {
    read: db.prepare<[string], { value: string }>('SELECT value FROM library_meta WHERE key = ?'),
    remove: db.prepare<[string]>('DELETE FROM library_meta WHERE key = ?'),
    write: db.prepare<[string, string]>(
      'INSERT INTO library_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ),
  };
}
