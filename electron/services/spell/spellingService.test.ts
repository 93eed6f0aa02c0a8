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

// The real Hunspell dictionaries load in a worker, from dist/spell's compiled form when the build
// wrote it (milliseconds). Without it the Russian one is 4.3 s of CPU (nspell expands 146,000
// stems into 1.4 million forms): the first test took 35 s at load 19 on two cores, and a load of
// 30-40 there stretches it to about 90 s.
describe('SpellingService', { timeout: 180_000 }, () => {
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

    // A new checker on the same library (another window, a restart) knows the desk's words too;
    // asked in English, so it loads only the small dictionary and not a second Russian one.
    expect(await spelling.unknownWords(['Kovalyov'])).toEqual(['Kovalyov']);
    await spelling.addWord('Kovalyov', 'Анна');
    const other = new SpellingService(db);
    expect(await other.unknownWords(['Kovalyov', 'Kovalyev'])).toEqual(['Kovalyev']);
    await other.close();
    await spelling.removeWord('Kovalyov');

    expect(await spelling.removeWord('Ковалёв')).toEqual([]);
    expect(await spelling.unknownWords(['Ковалёв'])).toEqual(['Ковалёв']);
  });
});
