import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { ArticleRepository } from './articleRepository';
import { ImageStore } from './imageStore';
import { newApplicationId, setAsideForeignWal } from './setAsideForeignWal';
import { describeLatestBackup } from './libraryBackups';
import { LibraryError } from './libraryError';
import { migrateDatabase } from './migrateDatabase';
import { latestSchemaVersion } from './migrations/migrationRegistry';
import { openDatabase } from './openDatabase';
import { seedLibrary } from './seedLibrary';

export interface Library {
  readonly path: string;
  readonly db: Database;
  readonly articles: ArticleRepository;
  readonly images: ImageStore;
  readonly schemaVersion: number;
  close(): void;
}

export interface OpenLibraryOptions {
  nativeBinding?: string | undefined;
  /** Who a brand-new library's sample article is attributed to. */
  actor?: string;
  now?: () => number;
}

/** A quick structural check on open: damage is reported, never silently "repaired". */
function assertIntact(db: Database, file: string): void {
  let result: unknown;
  try {
    result = db.pragma('quick_check(1)', { simple: true });
  } catch (error) {
    result = error instanceof Error ? error.message : String(error);
  }
  if (result !== 'ok') {
    // SQLite reports over several lines; the message is read as one.
    const detail = String(result).replace(/\s+/g, ' ').slice(0, 200);
    throw new LibraryError('damaged', `The library ${file} is damaged (${detail}).`);
  }
}

function withBackupOffer(error: unknown, file: string): unknown {
  if (
    error instanceof LibraryError &&
    (error.code === 'damaged' || error.code === 'not_a_library')
  ) {
    return new LibraryError(error.code, `${error.message} ${describeLatestBackup(file)}`);
  }
  return error;
}

/** Opens (creating and seeding when new) the library file and brings it up to date. */
export function openLibrary(file: string, options: OpenLibraryOptions = {}): Library {
  const isNew = !fs.existsSync(file);
  if (isNew) fs.mkdirSync(path.dirname(file), { recursive: true });
  let db: Database;
  try {
    setAsideForeignWal(file, options.nativeBinding);
    db = openDatabase(file, {
      nativeBinding: options.nativeBinding,
      maxSchemaVersion: latestSchemaVersion,
    });
  } catch (error) {
    throw withBackupOffer(error, file);
  }
  try {
    assertIntact(db, file);
    if (Number(db.pragma('application_id', { simple: true })) === 0) {
      db.pragma(`application_id = ${newApplicationId()}`);
    }
    const schemaVersion = migrateDatabase(db);
    const articles = new ArticleRepository(db, options.now);
    articles.search.rebuildIfStale();
    if (isNew) seedLibrary(articles, options.actor ?? 'Galley');
    return {
      path: file,
      db,
      articles,
      images: new ImageStore(db),
      schemaVersion,
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw withBackupOffer(error, file);
  }
}
