import fs from 'node:fs';
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { ArticleStore } from '../library/articleStore';
import { ImageStore } from '../library/imageStore';
import { openDatabase } from '../library/openDatabase';
import { CorrectionStore } from '../publish/correctionStore';
import type {
  TypesettingReply,
  TypesettingRequest,
  TypesettingWorkerData,
} from './autosaveTypesettingThread';
import { typesetToKeep } from './keepArticleTypesetting';
import { toExportArticle } from './toExportArticle';

// The autosave's typesetting thread: 26–95 ms for a 10,000-word article, which on the thread
// that answers the API held up any save that arrived meanwhile. It reads through a read-only
// connection of its own and hands each article's entries back for the main connection to
// write: a second writer would make the main thread's transactions, which read before they
// write, fail on a snapshot this one's commit had made stale. The write lands only on the
// version read here (`writeKeptTypesetting`): a save that overtook it is typeset again after
// the next pause, never left with another version's entries.
const { file, nativeBinding, control } = workerData as TypesettingWorkerData;
const flags = new Int32Array(control);
// flags[0]: 1 once the library is closing; flags[1]: 1 once this thread's connection is closed.

function finish(db?: { close(): void }): void {
  try {
    db?.close();
  } finally {
    Atomics.store(flags, 1, 1);
    Atomics.notify(flags, 1);
    parentPort?.close();
  }
}

function isClosing(): boolean {
  return Atomics.load(flags, 0) === 1;
}

/**
 * On Linux, the lowest CPU priority for this thread (a thread's id works as a pid for
 * setpriority): on a busy machine the thread that answers the API, in the same process and so
 * in the same scheduling group, comes first; with a core to spare this changes nothing.
 */
function yieldToSaves(): void {
  try {
    const threadId = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    if (threadId > 0) os.setPriority(threadId, 19);
  } catch {
    // No per-thread priority here.
  }
}

function start(): void {
  if (isClosing()) return finish();
  yieldToSaves();
  let db;
  try {
    db = openDatabase(file, { nativeBinding, readonly: true });
  } catch {
    // The main thread typesets instead.
    parentPort?.postMessage({ failed: true } satisfies TypesettingReply);
    return finish(db);
  }
  const opened = db;
  const articles = new ArticleStore(opened);
  const stores = { images: new ImageStore(opened), corrections: new CorrectionStore(opened) };
  // One snapshot for the article, its images, corrections and kept typesetting.
  const typeset = opened.transaction((id: string): TypesettingReply | undefined => {
    const row = articles.get(id);
    if (!row) return undefined;
    const article = toExportArticle(stores, row, []);
    const entries = typesetToKeep(opened, article);
    return entries === undefined ? undefined : { id, version: article.version, entries };
  });
  parentPort?.on('message', (message: TypesettingRequest | 'close') => {
    if (message === 'close' || isClosing()) return finish(opened);
    for (const id of message.ids) {
      if (isClosing()) return finish(opened);
      try {
        const reply = typeset(id);
        if (reply) parentPort?.postMessage(reply);
      } catch {
        // left to the export
      }
    }
    parentPort?.postMessage({ done: message.batch } satisfies TypesettingReply);
  });
}

start();
