import type { Database } from 'better-sqlite3';

/**
 * Runs `write` with the commit's fsync left out (WAL `synchronous = NORMAL`), then puts the
 * library's FULL back. Only for writes that can be fetched again when a power cut takes them,
 * such as articles received from the desk, which still holds them: the WAL keeps commits in
 * order, so a lost one takes everything after it along (the desk cursor included), and the
 * next local save's fsync makes every earlier commit durable with it.
 */
export function withoutFsync<T>(db: Database, write: () => T): T {
  if (db.inTransaction) return write();
  const previous = Number(db.pragma('synchronous', { simple: true }));
  db.pragma('synchronous = NORMAL');
  try {
    return write();
  } finally {
    db.pragma(`synchronous = ${previous}`);
  }
}
