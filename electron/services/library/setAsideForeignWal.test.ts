import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLibrary } from './openLibrary';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-wal-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a stray -wal from another library', () => {
  it('is set aside, never replayed over the library', () => {
    const mine = path.join(dir, 'mine.sqlite');
    const other = path.join(dir, 'other.sqlite');
    const library = openLibrary(mine);
    library.articles.create({ headline: 'Моя статья' }, 'anna');
    library.close();
    expect(fs.existsSync(`${mine}-wal`)).toBe(false);

    const stranger = openLibrary(other);
    for (let index = 0; index < 20; index += 1)
      stranger.articles.create({ headline: `Чужая ${index}` }, 'x');
    fs.copyFileSync(`${other}-wal`, `${mine}-wal`);
    stranger.close();

    const reopened = openLibrary(mine);
    const headlines = reopened.articles.list(0, 100).map((article) => article.headline);
    reopened.close();
    expect(headlines).toContain('Моя статья');
    expect(headlines.some((headline) => headline.startsWith('Чужая'))).toBe(false);
    expect(fs.readdirSync(dir).some((name) => name.startsWith('mine.sqlite-wal.foreign-'))).toBe(
      true,
    );
  });

  it("leaves the library's own WAL alone after a crash-like stop", () => {
    const file = path.join(dir, 'crash.sqlite');
    const library = openLibrary(file);
    library.articles.create({ headline: 'Saved before the crash' }, 'anna');
    // Copy the live files as a crash would leave them, WAL included.
    const copy = path.join(dir, 'crash-copy.sqlite');
    fs.copyFileSync(file, copy);
    fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    library.close();
    const reopened = openLibrary(copy);
    expect(reopened.articles.list(0, 10).map((article) => article.headline)).toContain(
      'Saved before the crash',
    );
    reopened.close();
    expect(
      fs.readdirSync(dir).some((name) => name.startsWith('crash-copy.sqlite-wal.foreign-')),
    ).toBe(false);
  });
});
