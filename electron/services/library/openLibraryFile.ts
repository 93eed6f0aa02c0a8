import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { newApplicationId, setAsideForeignWal } from './setAsideForeignWal';
import { describeLatestBackup } from './libraryBackups';
import { LibraryError } from './libraryError';
import { migrateDatabase } from './migrateDatabase';
import { quickCheck } from './quickCheck';
import { latestSchemaVersion } from './migrations/migrationRegistry';
import { openDatabase } from './openDatabase';

export interface OpenLibraryFileOptions {
  nativeBinding?: string | undefined;
  /** See OpenLibraryOptions: `background` leaves the check to the caller when it may. */
  integrityCheck?: 'before-open' | 'background' | 'alongside';
}

/** A library's connection, checked (unless left to the background) and migrated. */
export interface LibraryFile {
  db: Database;
  /** The file did not exist: it was created, and holds no articles yet. */
  isNew: boolean;
  /** The integrity check is left to the caller, to run in the background. */
  inBackground: boolean;
  startedAt: number;
  schemaVersion: number;
}

export function damagedMessage(file: string, detail: string): string {
  return `The library ${file} is damaged (${detail}).`;
}

/** A quick structural check on open: damage is reported, never silently "repaired". */
export function assertIntact(db: Database, file: string): void {
  const result = quickCheck(db);
  if (result !== 'ok') throw new LibraryError('damaged', damagedMessage(file, result));
}

export function withBackupOffer(error: unknown, file: string): unknown {
  if (
    error instanceof LibraryError &&
    (error.code === 'damaged' || error.code === 'not_a_library')
  ) {
    return new LibraryError(error.code, `${error.message} ${describeLatestBackup(file)}`);
  }
  return error;
}

/**
 * The first half of opening a library, with nothing of the article model: the file opened
 * (a foreign `-wal` set aside), checked and migrated. openLibrary builds the repositories on
 * it; a command that only reads rows (`galley list`) stops here and loads no more.
 */
export function openLibraryFile(file: string, options: OpenLibraryFileOptions = {}): LibraryFile {
  const isNew = !fs.existsSync(file);
  if (isNew) fs.mkdirSync(path.dirname(file), { recursive: true });
  let db: Database;
  try {
    setAsideForeignWal(file, options.nativeBinding);
    db = openDatabase(file, {
      nativeBinding: options.nativeBinding,
      maxSchemaVersion: latestSchemaVersion,
    });
  } catch (error) {
    throw withBackupOffer(error, file);
  }
  try {
    const inBackground =
      (options.integrityCheck === 'background' || options.integrityCheck === 'alongside') &&
      !isNew &&
      Number(db.pragma('user_version', { simple: true })) === latestSchemaVersion;
    const startedAt = Date.now();
    if (!inBackground) assertIntact(db, file);
    if (Number(db.pragma('application_id', { simple: true })) === 0) {
      db.pragma(`application_id = ${newApplicationId()}`);
    }
    const schemaVersion = migrateDatabase(db);
    return { db, isNew, inBackground, startedAt, schemaVersion };
  } catch (error) {
    db.close();
    throw withBackupOffer(error, file);
  }
}
