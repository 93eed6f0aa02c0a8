import type { Database } from 'better-sqlite3';

/** `PRAGMA quick_check(1)`: "ok", or SQLite's complaint on one line. */
export function quickCheck(db: Database): string {
  let result: unknown;
  try {
    result = db.pragma('quick_check(1)', { simple: true });
  } catch (error) {
    result = error instanceof Error ? error.message : String(error);
  }
  // SQLite reports over several lines; the message is read as one.
  return result === 'ok' ? 'ok' : String(result).replace(/\s+/g, ' ').slice(0, 200);
}
