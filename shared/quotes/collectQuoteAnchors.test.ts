import { describe, expect, it } from 'vitest';
import { blockquote, doc, paragraph, text } from '../../test/support/tiptapNodes';
import { extractPlainText } from '../editor/extractPlainText';
import { collectQuoteAnchors } from './collectQuoteAnchors';

const anchor = (id: string) => ({ type: 'quoteAnchor', attrs: { id } });
const id1 = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
const id2 = '01ARZ3NDEKTSV4RRFFQ69G5FAW';

describe('collectQuoteAnchors', () => {
  it('gives offsets into the plain text, across blocks, empty paragraphs, marks and hard breaks', () => {
    const body = doc(
      paragraph(text('Первый абзац.')),
      { type: 'paragraph' },
      blockquote(
        paragraph(
          text('Он сказал: «'),
          text('Мы ', anchor(id1)),
          text('успеем', anchor(id1), 'bold'),
          text('», — и ушёл.'),
          { type: 'hardBreak' },
          text('Вторая строка', anchor(id2)),
        ),
      ),
    );
    const plain = extractPlainText(body);
    const anchors = collectQuoteAnchors(body);
    for (const location of anchors.values()) {
      expect(plain.slice(location.start, location.end)).toBe(location.text);
    }
    expect(anchors.get(id1)?.text).toBe('Мы успеем');
    expect(anchors.get(id2)?.text).toBe('Вторая строка');
  });
});
