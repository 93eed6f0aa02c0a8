import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from './openLibrary';
import { withoutAutoCheckpoint } from './withoutAutoCheckpoint';

let dir: string;
let library: Library;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-autocheckpoint-'));
  library = openLibrary(path.join(dir, 'library.sqlite'));
});

afterEach(() => {
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const interval = () => Number(library.db.pragma('wal_autocheckpoint', { simple: true }));

describe('withoutAutoCheckpoint', () => {
  it('turns the automatic checkpoint off for the write and puts the interval back', () => {
    library.db.pragma('wal_autocheckpoint = 10000');
    const inside = withoutAutoCheckpoint(library.db, interval);
    expect(inside).toBe(0);
    expect(interval()).toBe(10000);
    expect(() =>
      withoutAutoCheckpoint(library.db, () => {
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(interval()).toBe(10000);
  });

  it('leaves the interval as it was after an autosave', () => {
    const before = interval();
    const article = library.articles.create({ headline: 'Черновик' }, 'tester');
    library.articles.update(article.id, { lede: 'Лид' }, 'tester', article.version);
    expect(interval()).toBe(before);
    expect(before).toBeGreaterThan(0);
  });
});
