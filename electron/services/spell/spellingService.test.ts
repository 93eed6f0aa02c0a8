import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../library/migrateDatabase';
import { SpellingService } from './spellingService';

let db: Database.Database;
let spelling: SpellingService;

beforeAll(() => {
  db = new Database(':memory:');
  migrateDatabase(db);
  spelling = new SpellingService(db);
});

afterAll(async () => {
  await spelling.close();
  db.close();
});

// The real Hunspell dictionaries load in a worker: the Russian one takes seconds.
describe('SpellingService', { timeout: 60_000 }, () => {
  it('finds Russian and English misspellings, each in its own dictionary', async () => {
    const unknown = await spelling.unknownWords([
      'Превет',
      'привет',
      'метрополитена',
      'сказала',
      'recieve',
      'receive',
      'Moscow',
    ]);
    expect(unknown.sort()).toEqual(['recieve', 'Превет'].sort());
  });

  it('suggests the nearest word first', async () => {
    expect((await spelling.suggest('превет'))[0]).toBe('привет');
    expect((await spelling.suggest('Превет'))[0]).toBe('Привет');
    expect((await spelling.suggest('recieve'))[0]).toBe('receive');
  });

  it('accepts words of the desk dictionary, and stops when one is removed', async () => {
    expect(await spelling.unknownWords(['Ковалёв', 'ЦОДДовский'])).toEqual([
      'Ковалёв',
      'ЦОДДовский',
    ]);
    const words = await spelling.addWord('Ковалёв', 'Анна');
    expect(words.map(({ word, language, addedBy }) => ({ word, language, addedBy }))).toEqual([
      { word: 'Ковалёв', language: 'ru', addedBy: 'Анна' },
    ]);
    expect(await spelling.unknownWords(['Ковалёв', 'ЦОДДовский'])).toEqual(['ЦОДДовский']);

    // A new checker on the same library (another window, a restart) knows the word too.
    const other = new SpellingService(db);
    expect(await other.unknownWords(['Ковалёв'])).toEqual([]);
    await other.close();

    expect(await spelling.removeWord('Ковалёв')).toEqual([]);
    expect(await spelling.unknownWords(['Ковалёв'])).toEqual(['Ковалёв']);
  });
});
