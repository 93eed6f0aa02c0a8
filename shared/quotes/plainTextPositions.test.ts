import { describe, expect, it } from 'vitest';
import { blockquote, doc, paragraph, text } from '../../test/support/tiptapNodes';
import { getDocumentSchema } from '../editor/documentSchema';
import { extractPlainText } from '../editor/extractPlainText';
import { plainTextRangeToPositions } from './plainTextPositions';

describe('plainTextRangeToPositions', () => {
  it('maps plain-text offsets to the same words in the document', () => {
    const json = doc(
      paragraph(text('Первый абзац.')),
      { type: 'paragraph' },
      blockquote(
        paragraph(
          text('Он сказал: «'),
          text('Мы успеем', 'bold'),
          text('».'),
          { type: 'hardBreak' },
          text('Ещё'),
        ),
      ),
    );
    const node = getDocumentSchema().nodeFromJSON(json);
    const plain = extractPlainText(json);
    for (const word of ['Первый', 'Мы успеем', 'Ещё', 'абзац.']) {
      const start = plain.indexOf(word);
      const range = plainTextRangeToPositions(node, start, start + word.length);
      expect(range, word).not.toBeNull();
      expect(node.textBetween(range!.from, range!.to, '\n\n', '\n')).toBe(word);
    }
  });
});
