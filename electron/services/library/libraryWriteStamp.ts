import type { Database } from 'better-sqlite3';

/**
 * A reader of a stamp that changes with any write to the library: through this connection
 * (`total_changes()`, rolled back or not) or by any other connection or process
 * (`data_version`). An answer kept with a stamp is still the answer while the stamp reads the same.
 */
export function libraryWriteStamp(db: Database): () => string {
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  const changes = db.prepare<[], number>('SELECT total_changes()').pluck();
  return () => `${dataVersion.get() ?? ''}:${changes.get() ?? ''}`;
}
