import type { ArticlePatch } from '../../shared/article/articleSchema';

/** Edits not yet acknowledged by the server, kept in this browser profile until they are. */
export interface JournalEntry {
  articleId: string;
  /** The version the edits were made on. */
  baseVersion: number;
  patch: ArticlePatch;
  at: number;
}

const prefix = 'galley:journal:';

/**
 * The entry last read or written, by its stored text: each save merges over the previous entry,
 * and parsing a long body back on every save would cost a keystroke's time.
 */
let remembered: { raw: string; entry: JournalEntry } | null = null;

/**
 * The renderer's local journal. Writes are synchronous (localStorage), so an entry made
 * before a save goes out survives the tab, the server or the machine going down.
 */
export const editJournal = {
  read(articleId: string): JournalEntry | null {
    try {
      const raw = localStorage.getItem(prefix + articleId);
      if (!raw) return null;
      const entry = raw === remembered?.raw ? remembered.entry : (JSON.parse(raw) as JournalEntry);
      remembered = { raw, entry };
      return entry.articleId === articleId && typeof entry.baseVersion === 'number' ? entry : null;
    } catch {
      return null;
    }
  },

  /** Merges `patch` over what is already journaled for the article. */
  write(articleId: string, baseVersion: number, patch: ArticlePatch): void {
    const previous = editJournal.read(articleId);
    const entry: JournalEntry = {
      articleId,
      baseVersion: previous?.baseVersion ?? baseVersion,
      patch: { ...previous?.patch, ...patch },
      at: Date.now(),
    };
    try {
      const raw = JSON.stringify(entry);
      localStorage.setItem(prefix + articleId, raw);
      remembered = { raw, entry };
    } catch {
      // Storage full or disabled: the server copy is still the safe one.
    }
  },

  clear(articleId: string): void {
    localStorage.removeItem(prefix + articleId);
  },
};
