import type { Database } from 'better-sqlite3';
import { assertSchemaNotNewer } from './openDatabase';
import { latestSchemaVersion, migrations } from './migrations/migrationRegistry';

/**
 * Brings a library up to the latest schema, one transaction per migration, so a crash
 * leaves it wholly at one version. A library written by a newer Galley is refused.
 */
export function migrateDatabase(db: Database): number {
  assertSchemaNotNewer(db, latestSchemaVersion);
  const current = readSchemaVersion(db);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      // PRAGMA takes no bound parameters; the version is an integer from our own registry.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    })();
  }
  return readSchemaVersion(db);
}

export function readSchemaVersion(db: Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}
