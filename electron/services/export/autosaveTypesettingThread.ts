import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { outsideAsar } from '../library/libraryIntegrity';

/** What the typesetting thread is started with. */
export interface TypesettingWorkerData {
  file: string;
  nativeBinding: string | undefined;
  /** Two flags shared with the thread: closing, and a connection of its own open. */
  control: SharedArrayBuffer;
  /** The thread's script: the bundled entry, or the source with `tsxCjsApi` to load it. */
  entry: string;
  tsxCjsApi?: string;
}

/** Articles to typeset, answered with `{ done: batch }` once all are. */
export interface TypesettingRequest {
  batch: number;
  ids: string[];
}

/** An article's entries to keep (as `writeKeptTypesetting` takes them), or how the thread is. */
export type TypesettingReply =
  | { id: string; version: number; entries: string }
  | { failed: true }
  | { done: number }
  /** The thread's CPU priority once its modules had loaded (null where it cannot be read). */
  | { loaded: number | null };

/**
 * The autosave's typesetting on a worker thread. `typeset` hands each article's entries to
 * `keep` as they come (none when the kept ones stand), and resolves true once the thread has
 * done them all, false when it could not (it failed to start or stopped): the caller then
 * typesets what is left itself.
 */
export interface TypesettingThread {
  typeset(ids: string[]): Promise<boolean>;
  /** Closes the thread's connection before the library's own closes (waits a little for it). */
  close(): void;
}

// Every thread starts from this script, which lowers its CPU priority before it loads anything
// (on Linux; a thread's id works as a pid for setpriority). Loading the thread's modules and its
// first article cost 0.6-0.9 s of CPU; at the priority it was started with, that ran beside the
// saves, the page and the browser in the same scheduling group (Linux groups a session's
// processes), and at load 20+ held up opening a new article in the window for seconds. Started
// from the sources (tsx, vitest) it registers tsx's CommonJS hooks itself: hooks the parent
// registered do not reach a worker thread on Node 20.
const bootstrap = `
const { workerData } = require('node:worker_threads');
try {
  const threadId = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
  if (threadId > 0) require('node:os').setPriority(threadId, 19);
} catch {
  // No per-thread priority here.
}
if (workerData.tsxCjsApi) require(workerData.tsxCjsApi).register();
if (workerData.entry.endsWith('.mjs')) void import(require('node:url').pathToFileURL(workerData.entry).href);
else require(workerData.entry);
`;

// How long closing the library waits for the thread to let go of the connection it typesets a
// batch through: it finishes the article in hand first (under 100 ms of CPU).
const closeWaitMs = 3_000;

/**
 * The thread's script: beside this module's source, or the bundled entry next to the `galley`
 * command (this code is then in dist/cli or dist/cli/chunks) or next to Electron's main bundle
 * (unpacked from the app's archive, which worker threads cannot read).
 */
function workerEntry(): { entry: string; tsxCjsApi?: string } | undefined {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    try {
      return {
        entry: fileURLToPath(new URL('./autosaveTypesettingWorker.ts', here)),
        tsxCjsApi: createRequire(here).resolve('tsx/cjs/api'),
      };
    } catch {
      return undefined;
    }
  }
  for (const candidate of [
    './autosaveTypesettingWorker.mjs',
    '../autosaveTypesettingWorker.mjs',
    './autosaveTypesettingWorker.cjs',
  ]) {
    const url = new URL(candidate, here);
    if (url.protocol !== 'file:') continue;
    const entry = outsideAsar(fileURLToPath(url));
    if (fs.existsSync(entry)) return { entry };
  }
  return undefined;
}

/** Starts the thread for the library `file`, or answers undefined where it cannot run. */
export function startTypesettingThread(
  file: string,
  nativeBinding: string | undefined,
  keep: (id: string, version: number, entries: string) => void,
  onLoaded?: (priority: number | null) => void,
): TypesettingThread | undefined {
  const script = workerEntry();
  if (!script) return undefined;
  const control = new SharedArrayBuffer(8);
  const flags = new Int32Array(control);
  let worker: Worker;
  try {
    worker = new Worker(bootstrap, {
      eval: true,
      workerData: { file, nativeBinding, control, ...script } satisfies TypesettingWorkerData,
    });
  } catch {
    return undefined;
  }
  // Quitting does not wait for it: what it had not written the export typesets.
  worker.unref();
  let running = true;
  let nextBatch = 0;
  const waiting = new Map<number, (done: boolean) => void>();
  const stop = (): void => {
    running = false;
    for (const resolve of waiting.values()) resolve(false);
    waiting.clear();
  };
  worker.on('message', (reply: TypesettingReply) => {
    if ('loaded' in reply) onLoaded?.(reply.loaded);
    else if ('failed' in reply) stop();
    else if ('entries' in reply) keep(reply.id, reply.version, reply.entries);
    else if ('done' in reply) {
      waiting.get(reply.done)?.(true);
      waiting.delete(reply.done);
    }
  });
  worker.on('error', stop);
  worker.on('exit', stop);
  return {
    typeset(ids) {
      if (!running) return Promise.resolve(false);
      const batch = (nextBatch += 1);
      return new Promise<boolean>((resolve) => {
        waiting.set(batch, resolve);
        worker.postMessage({ batch, ids } satisfies TypesettingRequest);
      });
    },
    close() {
      Atomics.store(flags, 0, 1);
      if (running) {
        worker.postMessage('close');
        // Only while the thread has a connection open, typesetting a batch: an idle thread, or
        // one still loading, has none.
        Atomics.wait(flags, 1, 1, closeWaitMs);
      }
      stop();
      void worker.terminate();
    },
  };
}
