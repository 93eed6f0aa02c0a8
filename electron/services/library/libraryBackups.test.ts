import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupLibrary, ensureAutomaticBackup, listBackups, restoreBackup } from './libraryBackups';
import { LibraryError } from './libraryError';
import { openLibrary } from './openLibrary';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function libraryWithArticles(count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-backup-'));
  dirs.push(dir);
  const file = path.join(dir, 'library.sqlite');
  const library = openLibrary(file);
  for (let i = 0; i < count; i += 1) {
    library.articles.create({ headline: `Article ${i}`, lede: 'lede '.repeat(200) }, 'tester');
  }
  library.db.pragma('wal_checkpoint(TRUNCATE)');
  library.close();
  return file;
}

describe('backups', () => {
  it('stops a backup between steps when asked, leaving no partial file', async () => {
    const file = libraryWithArticles(200);
    const library = openLibrary(file);
    const out = path.join(path.dirname(file), 'stopped.sqlite');
    const stop = new AbortController();
    stop.abort();
    try {
      await expect(backupLibrary(library.db, out, stop.signal)).rejects.toThrow(/stopped/);
      expect(fs.existsSync(out)).toBe(false);
      expect(fs.existsSync(`${out}.partial`)).toBe(false);
      // The connection is free again: it closes normally and folds its -wal back.
      library.close();
      expect(fs.existsSync(`${file}-wal`)).toBe(false);
    } finally {
      if (library.db.open) library.close();
    }
  });

  it('takes a dated backup at most once a day and restores it over a damaged library', async () => {
    const file = libraryWithArticles(30);
    const library = openLibrary(file);
    const first = await ensureAutomaticBackup(library.db, file, Date.parse('2026-11-01T10:00:00Z'));
    expect(first).toMatch(/library-backup-20261101T100000Z\.sqlite$/);
    library.close();
    expect(listBackups(file)).toHaveLength(1);

    // Damage the library: flip bytes in the middle of the file.
    const bytes = fs.readFileSync(file);
    for (let offset = 8192; offset < 8192 + 2048; offset += 1)
      bytes[offset] = (bytes[offset] ?? 0) ^ 0xff;
    fs.writeFileSync(file, bytes);
    let caught: unknown;
    try {
      openLibrary(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LibraryError);
    expect((caught as LibraryError).code).toBe('damaged');
    expect((caught as Error).message).toMatch(/damaged.*latest backup is .*galley restore --from/s);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);

    const { movedAside } = restoreBackup(file, first!);
    expect(fs.existsSync(movedAside)).toBe(true);
    const restored = openLibrary(file);
    expect(restored.articles.count()).toBe(31);
    restored.close();
  });

  it('reports a truncated library as damaged and leaves the file alone', () => {
    const file = libraryWithArticles(40);
    const size = fs.statSync(file).size;
    fs.truncateSync(file, Math.floor(size / 2));
    const before = fs.readFileSync(file);
    expect(() => openLibrary(file)).toThrow(LibraryError);
    expect(() => openLibrary(file)).toThrow(
      /No backup of it was found|damaged|not a Galley library/,
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses to restore a damaged backup', () => {
    const file = libraryWithArticles(1);
    const badBackup = path.join(path.dirname(file), 'bad.sqlite');
    fs.writeFileSync(badBackup, 'garbage'.repeat(1000));
    expect(() => restoreBackup(file, badBackup)).toThrow();
    expect(openLibrary(file).articles.count()).toBe(2);
  });
});
