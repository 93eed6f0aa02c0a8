import { openPostgresDeskStore } from './openPostgresDeskStore';
import { openSqliteDeskStore } from './openSqliteDeskStore';
import type { DeskStore } from './deskStore';

/** `postgres://…` (or `postgresql://…`) opens PostgreSQL; anything else is an embedded SQLite file. */
export async function openDeskStore(database: string): Promise<DeskStore> {
  return /^postgres(ql)?:\/\//i.test(database)
    ? openPostgresDeskStore(database)
    : openSqliteDeskStore(database);
}
