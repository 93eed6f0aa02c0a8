import type { Database } from 'better-sqlite3';
import { LibraryError } from './libraryError';
import { latestSchemaVersion, migrations } from './migrations/migrationRegistry';

/**
 * Brings a library up to the latest schema, one transaction per migration, so a crash
 * leaves it wholly at one version. A library written by a newer Galley is refused.
 */
export function migrateDatabase(db: Database): number {
  const current = readSchemaVersion(db);
  if (current > latestSchemaVersion) {
    throw new LibraryError(
      'too_new',
      `This library was made by a newer version of Galley (schema ${current}; this version knows up to ${latestSchemaVersion}). Update Galley to open it.`,
    );
  }
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
