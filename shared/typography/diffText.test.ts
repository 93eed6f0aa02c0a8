import { describe, expect, it } from 'vitest';
import { createRandom } from '../../test/support/createRandom';
import { applyTextEdits } from './applyTextEdits';
import { diffText } from './diffText';

describe('diffText', () => {
  it('returns nothing for equal texts', () => {
    expect(diffText('текст', 'текст')).toEqual([]);
  });

  it('finds minimal, joined edits', () => {
    expect(diffText('a "b" c...', 'a «b» c…')).toEqual([
      { from: 2, to: 3, insert: '«' },
      { from: 4, to: 5, insert: '»' },
      { from: 7, to: 10, insert: '…' },
    ]);
    expect(diffText('в дом', 'в\u00a0дом')).toEqual([{ from: 1, to: 2, insert: '\u00a0' }]);
    expect(diffText('', 'abc')).toEqual([{ from: 0, to: 0, insert: 'abc' }]);
    expect(diffText('abc', '')).toEqual([{ from: 0, to: 3, insert: '' }]);
  });

  it('keeps a changed emoji whole', () => {
    expect(diffText('a 😀 b', 'a 😁 b')).toEqual([{ from: 2, to: 4, insert: '😁' }]);
  });

  it('replaces a rewritten middle as one piece, keeping the common ends', () => {
    const before = `Начало. ${'а'.repeat(3000)} Конец.`;
    const after = `Начало. ${'б'.repeat(3000)} Конец.`;
    expect(diffText(before, after)).toEqual([{ from: 8, to: 3008, insert: 'б'.repeat(3000) }]);
  });

  it('produces edits that rebuild the new text', () => {
    // A fixed seed, so a failure can be replayed.
    const random = createRandom(42);
    const randomText = () =>
      Array.from({ length: random.int(40) }, () => random.pick([...'ab"« '])).join('');
    for (let round = 0; round < 2000; round += 1) {
      const before = randomText();
      const after = randomText();
      const edits = diffText(before, after);
      expect(applyTextEdits(before, edits)).toBe(after);
      for (let index = 1; index < edits.length; index += 1) {
        expect(edits[index]?.from).toBeGreaterThan(edits[index - 1]?.to ?? Infinity);
      }
    }
  });
});
