import type { Database, Statement } from 'better-sqlite3';

/**
 * Runs `write` with SQLite's automatic checkpoint off, then puts the connection's interval
 * back (the desk raises it while receiving in bulk). For the autosave, whose follow-up
 * checkpoints right after the answer: when a reader had held the log past its 1,000 pages (an
 * export, the integrity check), the first commit after it let go copied the whole log back
 * into the library before the save could answer. Every other write keeps the automatic one.
 */
export function withoutAutoCheckpoint<T>(db: Database, write: () => T): T {
  const pragmas = pragmasOf(db);
  const interval = pragmas.read.get()?.wal_autocheckpoint;
  if (interval === undefined || interval <= 0) return write();
  pragmas.setTo(0).get();
  try {
    return write();
  } finally {
    pragmas.setTo(interval).get();
  }
}

interface Pragmas {
  read: Statement<[], { wal_autocheckpoint: number }>;
  setTo(pages: number): Statement<[]>;
}

// Prepared once per connection and interval: the save runs these at every pause in typing.
const prepared = new WeakMap<Database, Pragmas>();

function pragmasOf(db: Database): Pragmas {
  let pragmas = prepared.get(db);
  if (!pragmas) {
    const setters = new Map<number, Statement<[]>>();
    pragmas = {
      read: db.prepare<[], { wal_autocheckpoint: number }>('PRAGMA wal_autocheckpoint'),
      setTo(pages) {
        let setter = setters.get(pages);
        if (!setter) {
          setter = db.prepare<[]>(`PRAGMA wal_autocheckpoint = ${Math.trunc(pages)}`);
          setters.set(pages, setter);
        }
        return setter;
      },
    };
    prepared.set(db, pragmas);
  }
  return pragmas;
}
