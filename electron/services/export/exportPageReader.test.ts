import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import { annotateFirstCharacter } from '../../../test/support/annotateFirstCharacter';
import { makeSolidPng } from '../../../test/support/makePng';
import { openLibrary, type Library } from '../library/openLibrary';
import { FactCheckService } from '../quotes/factCheckService';
import { bodyInSchemaOrder } from './bodyInSchemaOrder';
import { exportPageReader } from './exportPageReader';
import { toExportArticle } from './toExportArticle';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-export-page-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const paragraph = (text: string): TiptapNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text, marks: [{ type: 'bold' }] }],
});

/** The article as the checked path reads it: the schema, then the export's fields. */
function checked(library: Library, id: string) {
  const article = library.articles.get(id);
  if (!article) throw new Error(`no article ${id}`);
  return toExportArticle(library, article, new FactCheckService(library).speakersOf(id));
}

function setBodyJson(library: Library, id: string, json: string): void {
  library.db.prepare('UPDATE articles SET body_json = ? WHERE id = ?').run(json, id);
}

describe('the export page reader', () => {
  const library = openLibrary(path.join(root, 'library.sqlite'));
  const image = library.images.put(makeSolidPng([10, 20, 30]), 'photo.png', 1_700_000_000_000);
  const plain = library.articles.create(
    {
      headline: 'Мост открыт',
      rubric: 'Город',
      body: { type: 'doc', content: [paragraph('Да.')] },
    },
    'anna',
  ).id;
  const full = library.articles.create(
    {
      headline: 'Реку перекрыли',
      rubric: 'Город',
      lede: 'Коротко.',
      tags: ['река', 'город'],
      bylines: ['Анна', 'Иван'],
      related: [
        { relatedId: plain, headline: 'старый заголовок' },
        { relatedId: null, headline: 'Вне библиотеки' },
      ],
      body: {
        type: 'doc',
        content: [
          paragraph('Движение по реке закрыли на 3 дня.'),
          { type: 'figure', attrs: { imageId: image.id, alt: 'Река', caption: 'Вид' } },
        ],
      },
    },
    'anna',
  ).id;
  annotateFirstCharacter(library.articles, full, '01ARZ3NDEKTSV4RRFFQ69G5FAV', 1_700_000_000_000);
  library.articles.quotes.update(
    '01ARZ3NDEKTSV4RRFFQ69G5FAV',
    { speaker: 'Иван Петров' },
    'checker',
    1_700_000_000_001,
  );
  library.corrections.add(full, 'Исправлена дата.', 'desk', 1_700_000_000_002);
  const reordered = library.articles.create({ headline: 'Ключи не по порядку' }, 'anna').id;
  setBodyJson(
    library,
    reordered,
    '{"content":[{"content":[{"text":"Да.","type":"text"}],"type":"paragraph"}],"type":"doc"}',
  );
  const broken = library.articles.create({ headline: 'Тело не по схеме' }, 'anna').id;
  setBodyJson(library, broken, '{"type":"doc","content":[{"type":""}]}');
  const extraKey = library.articles.create({ headline: 'Лишний ключ' }, 'anna').id;
  setBodyJson(library, extraKey, '{"type":"doc","content":[],"secret":"x"}');
  const read = exportPageReader(library.db);

  it('reads an article as the checked path does, key for key', () => {
    const page = read([plain, full]);
    for (const id of [plain, full]) {
      const paged = page.get(id);
      expect(paged).toBeTruthy();
      // Key order too: the export hashes the article's JSON.
      expect(JSON.stringify(paged?.article)).toBe(JSON.stringify(checked(library, id)));
      expect(
        JSON.stringify(bodyInSchemaOrder(JSON.parse(paged?.bodyJson ?? '') as TiptapNode)),
      ).toBe(JSON.stringify(paged?.article.body));
    }
    const article = page.get(full)?.article;
    expect(article?.related.map((item) => item.headline)).toEqual([
      'Мост открыт',
      'Вне библиотеки',
    ]);
    expect(article?.speakers).toEqual(['Иван Петров']);
    expect(article?.corrections).toEqual([{ at: 1_700_000_000_002, text: 'Исправлена дата.' }]);
    expect(article?.images).toEqual([
      { imageId: image.id, fileName: 'photo.png', mimeType: 'image/png' },
    ]);
    expect(page.get(full)?.figureIds).toEqual([image.id]);
    expect(page.get(plain)?.figureIds).toEqual([]);
  });

  it('puts keys in the order the schema copies them, as the checked path does', () => {
    const article = read([reordered]).get(reordered)?.article;
    expect(JSON.stringify(article)).toBe(JSON.stringify(checked(library, reordered)));
    // Text before marks, as the importer writes them.
    expect(JSON.stringify(read([plain]).get(plain)?.article.body)).toContain(
      '"marks":[{"type":"bold"}],"text":"Да."',
    );
  });

  it('leaves to the checked path any body the schema would strip or refuse', () => {
    const page = read([broken, extraKey, plain]);
    expect(page.get(broken)).toBeNull();
    expect(page.get(extraKey)).toBeNull();
    expect(page.get(plain)).toBeTruthy();
    expect(() => checked(library, broken)).toThrow();
  });

  it('leaves out ids not in the library', () => {
    expect([...read(['01ARZ3NDEKTSV4RRFFQ69G5FZZ', plain]).keys()]).toEqual([plain]);
  });
});
