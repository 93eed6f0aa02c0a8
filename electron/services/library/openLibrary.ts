import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { ArticleRepository } from './articleRepository';
import { migrateDatabase } from './migrateDatabase';
import { latestSchemaVersion } from './migrations/migrationRegistry';
import { openDatabase } from './openDatabase';
import { seedLibrary } from './seedLibrary';

export interface Library {
  readonly path: string;
  readonly db: Database;
  readonly articles: ArticleRepository;
  readonly schemaVersion: number;
  close(): void;
}

export interface OpenLibraryOptions {
  nativeBinding?: string | undefined;
  /** Who a brand-new library's sample article is attributed to. */
  actor?: string;
  now?: () => number;
}

/** Opens (creating and seeding when new) the library file and brings it up to date. */
export function openLibrary(file: string, options: OpenLibraryOptions = {}): Library {
  const isNew = !fs.existsSync(file);
  if (isNew) fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = openDatabase(file, {
    nativeBinding: options.nativeBinding,
    maxSchemaVersion: latestSchemaVersion,
  });
  try {
    const schemaVersion = migrateDatabase(db);
    const articles = new ArticleRepository(db, options.now);
    if (isNew) seedLibrary(articles, options.actor ?? 'Galley');
    return { path: file, db, articles, schemaVersion, close: () => db.close() };
  } catch (error) {
    db.close();
    throw error;
  }
}
