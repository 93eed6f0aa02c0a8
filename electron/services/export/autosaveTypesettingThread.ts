import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { outsideAsar } from '../library/libraryIntegrity';

/** What the typesetting thread is started with. */
export interface TypesettingWorkerData {
  file: string;
  nativeBinding: string | undefined;
  /** Two flags shared with the thread: closing, and its connection closed. */
  control: SharedArrayBuffer;
  tsxCjsApi?: string;
  entry?: string;
}

/** Articles to typeset, answered with `{ done: batch }` once all are. */
export interface TypesettingRequest {
  batch: number;
  ids: string[];
}

/** An article's entries to keep (as `writeKeptTypesetting` takes them), or how the thread is. */
export type TypesettingReply =
  { id: string; version: number; entries: string } | { failed: true } | { done: number };

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

// Started from the sources (tsx, vitest) the thread registers tsx's CommonJS hooks itself:
// hooks the parent registered do not reach a worker thread on Node 20.
const sourceBootstrap = `
const { workerData } = require('node:worker_threads');
require(workerData.tsxCjsApi).register();
require(workerData.entry);
`;

// How long closing the library waits for the thread to let go of its connection: it finishes
// the article in hand first (under 100 ms), or its start when it is still loading.
const closeWaitMs = 3_000;

/**
 * The thread's script: beside this module's source, or the bundled entry next to the `galley`
 * command (this code is then in dist/cli or dist/cli/chunks) or next to Electron's main bundle
 * (unpacked from the app's archive, which worker threads cannot read).
 */
function workerEntry(): { script: string | URL; eval: boolean; tsxCjsApi?: string } | undefined {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    try {
      return {
        script: sourceBootstrap,
        eval: true,
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
    const script = outsideAsar(fileURLToPath(url));
    if (fs.existsSync(script)) return { script, eval: false };
  }
  return undefined;
}

/** Starts the thread for the library `file`, or answers undefined where it cannot run. */
export function startTypesettingThread(
  file: string,
  nativeBinding: string | undefined,
  keep: (id: string, version: number, entries: string) => void,
): TypesettingThread | undefined {
  const entry = workerEntry();
  if (!entry) return undefined;
  const control = new SharedArrayBuffer(8);
  const flags = new Int32Array(control);
  let worker: Worker;
  try {
    worker = new Worker(entry.script, {
      eval: entry.eval,
      workerData: {
        file,
        nativeBinding,
        control,
        ...(entry.tsxCjsApi
          ? {
              tsxCjsApi: entry.tsxCjsApi,
              entry: fileURLToPath(new URL('./autosaveTypesettingWorker.ts', import.meta.url)),
            }
          : {}),
      } satisfies TypesettingWorkerData,
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
    if ('failed' in reply) stop();
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
        Atomics.wait(flags, 1, 0, closeWaitMs);
      }
      stop();
      void worker.terminate();
    },
  };
}
