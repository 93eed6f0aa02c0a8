import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleQuerySchema } from '../../../shared/article/articleQuerySchema';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import { toIndexText } from '../../../shared/search/toIndexText';
import { ArticleQueries } from './articleQueries';
import { openLibrary, type Library } from './openLibrary';

const paragraphs = (...texts: string[]): TiptapNode => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

let dir: string;
let file: string;
let library: Library;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-search-index-'));
  file = path.join(dir, 'library.sqlite');
  library = openLibrary(file);
});

afterEach(() => {
  if (library.db.open) library.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** What the index itself holds, read without a search (which would catch up first). */
function indexHolds(word: string): boolean {
  const found = library.db
    .prepare<[string], { n: number }>(
      'SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?',
    )
    .get(`"${toIndexText(word)}"`);
  return (found?.n ?? 0) > 0;
}

const search = (text: string) =>
  new ArticleQueries(library.db).run(articleQuerySchema.parse({ search: text }));

describe('autosave and the search index', () => {
  it('answers before indexing, and a search a second later finds the new words', async () => {
    const article = library.articles.create(
      { headline: 'Заседание совета', body: paragraphs('Обсуждали бюджет города.') },
      'tester',
    );
    const saved = library.articles.update(
      article.id,
      { body: paragraphs('Обсуждали бюджет города.', 'Появился дирижабль над площадью.') },
      'tester',
      article.version,
    );
    expect(saved?.bodyText).toContain('дирижабль');
    // Answered with the body durable and the index not yet touched: it follows.
    expect(indexHolds('дирижабль')).toBe(false);

    await new Promise((resolve) => setTimeout(resolve, 1000));

    expect(indexHolds('дирижабль')).toBe(true);
    expect(search('дирижабль').articles.map((item) => item.id)).toEqual([article.id]);
    expect(search('обсуждали').articles.map((item) => item.id)).toEqual([article.id]);
  });

  it('drops words the autosave removed', async () => {
    const article = library.articles.create(
      { headline: 'Погода', body: paragraphs('Ожидается метель.') },
      'tester',
    );
    library.articles.update(article.id, { body: paragraphs('Ожидается оттепель.') }, 'tester');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(search('метель').articles).toEqual([]);
    expect(search('оттепель').articles.map((item) => item.id)).toEqual([article.id]);
  });

  it('lets a search right after the save find the new words (it catches up first)', () => {
    const article = library.articles.create({ headline: 'Черновик' }, 'tester');
    library.articles.update(
      article.id,
      { body: paragraphs('Палеонтологи нашли кости.') },
      'tester',
    );
    expect(indexHolds('палеонтологи')).toBe(false);
    expect(search('палеонтологи').articles.map((item) => item.id)).toEqual([article.id]);
    expect(library.articles.search.hasPending()).toBe(false);
  });

  it('catches up on the next open when the process stopped before indexing', () => {
    const article = library.articles.create({ headline: 'Черновик' }, 'tester');
    library.articles.update(article.id, { body: paragraphs('Криптовалюты дешевеют.') }, 'tester');
    // Closed before the event loop ran the indexing, as a killed process would leave it.
    library.close();
    library = openLibrary(file);
    expect(indexHolds('криптовалюты')).toBe(true);
    expect(library.articles.search.hasPending()).toBe(false);
  });

  it('re-stems only changed blocks and keeps the stems of the unchanged ones', async () => {
    const texts = ['Мэр открыл мост.', 'Движение пустят в мае.', 'Строители спешат.'];
    let article = library.articles.create(
      { headline: 'Мост', body: paragraphs(...texts) },
      'tester',
    );
    for (const edit of ['Движение пустят в июне.', 'Движение пустят осенью.']) {
      texts[1] = edit;
      article = library.articles.update(article.id, { body: paragraphs(...texts) }, 'tester')!;
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Unchanged blocks kept their stems, the changed one lost its old words.
    for (const word of ['мэр', 'мост', 'строители', 'осенью']) expect(indexHolds(word)).toBe(true);
    for (const word of ['мае', 'июне']) expect(indexHolds(word)).toBe(false);
    expect(search('осенью').articles.map((item) => item.id)).toEqual([article.id]);
  });

  it('indexes inside the save for writes other than autosave', () => {
    const article = library.articles.create(
      { headline: 'Цеппелин', body: paragraphs('Первый полёт.') },
      'tester',
    );
    expect(indexHolds('цеппелин')).toBe(true);
    library.articles.update(article.id, { lede: 'Второй полёт' }, 'tester', undefined, {
      reason: 'named',
      name: 'v2',
    });
    expect(indexHolds('второй')).toBe(true);
  });
});
