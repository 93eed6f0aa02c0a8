/** One desk schema step, written for both stores. Landed steps are never edited: add another. */
export interface DeskMigration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

/** Every desk migration, oldest first. Append only. */
export const deskMigrations: readonly DeskMigration[] = [
  {
    version: 1,
    name: 'documents, people, change log',
    sqlite: `
      CREATE TABLE desk_documents (
        name TEXT PRIMARY KEY,
        state BLOB NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE desk_users (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('editor', 'fact-checker', 'chief')),
        token_hash TEXT NOT NULL UNIQUE,
        created_at INTEGER NOT NULL,
        revoked_at INTEGER
      ) STRICT;
      CREATE TABLE desk_changes (
        id INTEGER PRIMARY KEY,
        document_name TEXT NOT NULL,
        user_id TEXT NOT NULL REFERENCES desk_users (id),
        at INTEGER NOT NULL,
        update_bytes BLOB NOT NULL
      ) STRICT;
      CREATE INDEX desk_changes_by_document ON desk_changes (document_name, id);
    `,
    postgres: `
      CREATE TABLE desk_documents (
        name TEXT PRIMARY KEY,
        state BYTEA NOT NULL,
        updated_at BIGINT NOT NULL
      );
      CREATE TABLE desk_users (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('editor', 'fact-checker', 'chief')),
        token_hash TEXT NOT NULL UNIQUE,
        created_at BIGINT NOT NULL,
        revoked_at BIGINT
      );
      CREATE TABLE desk_changes (
        id BIGSERIAL PRIMARY KEY,
        document_name TEXT NOT NULL,
        user_id TEXT NOT NULL REFERENCES desk_users (id),
        at BIGINT NOT NULL,
        update_bytes BYTEA NOT NULL
      );
      CREATE INDEX desk_changes_by_document ON desk_changes (document_name, id);
    `,
  },
  {
    version: 2,
    name: 'images, documents by time',
    // Figures' images, by the SHA-256 of their bytes (the id the body's figures carry); and
    // documents by when they were stored, for workstations asking what changed since.
    sqlite: `
      CREATE INDEX desk_documents_by_time ON desk_documents (updated_at, name);
      CREATE TABLE desk_images (
        id TEXT PRIMARY KEY CHECK (length(id) = 64),
        mime_type TEXT NOT NULL,
        bytes BLOB NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;
    `,
    postgres: `
      CREATE INDEX desk_documents_by_time ON desk_documents (updated_at, name);
      CREATE TABLE desk_images (
        id TEXT PRIMARY KEY CHECK (length(id) = 64),
        mime_type TEXT NOT NULL,
        bytes BYTEA NOT NULL,
        created_at BIGINT NOT NULL
      );
    `,
  },
];

for (const [index, migration] of deskMigrations.entries()) {
  if (migration.version !== index + 1) {
    throw new Error(`desk migration ${migration.name} has version ${migration.version}`);
  }
}

export const latestDeskSchemaVersion = deskMigrations.length;
