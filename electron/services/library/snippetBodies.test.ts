import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { SnippetBodies } from './snippetBodies';

let dir: string;
let file: string;
let db: Database.Database;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-snippet-bodies-'));
  file = path.join(dir, 'library.sqlite');
  db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE articles (id TEXT PRIMARY KEY, body_text TEXT NOT NULL, version INTEGER)');
  db.prepare("INSERT INTO articles VALUES ('a', 'первый текст', 1)").run();
});

afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('gives a body back as stored after a write through the same connection, even at the same version', () => {
  const bodies = new SnippetBodies(db, 100);
  bodies.checkUnchanged();
  expect(bodies.bodyOf('a')).toBe('первый текст');
  db.prepare("UPDATE articles SET body_text = 'второй текст' WHERE id = 'a'").run();
  bodies.checkUnchanged();
  expect(bodies.bodyOf('a')).toBe('второй текст');
});

it('gives a body back as stored after a write by another process', () => {
  const bodies = new SnippetBodies(db, 100);
  bodies.checkUnchanged();
  expect(bodies.bodyOf('a')).toBe('первый текст');
  const other = new Database(file);
  other.prepare("UPDATE articles SET body_text = 'чужая правка' WHERE id = 'a'").run();
  other.close();
  bodies.checkUnchanged();
  expect(bodies.bodyOf('a')).toBe('чужая правка');
  expect(bodies.bodyOf('missing')).toBe('');
});

it('keeps a body between two checks: it is read once per unchanged library', () => {
  const bodies = new SnippetBodies(db, 100);
  bodies.checkUnchanged();
  expect(bodies.bodyOf('a')).toBe('первый текст');
  const other = new Database(file);
  other.prepare("UPDATE articles SET body_text = 'чужая правка' WHERE id = 'a'").run();
  other.close();
  // No check in between: the page being built keeps the text it started with.
  expect(bodies.bodyOf('a')).toBe('первый текст');
  bodies.checkUnchanged();
  bodies.checkUnchanged();
  expect(bodies.bodyOf('a')).toBe('чужая правка');
});

it('keeps the start a snippet reads, cut so that slicing it gives the stored text', () => {
  // Astral characters are two code units each: a cut by characters keeps at least as many units.
  const text = `${'😀'.repeat(30)}${'б'.repeat(200)}`;
  db.prepare("UPDATE articles SET body_text = ? WHERE id = 'a'").run(text);
  const bodies = new SnippetBodies(db, 100);
  bodies.checkUnchanged();
  const kept = bodies.bodyOf('a');
  expect(kept.length).toBeLessThan(text.length);
  expect(kept.slice(0, 100)).toBe(text.slice(0, 100));
});
