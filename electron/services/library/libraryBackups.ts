import fs from 'node:fs';
import path from 'node:path';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { LibraryError } from './libraryError';
import { nodeNativeBinding, SqliteDriver } from './sqliteDriver';

export interface LibraryBackup {
  path: string;
  createdAt: number;
}

/** Automatic backups are taken at most this often, and this many are kept. */
export const automaticBackupIntervalMs = 24 * 60 * 60 * 1000;
export const automaticBackupsKept = 7;

const backupPattern = /-backup-(\d{8}T\d{6}Z)\.sqlite$/;

/** Backups live beside the library, in `backups/`. */
export function backupsDir(libraryPath: string): string {
  return path.join(path.dirname(libraryPath), 'backups');
}

/** The library's automatic backups, newest first. */
export function listBackups(libraryPath: string): LibraryBackup[] {
  const dir = backupsDir(libraryPath);
  const prefix = `${path.basename(libraryPath, path.extname(libraryPath))}-backup-`;
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && backupPattern.test(name))
    .map((name) => ({
      path: path.join(dir, name),
      createdAt: fs.statSync(path.join(dir, name)).mtimeMs,
    }))
    .sort((a, b) => b.createdAt - a.createdAt);
}

/**
 * A consistent copy through SQLite's online backup, safe while the library is in use.
 * `signal` stops it between steps (quitting must not wait for a 3 GB copy); a stopped or
 * failed copy leaves no partial file behind.
 */
export async function backupLibrary(
  db: SqliteDatabase,
  outPath: string,
  signal?: AbortSignal,
): Promise<string> {
  const target = path.resolve(outPath);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.partial`;
  try {
    await db.backup(temporary, {
      progress: () => {
        if (signal?.aborted) throw new Error('the backup was stopped');
        return 100; // pages per step, better-sqlite3's own default
      },
    });
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  fs.renameSync(temporary, target);
  return target;
}

/** Takes a dated backup when the newest is older than a day; keeps the last few. */
export async function ensureAutomaticBackup(
  db: SqliteDatabase,
  libraryPath: string,
  now = Date.now(),
  signal?: AbortSignal,
): Promise<string | null> {
  const [newest] = listBackups(libraryPath);
  if (newest && now - newest.createdAt < automaticBackupIntervalMs) return null;
  const stamp = new Date(now)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const name = `${path.basename(libraryPath, path.extname(libraryPath))}-backup-${stamp}.sqlite`;
  const written = await backupLibrary(db, path.join(backupsDir(libraryPath), name), signal);
  for (const old of listBackups(libraryPath).slice(automaticBackupsKept))
    fs.rmSync(old.path, { force: true });
  return written;
}

/**
 * Puts a backup in place of a damaged library. The damaged file (and its -wal/-shm) is
 * moved aside, never deleted, so nothing the user had is lost.
 */
export function restoreBackup(
  libraryPath: string,
  backupPath: string,
  now = Date.now(),
): { movedAside: string } {
  const check = new SqliteDriver(backupPath, {
    readonly: true,
    fileMustExist: true,
    ...(nodeNativeBinding ? { nativeBinding: nodeNativeBinding } : {}),
  });
  try {
    const result = check.pragma('quick_check', { simple: true });
    if (result !== 'ok')
      throw new LibraryError(
        'damaged',
        `The backup ${backupPath} is damaged too (${String(result)}).`,
      );
  } finally {
    check.close();
  }
  const stamp = new Date(now)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const movedAside = `${libraryPath}.damaged-${stamp}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(libraryPath + suffix))
      fs.renameSync(libraryPath + suffix, movedAside + suffix);
  }
  fs.copyFileSync(backupPath, libraryPath);
  return { movedAside };
}

/** The sentence that offers the latest backup, for error messages. */
export function describeLatestBackup(libraryPath: string): string {
  const [latest] = listBackups(libraryPath);
  if (!latest) return 'No backup of it was found.';
  return `The latest backup is ${latest.path} (${new Date(latest.createdAt).toISOString()}); restore it with: galley restore --from "${latest.path}" --library "${libraryPath}"`;
}
