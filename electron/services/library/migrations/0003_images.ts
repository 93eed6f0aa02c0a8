import type { Migration } from './migration';

/** Images live in the library, addressed by the SHA-256 of their bytes: never hot-linked. */
export const migration0003: Migration = {
  version: 3,
  name: 'images',
  sql: `
    CREATE TABLE images (
      id TEXT PRIMARY KEY CHECK (length(id) = 64),
      mime_type TEXT NOT NULL CHECK (mime_type IN ('image/jpeg', 'image/png', 'image/gif', 'image/webp')),
      bytes BLOB NOT NULL,
      file_name TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL
    ) STRICT;
  `,
};
