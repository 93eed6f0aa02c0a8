import Database from 'better-sqlite3';
import { ArticleRepository } from '../../electron/services/library/articleRepository';
import { migrateDatabase } from '../../electron/services/library/migrateDatabase';

/** A repository over a migrated in-memory library, for tests that need no file. */
export function createMemoryRepository(now?: () => number): ArticleRepository {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateDatabase(db);
  return new ArticleRepository(db, now);
}
