import type { DeskStore } from './deskStore';

/** `postgres://…` (or `postgresql://…`) opens PostgreSQL; anything else is an embedded SQLite file. */
export async function openDeskStore(database: string): Promise<DeskStore> {
  // Each driver is loaded only for its kind of store: a desk on SQLite never loads pg.
  return /^postgres(ql)?:\/\//i.test(database)
    ? (await import('./openPostgresDeskStore')).openPostgresDeskStore(database)
    : (await import('./openSqliteDeskStore')).openSqliteDeskStore(database);
}
