import { describe, expect, it } from 'vitest';
import { normalizeSearchText } from './normalizeSearchText';

describe('normalizeSearchText', () => {
  it('lower-cases Russian and English and reads «ё» as «е»', () => {
    expect(normalizeSearchText('Ёлка и ЁЖ, Signed')).toBe('елка и еж, signed');
  });

  it('drops soft hyphens, zero-width characters and bidi marks', () => {
    expect(normalizeSearchText('инно\u00ADвацион\u200Bный\u200D\u2060\uFEFF\u200F')).toBe(
      'инновационный',
    );
  });

  it('unifies apostrophes, including the acute accent people type for one', () => {
    for (const name of ['O’Brien', 'O‘Brien', 'Oʼbrien', 'O`Brien', 'O´Brien', "O'Brien"]) {
      expect(normalizeSearchText(name)).toBe("o'brien");
    }
  });

  it('applies NFKC: full-width letters and digits, ligatures', () => {
    expect(normalizeSearchText('ＡＢＣ１２３ ﬁle')).toBe('abc123 file');
  });

  it('folds Latin diacritics but keeps «й» a letter of its own', () => {
    expect(normalizeSearchText('Café Müller Straße Łódź')).toBe('cafe muller strasse lodz');
    expect(normalizeSearchText('Мой Йошкар-Ола')).toBe('мой йошкар-ола');
    expect(normalizeSearchText('и\u0306')).toBe('й');
    expect(normalizeSearchText('е\u0308лка')).toBe('елка');
  });
});
