import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import type { LibraryIntegrity } from '../../../shared/api/libraryIntegritySchema';

/** `PRAGMA quick_check(1)`: "ok", or SQLite's complaint on one line. */
export function quickCheck(db: Database): string {
  let result: unknown;
  try {
    result = db.pragma('quick_check(1)', { simple: true });
  } catch (error) {
    result = error instanceof Error ? error.message : String(error);
  }
  // SQLite reports over several lines; the message is read as one.
  return result === 'ok' ? 'ok' : String(result).replace(/\s+/g, ' ').slice(0, 200);
}

// Plain JavaScript so it runs the same under tsx and in the bundled Electron main process.
// The connection is read-only: the check cannot change the file it judges.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.modulePath);
let result;
try {
  const db = new Database(workerData.file, {
    readonly: true,
    fileMustExist: true,
    ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}),
  });
  try {
    result = db.pragma('quick_check(1)', { simple: true });
  } finally {
    db.close();
  }
} catch (error) {
  result = error && error.message ? error.message : String(error);
}
parentPort.postMessage(String(result));
`;

/**
 * The same check on a worker thread with its own read-only connection: at 100,000 articles
 * it reads a 3 GB file for several seconds, which must not hold up the window or the API.
 */
export function quickCheckInWorker(file: string, nativeBinding?: string): Promise<string> {
  const modulePath = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve) => {
    const worker = new Worker(workerSource, {
      eval: true,
      workerData: { file, modulePath, nativeBinding },
    });
    // Quitting does not wait for the check: it is repeated on the next open.
    worker.unref();
    let settled = false;
    const settle = (result: string): void => {
      if (settled) return;
      settled = true;
      resolve(result === 'ok' ? 'ok' : result.replace(/\s+/g, ' ').slice(0, 200));
    };
    worker.once('message', (message: unknown) => settle(String(message)));
    worker.once('error', (error) => settle(`the check could not run: ${error.message}`));
    worker.once('exit', (code) => settle(`the check stopped early (exit ${code})`));
  });
}

/**
 * Where a library's integrity check stands. A library opened with a background check is
 * usable at once; if the check then finds damage, writes are refused from that moment and
 * the window says so, with the backup to restore.
 */
export class IntegrityMonitor {
  private status: LibraryIntegrity;
  private readonly listeners = new Set<(status: LibraryIntegrity) => void>();
  readonly settled: Promise<LibraryIntegrity>;
  private resolveSettled: (status: LibraryIntegrity) => void = () => undefined;

  constructor(initial: LibraryIntegrity) {
    this.status = initial;
    this.settled = new Promise((resolve) => {
      this.resolveSettled = resolve;
    });
    if (initial.state !== 'checking') this.resolveSettled(initial);
  }

  get current(): LibraryIntegrity {
    return this.status;
  }

  get isDamaged(): boolean {
    return this.status.state === 'damaged';
  }

  settle(status: LibraryIntegrity): void {
    this.status = status;
    this.resolveSettled(status);
    for (const listener of this.listeners) listener(status);
  }

  onChange(listener: (status: LibraryIntegrity) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
