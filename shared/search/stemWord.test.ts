import { describe, expect, it } from 'vitest';
import { maxStemLength, stemWord } from './stemWord';

describe('stemWord', () => {
  it.each([
    ['кластеру', ['кластер', 'кластера', 'кластерами', 'кластеров']],
    ['Сергуниной', ['Сергунина', 'Сергуниной', 'Сергунину']],
    ['инновационному', ['инновационный', 'инновационная', 'инновационных']],
    ['signed', ['signing', 'sign', 'signs']],
    ['ёлка', ['елка', 'Ёлки', 'ЕЛКУ']],
  ])('gives %s the stem of its other forms', (query, forms) => {
    for (const form of forms) expect(stemWord(form)).toBe(stemWord(query));
  });

  it('ignores case', () => {
    expect(stemWord('КЛАСТЕРА')).toBe(stemWord('кластера'));
    expect(stemWord('SIGNED')).toBe('sign');
  });

  it('keeps digits as they are and drops apostrophes after stemming', () => {
    expect(stemWord('2024')).toBe('2024');
    expect(stemWord('O’Brien')).toBe('obrien');
    expect(stemWord("Galley's")).toBe(stemWord('Galley'));
  });

  it('returns the same stem from the cache as on first use', () => {
    const first = stemWord('присоединились');
    expect(stemWord('присоединились')).toBe(first);
  });

  it('bounds the stem of a huge word', () => {
    const stem = stemWord('ж'.repeat(10_000));
    expect(stem.length).toBeLessThanOrEqual(maxStemLength);
    // An astral letter (Adlam) straddles the cut: the pair is dropped, not split.
    expect(stemWord(`ж${'𞤀'.repeat(100)}`)).not.toMatch(/[\uD800-\uDBFF]$/u);
  });

  it('gives an empty stem to something with no letters or digits', () => {
    expect(stemWord('—')).toBe('');
  });
});
