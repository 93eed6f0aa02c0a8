import type { Database } from 'better-sqlite3';
import type { ExportArticle } from '../../../shared/export/exportTypes';
import { withoutFsync } from '../library/withoutFsync';
import { keepArticleTypesetting } from './keepArticleTypesetting';

// Typing saves every second or so: the articles are typeset once the saves pause, not after
// each one, so a save never waits behind the typesetting of the one before.
const settleMs = 1_500;
// Saves in bulk (a script over the archive) are left to the export rather than queued.
const maxPending = 256;
// Typesetting yields to the API between articles once this long has gone by.
const sliceMs = 8;

/**
 * The autosave's follow-up for the export: once saves pause, each article whose text was
 * saved is typeset as the export will want it, only the texts its kept entries do not hold (a
 * changed paragraph, a new headline), so the next export finds its typesetting kept.
 * Anything that goes wrong (the library closed or read-only) is left to the export, which
 * typesets what it does not find.
 */
export class AutosaveTypesetting {
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly db: Database,
    private readonly read: (id: string) => ExportArticle | undefined,
  ) {}

  saved(id: string): void {
    if (this.closed || (this.pending.size >= maxPending && !this.pending.has(id))) return;
    this.pending.add(id);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), settleMs);
    this.timer.unref();
  }

  /** Typesets what is pending, a slice at a time; resolves when nothing is left. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
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
    this.pending.clear();
  }
}
