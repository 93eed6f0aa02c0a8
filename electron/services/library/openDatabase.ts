import type Database from 'better-sqlite3';
import { nodeNativeBinding, SqliteDriver } from './sqliteDriver';
import { LibraryError } from './libraryError';

export interface OpenDatabaseOptions {
  readonly?: boolean;
  /** Path to a better-sqlite3 build for another ABI (Electron's). */
  nativeBinding?: string | undefined;
  /** Refuse, before changing anything in the file, a schema newer than this. */
  maxSchemaVersion?: number;
  /** What the file is, for messages: a library unless said otherwise (the desk's store). */
  what?: string;
}

/** The durability settings every library connection runs with, read back after setting. */
export const durabilitySettings = {
  journal_mode: 'wal',
  synchronous: 2, // FULL: an acknowledged save survives power loss, not only a crash.
  foreign_keys: 1,
  busy_timeout: 5000,
} as const;

/** Opens a SQLite connection with the library's settings, and checks that they took. */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database.Database {
  const what = options.what ?? 'library';
  let db: Database.Database;
  try {
    const nativeBinding = options.nativeBinding ?? nodeNativeBinding;
    db = new SqliteDriver(file, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
  } catch (error) {
    throw new LibraryError('cannot_open', `Cannot open the ${what} ${file}: ${describe(error)}`);
  }
  try {
    if (options.maxSchemaVersion !== undefined) assertSchemaNotNewer(db, options.maxSchemaVersion);
    if (!options.readonly) db.pragma(`journal_mode = ${durabilitySettings.journal_mode}`);
    db.pragma(`synchronous = ${durabilitySettings.synchronous}`);
    db.pragma(`foreign_keys = ${durabilitySettings.foreign_keys}`);
    db.pragma(`busy_timeout = ${durabilitySettings.busy_timeout}`);
    assertDurabilitySettings(db, options.readonly ?? false);
  } catch (error) {
    db.close();
    if (error instanceof LibraryError) throw error;
    if (sqliteCode(error) === 'SQLITE_CORRUPT') {
      throw new LibraryError('damaged', `The ${what} ${file} is damaged: ${describe(error)}.`);
    }
    throw new LibraryError('not_a_library', `${file} is not a Galley ${what}: ${describe(error)}.`);
  }
  return db;
}

/** Throws when a connection's settings drifted from `durabilitySettings`. */
export function assertDurabilitySettings(db: Database.Database, isReadonly = false): void {
  const actual = {
    journal_mode: String(db.pragma('journal_mode', { simple: true })),
    synchronous: Number(db.pragma('synchronous', { simple: true })),
    foreign_keys: Number(db.pragma('foreign_keys', { simple: true })),
    busy_timeout: Number(db.pragma('busy_timeout', { simple: true })),
  };
  for (const [name, expected] of Object.entries(durabilitySettings)) {
    if (isReadonly && name === 'journal_mode') continue;
    const value = actual[name as keyof typeof actual];
    if (value !== expected) {
      throw new LibraryError(
        'cannot_open',
        `SQLite setting ${name} is ${value}, expected ${expected}`,
      );
    }
  }
}

/** A library written by a newer Galley is refused rather than half-understood. */
export function assertSchemaNotNewer(db: Database.Database, maxSchemaVersion: number): void {
  const version = Number(db.pragma('user_version', { simple: true }));
  if (version > maxSchemaVersion) {
    throw new LibraryError(
      'too_new',
      `This library was made by a newer version of Galley (schema ${version}; this version knows up to ${maxSchemaVersion}). Update Galley to open it.`,
    );
  }
}

function sqliteCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
