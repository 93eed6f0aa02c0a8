import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { LibraryIntegrity } from '../../../shared/api/libraryIntegritySchema';

// Plain JavaScript so it runs the same under tsx and in the bundled Electron main process.
// The connection is read-only: the check cannot change the file it judges.
// On Linux the app's check runs at the lowest CPU priority (a thread's id works as a pid for
// setpriority): reading a 3 GB file for seconds must not slow the first screen, the API or the
// window sharing the cores. Elsewhere there is no /proc/thread-self and it runs as it is. A
// command that waits for the check before it finishes (`galley export`) keeps it at its own.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
try {
  const threadId = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
  if (threadId > 0 && workerData.lowPriority) require('node:os').setPriority(threadId, 19);
} catch {
  // No per-thread priority here.
}
let db;
try {
  const Database = require(workerData.modulePath);
  db = new Database(workerData.file, {
    readonly: true,
    fileMustExist: true,
    ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}),
  });
} catch (error) {
  // Not a verdict on the file: the main connection opened it. The caller checks instead.
  parentPort.postMessage({ ran: false });
}
if (db) {
  let result;
  try {
    result = String(db.pragma('quick_check(1)', { simple: true }));
  } catch (error) {
    result = error && error.message ? error.message : String(error);
  } finally {
    db.close();
  }
  parentPort.postMessage({ ran: true, result });
}
`;

/**
 * `file`'s unpacked copy when it lies inside a packaged Electron app's app.asar: worker threads
 * cannot read the archive (electron/electron#22446), so electron-builder keeps better-sqlite3
 * unpacked beside it (asarUnpack in build/electron-builder.yml) for the worker to load.
 */
export function outsideAsar(
  file: string,
  exists: (file: string) => boolean = fs.existsSync,
): string {
  const unpacked = file.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
  return unpacked !== file && exists(unpacked) ? unpacked : file;
}

/**
 * The same check on a worker thread with its own read-only connection: at 100,000 articles
 * it reads a 3 GB file for several seconds, which must not hold up the window or the API.
 * Resolves with null when the worker itself could not run the check (then the caller checks
 * on its own connection: a check that did not run proves no damage).
 */
export function quickCheckInWorker(
  file: string,
  nativeBinding?: string,
  lowPriority = true,
): Promise<string | null> {
  const modulePath = outsideAsar(createRequire(import.meta.url).resolve('better-sqlite3'));
  return new Promise((resolve) => {
    const worker = new Worker(workerSource, {
      eval: true,
      workerData: { file, modulePath, nativeBinding, lowPriority },
    });
    // Quitting does not wait for the check: it is repeated on the next open.
    worker.unref();
    let settled = false;
    const settle = (result: string | null): void => {
      if (settled) return;
      settled = true;
      resolve(
        result === null || result === 'ok' ? result : result.replace(/\s+/g, ' ').slice(0, 200),
      );
    };
    worker.once('message', (message: { ran: boolean; result?: string }) =>
      settle(message.ran ? String(message.result) : null),
    );
    worker.once('error', () => settle(null));
    worker.once('exit', () => settle(null));
  });
}

/**
 * Where a library's integrity check stands. A library opened with a background check is
 * usable at once; if the check then finds damage, writes are refused from that moment and
 * the window says so, with the backup to restore.
 */
export class IntegrityMonitor {
  private status: LibraryIntegrity;
  /** Resolves once the check has finished (at once when it ran before opening). */
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

  settle(status: LibraryIntegrity): void {
    this.status = status;
    this.resolveSettled(status);
  }
}
