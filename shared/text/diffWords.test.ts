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

  it('shows a rewrite too large to align as replaced whole, between the common ends', () => {
    const older = Array.from({ length: 3000 }, (_, index) => `a${index}`).join(' ');
    const newer = Array.from({ length: 3000 }, (_, index) => `b${index}`).join(' ');
    expect(diffWords(`Начало ${older} конец.`, `Начало ${newer} конец.`)).toEqual([
      { kind: 'same', text: 'Начало' },
      { kind: 'removed', text: ` ${older}` },
      { kind: 'added', text: ` ${newer}` },
      { kind: 'same', text: ' конец.' },
    ]);
  });
});
