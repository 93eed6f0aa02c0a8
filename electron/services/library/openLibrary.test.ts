import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryError } from './libraryError';
import { migrateDatabase } from './migrateDatabase';
import { latestSchemaVersion, migrations } from './migrations/migrationRegistry';
import { assertDurabilitySettings, openDatabase } from './openDatabase';
import { openLibrary } from './openLibrary';

const dirs: string[] = [];
function tempFile(name = 'library.sqlite'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-lib-'));
  dirs.push(dir);
  return path.join(dir, name);
}

/** Takes a library back to before migration 10; each later migration undoes itself here too. */
function undoMigrationsAfter9(db: Database.Database): void {
  const triggers = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'export_changes_%'",
    )
    .all();
  for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`);
  db.exec('DROP INDEX articles_by_rubric_language');
  db.exec('DROP TABLE export_entries; DROP TABLE export_links');
  db.exec('DROP TABLE export_changes; DROP TABLE export_folders');
  db.exec('DROP TABLE article_typeset');
  db.exec('DROP TABLE export_stamps; DROP INDEX articles_export_listing');
  db.exec(`
    DROP TABLE assignment_notifications;
    DROP TABLE article_assignments;
    DROP INDEX articles_by_assignee;
    ALTER TABLE articles DROP COLUMN assignee_id;
    ALTER TABLE articles DROP COLUMN assignee_name;
  `);
  db.exec('DROP TABLE article_comments');
  db.exec('DROP TABLE spelling_words');
}

/** Puts `publish_overrides` back as it was before migration 9. */
function undoMigration9(db: Database.Database): void {
  undoMigrationsAfter9(db);
  db.exec(`
    DROP INDEX publish_overrides_by_uid;
    DROP INDEX publish_overrides_by_article;
    ALTER TABLE publish_overrides DROP COLUMN uid;
    CREATE INDEX publish_overrides_by_article ON publish_overrides (article_id, id DESC);
  `);
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('migrations', () => {
  it('are numbered 1..n in order', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(
      Array.from({ length: migrations.length }, (_, index) => index + 1),
    );
  });

  it('run from an empty database to the latest version, creating STRICT tables', () => {
    const db = new Database(':memory:');
    expect(migrateDatabase(db)).toBe(latestSchemaVersion);
    const tables = db
      .prepare<[], { name: string; strict: number }>(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'",
      )
      .all();
    expect(tables.map((table) => table.name)).toEqual(
      expect.arrayContaining(['articles', 'article_tags', 'article_bylines']),
    );
    for (const table of tables.filter((entry) => !entry.name.includes('_fts'))) {
      expect(table.strict, `${table.name} is STRICT`).toBe(1);
    }
    expect(migrateDatabase(db)).toBe(latestSchemaVersion);
    db.close();
  });

  it('list articles newest first through the index, not a table scan', () => {
    const db = new Database(':memory:');
    migrateDatabase(db);
    const plan = db
      .prepare<[], { detail: string }>(
        'EXPLAIN QUERY PLAN SELECT id FROM articles ORDER BY updated_at DESC, id DESC LIMIT 50',
      )
      .all()
      .map((row) => row.detail)
      .join('\n');
    expect(plan).toContain('articles_by_updated_at');
    expect(plan).not.toContain('USE TEMP B-TREE');
    db.close();
  });

  it("place an export folder's entries in its index order and find them by key, through indexes", () => {
    const db = new Database(':memory:');
    migrateDatabase(db);
    const plan = (sql: string) =>
      db
        .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all()
        .map((row) => row.detail)
        .join('\n');
    const next = plan(`SELECT article_id, path FROM export_entries INDEXED BY export_entries_by_date
      WHERE out_dir = 'o' AND (published, article_id) < (5, 'x')
      ORDER BY published DESC, article_id DESC LIMIT 3`);
    expect(next).toContain('export_entries_by_date (out_dir=? AND (published,article_id)<(?,?))');
    expect(next).not.toContain('USE TEMP B-TREE');
    const byKey = plan(`SELECT article_id, path FROM export_entries INDEXED BY export_entries_by_key
      WHERE out_dir = 'o' AND link_key = 'k' ORDER BY article_id DESC`);
    expect(byKey).toContain('export_entries_by_key');
    expect(byKey).not.toContain('USE TEMP B-TREE');
    expect(
      plan("SELECT article_id FROM export_links WHERE out_dir = 'o' AND link_key = 'k'"),
    ).toMatch(/SEARCH export_links USING PRIMARY KEY/);
    db.close();
  });

  it('list a rubric in one language newest first, and count it per status, from one index', () => {
    const db = new Database(':memory:');
    migrateDatabase(db);
    const plan = (sql: string) =>
      db
        .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all()
        .map((row) => row.detail)
        .join('\n');
    const page = plan(`SELECT id, headline, created_at FROM articles
      WHERE rubric = 'Спорт' AND language = 'ru' ORDER BY updated_at DESC, id DESC LIMIT 50`);
    expect(page).toContain('articles_by_rubric_language (rubric=? AND language=?)');
    expect(page).not.toContain('USE TEMP B-TREE');
    expect(
      plan(`SELECT status, count(*) FROM articles
        WHERE rubric = 'Спорт' AND language = 'ru' GROUP BY status`),
    ).toContain('COVERING INDEX');
    db.close();
  });

  it("find an assignee's articles newest first through the assignee index", () => {
    const db = new Database(':memory:');
    migrateDatabase(db);
    const plan = db
      .prepare<[], { detail: string }>(
        `EXPLAIN QUERY PLAN SELECT id FROM articles WHERE assignee_name = 'Анна'
         ORDER BY updated_at DESC, id DESC LIMIT 50`,
      )
      .all()
      .map((row) => row.detail)
      .join('\n');
    expect(plan).toContain('articles_by_assignee');
    expect(plan).not.toContain('USE TEMP B-TREE');
    db.close();
  });

  it('add article_corrections to a library made before it, keeping its articles', () => {
    const file = tempFile();
    const before = openLibrary(file);
    const [sample] = before.articles.list(0, 10);
    before.close();
    // The library as the previous Galley left it: everything up to migration 7.
    const old = new Database(file);
    old.exec('DROP TABLE article_corrections');
    undoMigration9(old);
    old.pragma('user_version = 7');
    old.close();

    const library = openLibrary(file);
    expect(library.schemaVersion).toBe(latestSchemaVersion);
    expect(library.articles.count()).toBe(1);
    const strict = library.db
      .prepare<[], { strict: number }>(
        "SELECT strict FROM pragma_table_list WHERE name = 'article_corrections'",
      )
      .get();
    expect(strict?.strict).toBe(1);
    const articleId = sample?.id ?? '';
    library.corrections.add(articleId, 'Исправлена дата.', 'Анна', Date.UTC(2025, 5, 1));
    expect(library.corrections.listFor(articleId)).toEqual([
      { at: Date.UTC(2025, 5, 1), text: 'Исправлена дата.' },
    ]);
    library.close();
  });

  it('give overrides logged before migration 9 an id of their own, and keep new ones unique', () => {
    const file = tempFile();
    const before = openLibrary(file);
    const [sample] = before.articles.list(0, 10);
    before.close();
    const articleId = sample?.id ?? '';
    const old = new Database(file);
    undoMigration9(old);
    old.pragma('user_version = 8');
    const insert = old.prepare(
      "INSERT INTO publish_overrides (article_id, at, actor, reason, body_hash, open_quotes_json) VALUES (?, ?, 'Вера', 'Срочно', 'h', '[]')",
    );
    insert.run(articleId, 1);
    insert.run(articleId, 2);
    old.close();

    const library = openLibrary(file);
    expect(library.schemaVersion).toBe(latestSchemaVersion);
    const entries = library.articles.quotes.overrideEntries(articleId);
    expect(entries.map(({ at, actor }) => ({ at, actor }))).toEqual([
      { at: 1, actor: 'Вера' },
      { at: 2, actor: 'Вера' },
    ]);
    expect(entries[0]?.id).toMatch(/^[0-9a-f]{32}$/);
    expect(entries[0]?.id).not.toBe(entries[1]?.id);
    // Taken in again (a re-sync), an override is not added twice.
    library.articles.quotes.applyOverride(articleId, entries[0]!);
    expect(library.articles.quotes.overrides(articleId).map(({ at }) => at)).toEqual([2, 1]);
    library.close();
  });

  it("list an article's overrides newest first through their index", () => {
    const db = new Database(':memory:');
    migrateDatabase(db);
    const plan = db
      .prepare<[], { detail: string }>(
        "EXPLAIN QUERY PLAN SELECT at FROM publish_overrides WHERE article_id = 'x' ORDER BY at DESC, id DESC",
      )
      .all()
      .map((row) => row.detail)
      .join('\n');
    expect(plan).toContain('publish_overrides_by_article');
    expect(plan).not.toContain('USE TEMP B-TREE');
    db.close();
  });

  it("list an article's corrections through their index, oldest first without a sort", () => {
    const db = new Database(':memory:');
    migrateDatabase(db);
    const plan = db
      .prepare<[], { detail: string }>(
        "EXPLAIN QUERY PLAN SELECT at, text FROM article_corrections WHERE article_id = 'x' ORDER BY at, id",
      )
      .all()
      .map((row) => row.detail)
      .join('\n');
    expect(plan).toContain('article_corrections_by_article');
    expect(plan).not.toContain('USE TEMP B-TREE');
    db.close();
  });

  it('refuse a library made by a newer Galley and leave it untouched', () => {
    const file = tempFile();
    const db = new Database(file);
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    db.close();
    const before = fs.readFileSync(file);
    expect(() => openLibrary(file)).toThrow(LibraryError);
    expect(() => openLibrary(file)).toThrow(/newer version of Galley/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('openDatabase', () => {
  it('sets WAL, synchronous FULL, foreign keys and a busy timeout, and reads them back', () => {
    const db = openDatabase(tempFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.pragma('synchronous = NORMAL');
    expect(() => assertDurabilitySettings(db)).toThrow(/synchronous/);
    db.close();
  });

  it('refuses a file that is not a SQLite database with a clear message', () => {
    const file = tempFile();
    fs.writeFileSync(file, 'this is not a database, just text '.repeat(200));
    expect(() => openLibrary(file)).toThrow(/not a Galley library|file is not a database/);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^this is not a database/);
  });
});

describe('openLibrary', () => {
  it('seeds a brand-new library with the sample article, once', () => {
    const file = tempFile();
    const library = openLibrary(file);
    const [sample] = library.articles.list(0, 10);
    expect(library.articles.count()).toBe(1);
    expect(sample?.headline).toBe(
      'Московский инновационный кластер выходит на международный уровень',
    );
    expect(sample?.rubric).toBe('Общество');
    library.close();

    const reopened = openLibrary(file);
    expect(reopened.articles.count()).toBe(1);
    reopened.close();
  });
});
