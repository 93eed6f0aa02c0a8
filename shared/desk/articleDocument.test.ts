import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSampleDocument } from '../editor/sampleDocument';
import type { TiptapNode } from '../editor/tiptapJson';
import {
  readArticleDocument,
  writeArticleDocument,
  type ArticleDocumentFields,
} from './articleDocument';

const paragraph = (text: string): TiptapNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
});

function article(overrides: Partial<ArticleDocumentFields> = {}): ArticleDocumentFields {
  return {
    headline: 'Кластер выходит на международный уровень',
    lede: 'Лид',
    rubric: 'Общество',
    tags: ['Москва', 'технологии'],
    bylines: ['Анна Петрова'],
    slug: 'klaster',
    isSlugCustom: false,
    language: 'ru',
    status: 'draft',
    body: { type: 'doc', content: [paragraph('Первый абзац.'), paragraph('Второй абзац.')] },
    related: [{ relatedId: null, headline: 'Другая новость' }],
    createdAt: 1_700_000_000_000,
    publishedAt: null,
    ...overrides,
  };
}

/** Two machines that start from the same document and exchange what each lacks. */
function forkedPair(fields: ArticleDocumentFields): [Y.Doc, Y.Doc] {
  const first = new Y.Doc();
  writeArticleDocument(first, fields);
  const second = new Y.Doc();
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
  return [first, second];
}

function exchange(first: Y.Doc, second: Y.Doc): void {
  const toSecond = Y.encodeStateAsUpdate(first, Y.encodeStateVector(second));
  const toFirst = Y.encodeStateAsUpdate(second, Y.encodeStateVector(first));
  Y.applyUpdate(second, toSecond);
  Y.applyUpdate(first, toFirst);
}

describe('an article as a Yjs document', () => {
  it('round-trips every field and every node and mark of the schema', () => {
    const fields = article({ body: createSampleDocument(), status: 'ready', publishedAt: 5 });
    const doc = new Y.Doc();
    writeArticleDocument(doc, fields);
    expect(readArticleDocument(doc)).toEqual(fields);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(readArticleDocument(copy)).toEqual(fields);
  });

  it('reads nothing from an empty document', () => {
    expect(readArticleDocument(new Y.Doc())).toBeNull();
  });

  it('writes nothing when nothing changed', () => {
    const doc = new Y.Doc();
    writeArticleDocument(doc, article());
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    writeArticleDocument(doc, article());
    expect(updates).toHaveLength(0);
  });

  it('merges edits to different paragraphs made apart', () => {
    const [first, second] = forkedPair(article());
    writeArticleDocument(
      first,
      article({
        body: {
          type: 'doc',
          content: [paragraph('Первый абзац, правка А.'), paragraph('Второй абзац.')],
        },
      }),
    );
    writeArticleDocument(
      second,
      article({
        body: {
          type: 'doc',
          content: [paragraph('Первый абзац.'), paragraph('Второй абзац, правка Б.')],
        },
      }),
    );
    exchange(first, second);
    const merged = readArticleDocument(first);
    expect(merged).toEqual(readArticleDocument(second));
    expect(merged?.body).toEqual({
      type: 'doc',
      content: [paragraph('Первый абзац, правка А.'), paragraph('Второй абзац, правка Б.')],
    });
  });

  it('keeps every character typed on both sides in one paragraph and in the headline', () => {
    const [first, second] = forkedPair(
      article({ headline: 'Кластер', body: { type: 'doc', content: [paragraph('начало конец')] } }),
    );
    writeArticleDocument(
      first,
      article({
        headline: 'Московский кластер',
        body: { type: 'doc', content: [paragraph('начало АА конец')] },
      }),
    );
    writeArticleDocument(
      second,
      article({
        headline: 'Кластер растёт',
        body: { type: 'doc', content: [paragraph('начало конец ББ')] },
      }),
    );
    exchange(first, second);
    const merged = readArticleDocument(first);
    expect(merged).toEqual(readArticleDocument(second));
    expect(merged?.headline).toBe('Московский кластер растёт');
    expect(merged?.body).toEqual({ type: 'doc', content: [paragraph('начало АА конец ББ')] });
  });

  it('keeps tags added on both sides and drops the one removed', () => {
    const [first, second] = forkedPair(article({ tags: ['Москва', 'технологии'] }));
    writeArticleDocument(first, article({ tags: ['Москва', 'технологии', 'экономика'] }));
    writeArticleDocument(second, article({ tags: ['Москва', 'наука'] }));
    exchange(first, second);
    expect(readArticleDocument(first)?.tags).toEqual(readArticleDocument(second)?.tags);
    expect(new Set(readArticleDocument(first)?.tags)).toEqual(
      new Set(['Москва', 'экономика', 'наука']),
    );
  });

  it('lists a tag both sides added once', () => {
    const [first, second] = forkedPair(article({ tags: [] }));
    writeArticleDocument(first, article({ tags: ['выборы'] }));
    writeArticleDocument(second, article({ tags: ['выборы'] }));
    exchange(first, second);
    expect(readArticleDocument(first)?.tags).toEqual(['выборы']);
  });

  it('keeps emoji and combining marks whole when a neighbour changes', () => {
    const doc = new Y.Doc();
    writeArticleDocument(doc, article({ headline: 'семья 👩‍👩‍👧 café́' }));
    writeArticleDocument(doc, article({ headline: 'семья 👩‍👩‍👦 café́!' }));
    expect(readArticleDocument(doc)?.headline).toBe('семья 👩‍👩‍👦 café́!');
  });
});
