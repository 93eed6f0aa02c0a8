import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import * as Y from 'yjs';
import type { DeskRole } from '../../../shared/desk/deskRole';
import { LibraryError } from '../library/libraryError';
import { openDatabase } from '../library/openDatabase';
import { DeskError } from './deskError';
import type { DeskStore, DeskUser } from './deskStore';
import { deskMigrations, latestDeskSchemaVersion } from './migrations/deskMigrations';

interface UserRow {
  id: string;
  name: string;
  role: DeskRole;
  created_at: number;
  revoked_at: number | null;
}

/** The embedded desk store: one SQLite file, WAL, synchronous FULL, migrated on open. */
export function openSqliteDeskStore(file: string): DeskStore {
  let db: Database.Database;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // The library's connection settings: WAL, synchronous FULL, foreign keys, checked after setting.
    db = openDatabase(file, { what: 'desk database' });
  } catch (error) {
    if (error instanceof LibraryError) throw new DeskError(error.message);
    throw new DeskError(`Cannot open the desk database ${file}: ${describe(error)}`);
  }
  try {
    migrate(db, file);
  } catch (error) {
    db.close();
    if (error instanceof DeskError) throw error;
    throw new DeskError(`Cannot update the desk database ${file}: ${describe(error)}`);
  }

  const statements = {
    putImage: db.prepare<[string, string, Buffer, number]>(
      'INSERT OR IGNORE INTO desk_images (id, mime_type, bytes, created_at) VALUES (?, ?, ?, ?)',
    ),
    getImage: db.prepare<[string], { mime_type: string; bytes: Buffer }>(
      'SELECT mime_type, bytes FROM desk_images WHERE id = ?',
    ),
    loadDocument: db.prepare<[string], { state: Buffer }>(
      'SELECT state FROM desk_documents WHERE name = ?',
    ),
    storeDocument: db.prepare<[string, Buffer, number]>(
      `INSERT INTO desk_documents (name, state, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
    ),
    listDocuments: db.prepare<[number], { name: string; updated_at: number }>(
      'SELECT name, updated_at FROM desk_documents WHERE updated_at >= ? ORDER BY updated_at, name',
    ),
    recordChange: db.prepare<[string, string, number, Buffer]>(
      'INSERT INTO desk_changes (document_name, user_id, at, update_bytes) VALUES (?, ?, ?, ?)',
    ),
    countChanges: db.prepare<[string], { user_id: string; count: number }>(
      `SELECT user_id, count(*) AS count FROM desk_changes WHERE document_name = ?
       GROUP BY user_id ORDER BY user_id`,
    ),
    addUser: db.prepare<[string, string, string, string, number]>(
      'INSERT INTO desk_users (id, name, role, token_hash, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    listUsers: db.prepare<[], UserRow>(
      'SELECT id, name, role, created_at, revoked_at FROM desk_users ORDER BY name',
    ),
    userByName: db.prepare<[string], UserRow>(
      'SELECT id, name, role, created_at, revoked_at FROM desk_users WHERE name = ?',
    ),
    revokeUser: db.prepare<[number, string]>(
      'UPDATE desk_users SET revoked_at = coalesce(revoked_at, ?) WHERE name = ?',
    ),
    userByTokenHash: db.prepare<[string], UserRow>(
      'SELECT id, name, role, created_at, revoked_at FROM desk_users WHERE token_hash = ?',
    ),
  };
  const recordChanges = db.transaction(
    (
      changes: readonly { documentName: string; userId: string; at: number; update: Uint8Array }[],
    ) => {
      for (const change of changes) {
        statements.recordChange.run(
          change.documentName,
          change.userId,
          change.at,
          Buffer.from(change.update),
        );
      }
    },
  );
  // IMMEDIATE: the write lock is taken before the read, so two processes on one file (a CLI
  // beside the desk) cannot both merge into the same old state.
  const storeDocument = db.transaction((name: string, state: Uint8Array, at: number) => {
    const stored = statements.loadDocument.get(name);
    const merged = stored ? Y.mergeUpdates([new Uint8Array(stored.state), state]) : state;
    statements.storeDocument.run(name, Buffer.from(merged), at);
    return Y.encodeStateVectorFromUpdate(merged);
  });
  const revokeUser = db.transaction((name: string, at: number) => {
    statements.revokeUser.run(at, name);
    const row = statements.userByName.get(name);
    return row ? toUser(row) : null;
  });

  return {
    kind: 'sqlite',
    putImage: (id, image, at) => {
      statements.putImage.run(id, image.mimeType, Buffer.from(image.bytes), at);
      return Promise.resolve();
    },
    getImage: (id) => {
      const row = statements.getImage.get(id);
      return Promise.resolve(
        row ? { mimeType: row.mime_type, bytes: new Uint8Array(row.bytes) } : null,
      );
    },
    location: file,
    loadDocument: (name) => {
      const row = statements.loadDocument.get(name);
      return Promise.resolve(row ? new Uint8Array(row.state) : null);
    },
    storeDocument: (name, state, at) => Promise.resolve(storeDocument.immediate(name, state, at)),
    listDocuments: (since = 0) =>
      Promise.resolve(
        statements.listDocuments
          .all(since)
          .map((row) => ({ name: row.name, updatedAt: row.updated_at })),
      ),
    recordChanges: (changes) => {
      recordChanges(changes);
      return Promise.resolve();
    },
    countChanges: (documentName) =>
      Promise.resolve(
        statements.countChanges
          .all(documentName)
          .map((row) => ({ userId: row.user_id, count: row.count })),
      ),
    addUser: (user) => {
      try {
        statements.addUser.run(user.id, user.name, user.role, user.tokenHash, user.createdAt);
      } catch (error) {
        if (isUniqueViolation(error))
          throw new DeskError(`There is already a person named ${user.name}.`);
        throw error;
      }
      return Promise.resolve();
    },
    listUsers: () => Promise.resolve(statements.listUsers.all().map(toUser)),
    revokeUser: (name, at) => Promise.resolve(revokeUser(name, at)),
    findUserByTokenHash: (tokenHash) => {
      const row = statements.userByTokenHash.get(tokenHash);
      return Promise.resolve(row ? toUser(row) : null);
    },
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}

function migrate(db: Database.Database, file: string): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > latestDeskSchemaVersion) {
    throw new DeskError(
      `The desk database ${file} was made by a newer Galley (schema ${current}; this version knows up to ${latestDeskSchemaVersion}).`,
    );
  }
  for (const migration of deskMigrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sqlite);
      // PRAGMA takes no bound parameters; the version is an integer from our own registry.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    })();
  }
}

function toUser(row: UserRow): DeskUser {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    String(error.code).startsWith('SQLITE_CONSTRAINT')
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
