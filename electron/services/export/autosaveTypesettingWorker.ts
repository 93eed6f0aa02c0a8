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
// flags[0]: 1 once the library is closing; flags[1]: 1 while this thread has a connection open.

function isClosing(): boolean {
  return Atomics.load(flags, 0) === 1;
}

function release(): void {
  Atomics.store(flags, 1, 0);
  Atomics.notify(flags, 1);
}

/** This thread's CPU priority (the bootstrap lowered it before this module loaded). */
function priority(): number | null {
  try {
    return os.getPriority(Number(fs.readlinkSync('/proc/thread-self').split('/').pop()));
  } catch {
    return null;
  }
}

/**
 * Typesets one batch through a connection opened for it alone (a few milliseconds): a thread that
 * waits for the next pause holds none, so closing the library need not wait for it, which at
 * the lowest priority on a busy machine took the thread seconds to get to. False when the
 * library cannot be opened here.
 */
function typesetBatch(ids: readonly string[]): boolean {
  // Marked before the closing flag is read: closing either sees the mark and waits, or this
  // sees the flag.
  Atomics.store(flags, 1, 1);
  if (isClosing()) {
    release();
    return true;
  }
  let db;
  try {
    db = openDatabase(file, { nativeBinding, readonly: true });
  } catch {
    release();
    return false;
  }
  const opened = db;
  try {
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
    for (const id of ids) {
      if (isClosing()) break;
      try {
        const reply = typeset(id);
        if (reply) parentPort?.postMessage(reply);
      } catch {
        // left to the export
      }
    }
  } finally {
    opened.close();
    release();
  }
  return true;
}

parentPort?.postMessage({ loaded: priority() } satisfies TypesettingReply);
parentPort?.on('message', (message: TypesettingRequest | 'close') => {
  if (message === 'close' || isClosing()) return parentPort?.close();
  if (typesetBatch(message.ids)) {
    parentPort?.postMessage({ done: message.batch } satisfies TypesettingReply);
    return;
  }
  // The main thread typesets instead.
  parentPort?.postMessage({ failed: true } satisfies TypesettingReply);
  parentPort?.close();
});
