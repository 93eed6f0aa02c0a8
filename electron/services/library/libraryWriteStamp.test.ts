import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { libraryWriteStamp } from './libraryWriteStamp';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function openPair(): { db: Database.Database; other: Database.Database } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-stamp-'));
  dirs.push(dir);
  const file = path.join(dir, 'library.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (x INTEGER) STRICT');
  return { db, other: new Database(file) };
}

describe('libraryWriteStamp', () => {
  it('reads the same while the library is only read', () => {
    const { db, other } = openPair();
    const stamp = libraryWriteStamp(db);
    const before = stamp();
    db.prepare('SELECT count(*) FROM t').get();
    other.prepare('SELECT count(*) FROM t').get();
    expect(stamp()).toBe(before);
    db.close();
    other.close();
  });

  it('changes with a write through the same connection, even one rolled back', () => {
    const { db, other } = openPair();
    const stamp = libraryWriteStamp(db);
    const before = stamp();
    db.prepare('INSERT INTO t VALUES (1)').run();
    const afterWrite = stamp();
    expect(afterWrite).not.toBe(before);
    expect(() =>
      db.transaction(() => {
        db.prepare('INSERT INTO t VALUES (2)').run();
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(stamp()).not.toBe(afterWrite);
    db.close();
    other.close();
  });

  it('changes with a write by another connection', () => {
    const { db, other } = openPair();
    const stamp = libraryWriteStamp(db);
    const before = stamp();
    other.prepare('INSERT INTO t VALUES (1)').run();
    expect(stamp()).not.toBe(before);
    db.close();
    other.close();
  });
});
