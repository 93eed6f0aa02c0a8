import type { Migration } from './migration';

/**
 * The desk dictionary: words the spell checker should accept (names, places, the desk's own
 * terms), added by people from the editor. Kept in the library so the app, `galley serve` and
 * every editor window on it agree.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'spelling_words',
  sql: `
    CREATE TABLE spelling_words (
      word TEXT PRIMARY KEY,
      language TEXT NOT NULL CHECK (language IN ('ru', 'en')),
      added_by TEXT NOT NULL,
      added_at INTEGER NOT NULL
    ) STRICT;
  `,
};
