import pg from 'pg';
import * as Y from 'yjs';
import type { DeskRole } from '../../../shared/desk/deskRole';
import { DeskError } from './deskError';
import type { DeskStore, DeskUser } from './deskStore';
import { deskMigrations, latestDeskSchemaVersion } from './migrations/deskMigrations';

interface UserRow {
  id: string;
  name: string;
  role: DeskRole;
  created_at: string;
  revoked_at: string | null;
}

/** Several desk processes may start at once over one database: migrations take this lock. */
const migrationLockKey = 0x6a11e7;
/**
 * Stores of one document from several desk processes take turns on this lock (with the
 * document's name hashed as the second key): it also covers a document not stored yet, which
 * `SELECT … FOR UPDATE` could not lock.
 */
const documentLockClass = 0x6a11e8;
/** The database's clock in ms: desk processes on several machines stamp with one clock. */
const databaseNowMs = '(extract(epoch FROM clock_timestamp()) * 1000)::bigint';

/** The newsroom desk store: PostgreSQL through a small connection pool, migrated on open. */
export async function openPostgresDeskStore(url: string): Promise<DeskStore> {
  const location = withoutPassword(url);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle client that loses its server (PostgreSQL restarted) must not crash the desk.
  pool.on('error', () => undefined);
  try {
    await migrate(pool, location);
  } catch (error) {
    await pool.end();
    if (error instanceof DeskError) throw error;
    throw new DeskError(`Cannot open the desk database ${location}: ${describe(error)}`);
  }

  return {
    kind: 'postgres',
    location,
    putImage: async (id, image, at) => {
      await pool.query(
        `INSERT INTO desk_images (id, mime_type, bytes, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO NOTHING`,
        [id, image.mimeType, Buffer.from(image.bytes), at],
      );
    },
    getImage: async (id) => {
      const result = await pool.query<{ mime_type: string; bytes: Buffer }>(
        'SELECT mime_type, bytes FROM desk_images WHERE id = $1',
        [id],
      );
      const row = result.rows[0];
      return row ? { mimeType: row.mime_type, bytes: new Uint8Array(row.bytes) } : null;
    },
    loadDocument: async (name) => {
      const result = await pool.query<{ state: Buffer }>(
        'SELECT state FROM desk_documents WHERE name = $1',
        [name],
      );
      const row = result.rows[0];
      return row ? new Uint8Array(row.state) : null;
    },
    storeDocument: async (name, state) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
          documentLockClass,
          name,
        ]);
        const stored = await client.query<{ state: Buffer }>(
          'SELECT state FROM desk_documents WHERE name = $1',
          [name],
        );
        const row = stored.rows[0];
        const merged = row ? Y.mergeUpdates([new Uint8Array(row.state), state]) : state;
        await client.query(
          `INSERT INTO desk_documents (name, state, updated_at) VALUES ($1, $2, ${databaseNowMs})
           ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
          [name, Buffer.from(merged)],
        );
        await client.query('COMMIT');
        return Y.encodeStateVectorFromUpdate(merged);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    listDocuments: async (since = 0) => {
      const result = await pool.query<{ name: string; updated_at: string }>(
        'SELECT name, updated_at FROM desk_documents WHERE updated_at >= $1 ORDER BY updated_at, name',
        [since],
      );
      return result.rows.map((row) => ({ name: row.name, updatedAt: Number(row.updated_at) }));
    },

    recordChanges: async (changes) => {
      if (changes.length === 0) return;
      // One statement for the batch: unnest keeps the parameters bound, whatever the count.
      await pool.query(
        `INSERT INTO desk_changes (document_name, user_id, at, update_bytes)
         SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bytea[])`,
        [
          changes.map((change) => change.documentName),
          changes.map((change) => change.userId),
          changes.map((change) => change.at),
          changes.map((change) => Buffer.from(change.update)),
        ],
      );
    },
    countChanges: async (documentName) => {
      const result = await pool.query<{ user_id: string; count: string }>(
        `SELECT user_id, count(*) AS count FROM desk_changes WHERE document_name = $1
         GROUP BY user_id ORDER BY user_id`,
        [documentName],
      );
      return result.rows.map((row) => ({ userId: row.user_id, count: Number(row.count) }));
    },
    addUser: async (user) => {
      try {
        await pool.query(
          'INSERT INTO desk_users (id, name, role, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)',
          [user.id, user.name, user.role, user.tokenHash, user.createdAt],
        );
      } catch (error) {
        if (pgCode(error) === '23505')
          throw new DeskError(`There is already a person named ${user.name}.`);
        throw error;
      }
    },
    listUsers: async () => {
      const result = await pool.query<UserRow>(
        'SELECT id, name, role, created_at, revoked_at FROM desk_users ORDER BY name',
      );
      return result.rows.map(toUser);
    },
    revokeUser: async (name, at) => {
      const result = await pool.query<UserRow>(
        `UPDATE desk_users SET revoked_at = coalesce(revoked_at, $1) WHERE name = $2
         RETURNING id, name, role, created_at, revoked_at`,
        [at, name],
      );
      const row = result.rows[0];
      return row ? toUser(row) : null;
    },
    findUserByTokenHash: async (tokenHash) => {
      const result = await pool.query<UserRow>(
        'SELECT id, name, role, created_at, revoked_at FROM desk_users WHERE token_hash = $1',
        [tokenHash],
      );
      const row = result.rows[0];
      return row ? toUser(row) : null;
    },
    close: () => pool.end(),
  };
}

async function migrate(pool: pg.Pool, location: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLockKey]);
    await client.query('CREATE TABLE IF NOT EXISTS desk_schema (version INTEGER NOT NULL)');
    const result = await client.query<{ version: number }>('SELECT version FROM desk_schema');
    const current = result.rows[0]?.version ?? 0;
    if (current > latestDeskSchemaVersion) {
      throw new DeskError(
        `The desk database ${location} was made by a newer Galley (schema ${current}; this version knows up to ${latestDeskSchemaVersion}).`,
      );
    }
    for (const migration of deskMigrations) {
      if (migration.version <= current) continue;
      await client.query(migration.postgres);
    }
    if (result.rows.length === 0)
      await client.query('INSERT INTO desk_schema (version) VALUES ($1)', [
        latestDeskSchemaVersion,
      ]);
    else await client.query('UPDATE desk_schema SET version = $1', [latestDeskSchemaVersion]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function toUser(row: UserRow): DeskUser {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    createdAt: Number(row.created_at),
    revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
  };
}

/** A URL safe to print: the password, if any, replaced. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

function pgCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
