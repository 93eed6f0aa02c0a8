import fs from 'node:fs';
import { nodeNativeBinding, SqliteDriver } from './sqliteDriver';

const applicationIdOffset = 68;

/** The library's own id, read from the file's header bytes (not through SQLite, which would replay the WAL). */
function headerApplicationId(file: string): number {
  const header = Buffer.alloc(100);
  const handle = fs.openSync(file, 'r');
  try {
    if (fs.readSync(handle, header, 0, 100, 0) < 100) return 0;
  } finally {
    fs.closeSync(handle);
  }
  return header.readInt32BE(applicationIdOffset);
}

/**
 * SQLite cannot tell a `-wal` that belongs to another database: opened read-write it would
 * replay that file over the library and, on close, make it permanent. Every library carries
 * a random application id in its header; when the WAL's view of it differs from the file's,
 * the WAL (and its `-shm`) is moved aside, never deleted, before the library is opened.
 * Returns where it went, or null when the WAL is the library's own (or there is none).
 */
export function setAsideForeignWal(
  file: string,
  nativeBinding?: string,
  now = Date.now(),
): string | null {
  const wal = `${file}-wal`;
  if (!fs.existsSync(file) || (fs.statSync(wal, { throwIfNoEntry: false })?.size ?? 0) === 0)
    return null;
  const ownId = headerApplicationId(file);
  if (ownId === 0) return null; // a library from before ids: nothing to compare
  let walId: number;
  const binding = nativeBinding ?? nodeNativeBinding;
  const reader = new SqliteDriver(file, {
    readonly: true,
    fileMustExist: true,
    ...(binding ? { nativeBinding: binding } : {}),
  });
  try {
    walId = Number(reader.pragma('application_id', { simple: true }));
  } catch {
    return null; // unreadable: the integrity check on open reports it
  } finally {
    reader.close();
  }
  if (walId === ownId) return null;
  const stamp = new Date(now)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const aside = `${wal}.foreign-${stamp}`;
  fs.renameSync(wal, aside);
  if (fs.existsSync(`${file}-shm`)) fs.renameSync(`${file}-shm`, `${file}-shm.foreign-${stamp}`);
  return aside;
}

/**
 * A random non-zero 31-bit id for a new library's header. Web Crypto's global loads Node's
 * crypto module on first use, so opening a library that has its id (every `galley list`)
 * never loads it.
 */
export function newApplicationId(): number {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
  return 1 + (value % (2 ** 31 - 2));
}
