import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExportArticle, SiteConfig } from '../../../shared/export/exportTypes';
import type { TypesetEntries } from './typesetMemo';
import type { PreparedArticle, SourceImage } from './prepareArticleFiles';

/** What every render thread is started with. */
export interface RenderWorkerData {
  site: SiteConfig;
  siteHost: string;
}

/** One article to render: public, related headlines linked, publication time settled. */
export interface RenderRequest {
  seq: number;
  article: ExportArticle;
  /**
   * When set, the article's body is this JSON's parse and `article.body` only stands in for
   * it: one string crosses threads instead of a clone of the tree. The thread renders the
   * parse as it is: key order matters only to the input hash, taken by the main thread.
   */
  bodyJson?: string;
  /** The images its figures show, as the library has them (a missing one stays missing). */
  images: Array<[string, SourceImage]>;
  /**
   * Set when typesetting is kept: what the article's last render typeset, as the JSON the
   * library keeps (one string crosses threads, and this thread does not parse it).
   */
  memo?: { knownJson: string | undefined };
  /**
   * Set when the thread writes the article's files itself, under their final names inside
   * the staging folder `root` of a first export into an empty folder, provided they land in
   * `folder` (the folder the main thread gave the article alone): the files' bytes then
   * never cross threads, and the main thread makes no file-system call for the article.
   */
  stage?: { root: string; folder: string };
}

/** A render thread's answer: the article's files, or why it could not be prepared. */
export type RenderReply =
  | {
      seq: number;
      prepared: PreparedArticle;
      typeset?: string;
      /** Set when the thread wrote the files (see `RenderRequest.stage`); `data` is then empty. */
      written?: true;
    }
  | { seq: number; error: { message: string; code?: string } };

/** Articles handed to a thread in one message, and its answers to them in one message. */
export interface RenderBatch {
  requests: RenderRequest[];
}
export interface RenderReplies {
  replies: RenderReply[];
}
/** What a thread posts once, when its modules are loaded and it listens for batches. */
export interface RenderReady {
  ready: true;
}

/**
 * What rendering an article gave; `typeset` when the typesetting to keep changed (from a
 * render thread, already as the JSON the library keeps: one string crosses threads, not a
 * map of them, and this thread does not serialise it).
 */
export type RenderResult =
  { prepared: PreparedArticle; typeset?: TypesetEntries; written?: true } | { error: Error };

/**
 * Render threads for a large export. `render` rejects only when a thread itself failed (it
 * could not load, or it died): the caller then renders that article on its own thread.
 * Requests go out in batches: when a batch is full, or once the caller yields to the event
 * loop (which it does before it waits for an answer).
 */
export interface ExportRenderPool {
  render(request: Omit<RenderRequest, 'seq'>): Promise<RenderResult>;
  /**
   * True once a thread has loaded its modules and listens (a pool that cannot tell leaves
   * it out). Until then an article handed over would only wait in the thread's queue.
   */
  ready?(): boolean;
  close(): Promise<void>;
}

// Articles per message: a message each way per article cost about as much as reading one.
const batchSize = 32;

// The most a render thread's young generation may grow to, in MB (V8's default here is 48).
const youngGenerationMb = 64;

interface Pending {
  resolve: (result: RenderResult) => void;
  reject: (error: Error) => void;
}

// Started from the sources (tsx, vitest) the thread registers tsx's CommonJS hooks itself:
// hooks the parent registered do not reach a worker thread on Node 20.
const sourceBootstrap = `
const { workerData } = require('node:worker_threads');
require(workerData.tsxCjsApi).register();
require(workerData.entry);
`;

/**
 * How to start a render thread: beside this module's source, or the bundled entry that
 * build/buildCli.mjs writes next to the command (this code is then in dist/cli or in
 * dist/cli/chunks). Undefined where there is none (Electron's main bundle): the export then
 * renders on its own thread.
 */
function workerEntry(): { script: string | URL; eval: boolean; tsxCjsApi?: string } | undefined {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const bundled = currentBundledWorker(here);
    if (bundled) return { script: bundled, eval: false };
    try {
      const tsxCjsApi = createRequire(here).resolve('tsx/cjs/api');
      return {
        script: sourceBootstrap,
        eval: true,
        tsxCjsApi,
      };
    } catch {
      return undefined;
    }
  }
  for (const candidate of ['./exportRenderWorker.mjs', '../exportRenderWorker.mjs']) {
    const url = new URL(candidate, here);
    if (url.protocol === 'file:' && fs.existsSync(fileURLToPath(url)))
      return { script: url, eval: false };
  }
  return undefined;
}

/**
 * The bundled render thread `npm run build:cli` wrote (dist/cli), when started from the sources
 * and none of the sources the `export` command's bundle was built from changed since the
 * build started (the check `galley` itself makes: a stat each). A thread then loads one
 * bundled file instead of transpiling and loading each module through tsx, about half of its
 * start-up CPU, the same code the command runs. Undefined when there is no such bundle.
 */
function currentBundledWorker(here: string): URL | undefined {
  try {
    const root = new URL('../../../', here);
    const script = new URL('dist/cli/exportRenderWorker.mjs', root);
    const manifest = JSON.parse(
      fs.readFileSync(fileURLToPath(new URL('dist/cli/sources.json', root)), 'utf8'),
    ) as { startedAt?: unknown; commands?: Record<string, unknown> };
    const sources = manifest.commands?.export;
    if (
      typeof manifest.startedAt !== 'number' ||
      !Array.isArray(sources) ||
      !fs.existsSync(fileURLToPath(script))
    )
      return undefined;
    for (const source of sources) {
      if (typeof source !== 'string') return undefined;
      const stat = fs.statSync(fileURLToPath(new URL(source, root)), { throwIfNoEntry: false });
      if (!stat || stat.mtimeMs > manifest.startedAt) return undefined;
    }
    return script;
  } catch {
    return undefined;
  }
}

/** Starts `size` render threads, or answers undefined when they cannot be started here. */
export function startExportRenderPool(
  data: RenderWorkerData,
  size: number,
): ExportRenderPool | undefined {
  const entry = workerEntry();
  if (!entry || size < 1) return undefined;
  const sourceEntry = fileURLToPath(new URL('./exportRenderWorker.ts', import.meta.url));
  const workers: Array<{ worker: Worker; pending: Map<number, Pending> }> = [];
  let nextSeq = 0;
  let closed = false;
  let anyReady = false;
  const fail = (slot: (typeof workers)[number], error: Error): void => {
    for (const waiting of slot.pending.values()) waiting.reject(error);
    slot.pending.clear();
    const index = workers.indexOf(slot);
    if (index >= 0) workers.splice(index, 1);
  };
  for (let index = 0; index < size; index += 1) {
    const worker = new Worker(entry.script, {
      eval: entry.eval,
      // A render makes a few hundred KB of short-lived objects; room for more of them between
      // collections means fewer scavenges, each copying what is still alive.
      resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
      workerData: {
        ...data,
        ...(entry.tsxCjsApi ? { tsxCjsApi: entry.tsxCjsApi, entry: sourceEntry } : {}),
      },
    });
    const slot = { worker, pending: new Map<number, Pending>() };
    worker.on('message', (message: RenderReplies | RenderReady) => {
      if ('ready' in message) {
        anyReady = true;
        return;
      }
      for (const reply of message.replies) {
        const waiting = slot.pending.get(reply.seq);
        if (!waiting) continue;
        slot.pending.delete(reply.seq);
        if ('error' in reply) {
          const error = new Error(reply.error.message) as Error & { code?: string };
          if (reply.error.code !== undefined) error.code = reply.error.code;
          waiting.resolve({ error });
        } else {
          waiting.resolve({
            prepared: reply.prepared,
            ...(reply.typeset ? { typeset: reply.typeset } : {}),
            ...(reply.written ? { written: true as const } : {}),
          });
        }
      }
    });
    worker.on('error', (error) => fail(slot, error));
    worker.on('exit', (code) => {
      if (!closed) fail(slot, new Error(`an export render thread stopped (${code})`));
    });
    workers.push(slot);
  }
  let outgoing: Array<{ request: RenderRequest; waiting: Pending }> = [];
  let sendScheduled = false;
  const send = (): void => {
    sendScheduled = false;
    const batch = outgoing;
    outgoing = [];
    if (batch.length === 0) return;
    // The thread with the fewest articles in hand takes the batch.
    let slot = workers[0];
    for (const candidate of workers)
      if (slot && candidate.pending.size < slot.pending.size) slot = candidate;
    if (!slot || closed) {
      for (const { waiting } of batch)
        waiting.reject(new Error('no export render thread is running'));
      return;
    }
    for (const { request, waiting } of batch) slot.pending.set(request.seq, waiting);
    slot.worker.postMessage({
      requests: batch.map(({ request }) => request),
    } satisfies RenderBatch);
  };
  return {
    render(request) {
      if (workers.length === 0 || closed)
        return Promise.reject(new Error('no export render thread is running'));
      const seq = (nextSeq += 1);
      return new Promise<RenderResult>((resolve, reject) => {
        outgoing.push({ request: { ...request, seq }, waiting: { resolve, reject } });
        if (outgoing.length >= batchSize) send();
        else if (!sendScheduled) {
          sendScheduled = true;
          setImmediate(send);
        }
      });
    },
    ready: () => anyReady,
    async close() {
      closed = true;
      for (const { waiting } of outgoing.splice(0))
        waiting.reject(new Error('the export render pool was closed'));
      const stopping = workers.splice(0);
      for (const slot of stopping) {
        for (const waiting of slot.pending.values())
          waiting.reject(new Error('the export render pool was closed'));
        slot.pending.clear();
      }
      await Promise.all(stopping.map((slot) => slot.worker.terminate()));
    },
  };
}
