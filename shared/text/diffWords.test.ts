import { describe, expect, it } from 'vitest';
import { diffWords } from './diffWords';

describe('diffWords', () => {
  it('marks words added and removed, and rebuilds both texts', () => {
    const older = 'Мэр открыл новый парк в центре города.';
    const newer = 'Мэр торжественно открыл парк в центре Москвы.';
    const parts = diffWords(older, newer);
    expect(parts.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual([
      'торжественно',
      'Москвы.',
    ]);
    expect(parts.filter((part) => part.kind === 'removed').map((part) => part.text.trim())).toEqual(
      ['новый', 'города.'],
    );
    expect(
      parts
        .filter((part) => part.kind !== 'added')
        .map((part) => part.text)
        .join(''),
    ).toBe(older);
    expect(
      parts
        .filter((part) => part.kind !== 'removed')
        .map((part) => part.text)
        .join(''),
    ).toBe(newer);
  });

  it('handles identical, empty and completely different texts', () => {
    expect(diffWords('same text', 'same text')).toEqual([{ kind: 'same', text: 'same text' }]);
    expect(diffWords('', 'new')).toEqual([{ kind: 'added', text: 'new' }]);
    expect(diffWords('old', '')).toEqual([{ kind: 'removed', text: 'old' }]);
  });

  it('stays usable on long texts', () => {
    const words = Array.from({ length: 20_000 }, (_, index) => `w${index}`).join(' ');
    const parts = diffWords(words, `${words} tail`);
    expect(parts.at(-1)).toEqual({ kind: 'added', text: ' tail' });
  });
});
