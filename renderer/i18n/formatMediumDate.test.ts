import { describe, expect, it } from 'vitest';
import { formatMediumDate } from './formatMediumDate';

const dayMs = 24 * 60 * 60 * 1000;

describe('formatMediumDate', () => {
  it.each(['en', 'ru'])('writes every day of three years as Intl does in %s', (language) => {
    const intl = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    const start = new Date(2024, 0, 1, 13, 7).getTime();
    for (let at = start; at < start + 3 * 366 * dayMs; at += dayMs) {
      expect(formatMediumDate(language, at)).toBe(intl.format(at));
    }
  });

  it.each(['en', 'ru'])('takes the local day at the edges of a day in %s', (language) => {
    const intl = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    for (const at of [
      new Date(2026, 11, 31, 23, 59, 59, 999).getTime(),
      new Date(2027, 0, 1, 0, 0, 0, 0).getTime(),
      0,
      1_764_979_200_000,
    ]) {
      expect(formatMediumDate(language, at)).toBe(intl.format(at));
    }
  });

  it('leaves other languages and years to Intl', () => {
    expect(formatMediumDate('de', Date.now())).toBeNull();
    expect(formatMediumDate('en', new Date(-50_000_000_000_000).getTime())).toBeNull();
    expect(formatMediumDate('en', Number.NaN)).toBeNull();
  });
});
