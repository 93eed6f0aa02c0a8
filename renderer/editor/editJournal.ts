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
 * The renderer's local journal. Writes are synchronous (localStorage), so an entry made
 * before a save goes out survives the tab, the server or the machine going down.
 */
export const editJournal = {
  read(articleId: string): JournalEntry | null {
    try {
      const raw = localStorage.getItem(prefix + articleId);
      if (!raw) return null;
      const entry = JSON.parse(raw) as JournalEntry;
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
      localStorage.setItem(prefix + articleId, JSON.stringify(entry));
    } catch {
      // Storage full or disabled: the server copy is still the safe one.
    }
  },

  clear(articleId: string): void {
    localStorage.removeItem(prefix + articleId);
  },
};
