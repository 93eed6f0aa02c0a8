import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../editor/extractPlainText';
import type { TiptapNode } from '../editor/tiptapJson';
import { collectQuoteAnchors } from './collectQuoteAnchors';

const anchor = (id: string) => ({ type: 'quoteAnchor', attrs: { id } });
const id1 = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
const id2 = '01ARZ3NDEKTSV4RRFFQ69G5FAW';

describe('collectQuoteAnchors', () => {
  it('gives offsets into the plain text, across blocks, empty paragraphs, marks and hard breaks', () => {
    const doc: TiptapNode = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Первый абзац.' }] },
        { type: 'paragraph' },
        {
          type: 'blockquote',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Он сказал: «' },
                { type: 'text', text: 'Мы ', marks: [anchor(id1)] },
                { type: 'text', text: 'успеем', marks: [anchor(id1), { type: 'bold' }] },
                { type: 'text', text: '», — и ушёл.' },
                { type: 'hardBreak' },
                { type: 'text', text: 'Вторая строка', marks: [anchor(id2)] },
              ],
            },
          ],
        },
      ],
    };
    const text = extractPlainText(doc);
    const anchors = collectQuoteAnchors(doc);
    for (const location of anchors.values()) {
      expect(text.slice(location.start, location.end)).toBe(location.text);
    }
    expect(anchors.get(id1)?.text).toBe('Мы успеем');
    expect(anchors.get(id2)?.text).toBe('Вторая строка');
  });
});
