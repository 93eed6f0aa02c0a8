import type { Database } from 'better-sqlite3';
import type { ExportArticle } from '../../../shared/export/exportTypes';
import { withoutFsync } from '../library/withoutFsync';
import { startTypesettingThread, type TypesettingThread } from './autosaveTypesettingThread';
import { keepArticleTypesetting, writeKeptTypesetting } from './keepArticleTypesetting';

// Typing saves every second or so: the articles are typeset once the saves pause, not after
// each one, so a save never waits behind the typesetting of the one before.
const settleMs = 1_500;
// Saves in bulk (a script over the archive) are left to the export rather than queued.
const maxPending = 256;
// Typesetting yields to the API between articles once this long has gone by.
const sliceMs = 8;

/** Where the typesetting thread opens the library, when it is to have one. */
export interface TypesettingThreadOptions {
  file: string;
  nativeBinding: string | undefined;
}

/**
 * The autosave's follow-up for the export: once saves pause, each article whose text was
 * saved is typeset as the export will want it, only the texts its kept entries do not hold (a
 * changed paragraph, a new headline), so the next export finds its typesetting kept.
 * With `thread`, that happens on a worker thread with its own connection (started at the first
 * pause), so a save arriving meanwhile does not wait for it; where no thread can run, on this
 * one, an article at a time. Anything that goes wrong (the library closed or read-only) is
 * left to the export, which typesets what it does not find.
 */
export class AutosaveTypesetting {
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private worker: TypesettingThread | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly read: (id: string) => ExportArticle | undefined,
    private thread?: TypesettingThreadOptions,
  ) {}

  saved(id: string): void {
    if (this.closed || (this.pending.size >= maxPending && !this.pending.has(id))) return;
    this.pending.add(id);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), settleMs);
    this.timer.unref();
  }

  /** Typesets what is pending; resolves when it is done. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const previous = this.running ?? Promise.resolve();
    const run = previous.then(() => this.typesetPending());
    this.running = run;
    void run.finally(() => {
      if (this.running === run) this.running = undefined;
    });
    return run;
  }

  /** Resolves once the typesetting under way, if any, is done (not one still to come). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async typesetPending(): Promise<void> {
    if (this.closed || this.pending.size === 0 || !this.db.open) return;
    if (this.thread && !this.worker)
      this.worker = startTypesettingThread(
        this.thread.file,
        this.thread.nativeBinding,
        (id, version, entries) => this.keep(id, version, entries),
      );
    if (this.worker) {
      const ids = [...this.pending];
      this.pending.clear();
      if (await this.worker.typeset(ids)) return;
      // The thread is gone: this one takes what it left (and what came since).
      this.worker = undefined;
      this.thread = undefined;
      for (const id of ids) this.pending.add(id);
    }
    await this.typesetHere();
  }

  /** Writes what the thread typeset, when its version is still the stored one. */
  private keep(id: string, version: number, entries: string): void {
    if (this.closed || !this.db.open) return;
    try {
      withoutFsync(this.db, () => writeKeptTypesetting(this.db, id, version, entries));
    } catch {
      // left to the export
    }
  }

  /** Typesets what is pending on this thread, a slice at a time. */
  private async typesetHere(): Promise<void> {
    let sliceStart = performance.now();
    for (const id of this.pending) {
      if (performance.now() - sliceStart > sliceMs) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
      // A save since the pause typesets it again after the next one.
      if (this.timer !== undefined || this.closed || !this.db.open) return;
      this.pending.delete(id);
      try {
        const article = this.read(id);
        // Kept typesetting is a cache the export rebuilds: its commit need not wait for the
        // disk on the thread a save may be arriving at (the next save's fsync takes it along).
        if (article) withoutFsync(this.db, () => keepArticleTypesetting(this.db, article));
      } catch {
        // left to the export
      }
    }
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    this.worker?.close();
    this.worker = undefined;
  }
}
