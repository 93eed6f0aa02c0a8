import { describe, expect, it } from 'vitest';
import { getDocumentSchema } from '../editor/documentSchema';
import { extractPlainText } from '../editor/extractPlainText';
import { plainTextRangeToPositions } from './plainTextPositions';

describe('plainTextRangeToPositions', () => {
  it('maps plain-text offsets to the same words in the document', () => {
    const json = {
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
                { type: 'text', text: 'Мы успеем', marks: [{ type: 'bold' }] },
                { type: 'text', text: '».' },
                { type: 'hardBreak' },
                { type: 'text', text: 'Ещё' },
              ],
            },
          ],
        },
      ],
    };
    const doc = getDocumentSchema().nodeFromJSON(json);
    const text = extractPlainText(json);
    for (const word of ['Первый', 'Мы успеем', 'Ещё', 'абзац.']) {
      const start = text.indexOf(word);
      const range = plainTextRangeToPositions(doc, start, start + word.length);
      expect(range, word).not.toBeNull();
      expect(doc.textBetween(range!.from, range!.to, '\n\n', '\n')).toBe(word);
    }
  });
});
