import { describe, expect, it } from 'vitest';
import { tokenizeWords } from './tokenizeWords';

function words(text: string): string[] {
  return tokenizeWords(text).map(({ word }) => word);
}

describe('tokenizeWords', () => {
  it('finds Cyrillic, Latin and digit words with offsets into the original text', () => {
    const text = '«Кластер» — 200 компаний, said O’Brien.';
    const found = tokenizeWords(text);
    expect(found.map(({ word }) => word)).toEqual([
      'Кластер',
      '200',
      'компаний',
      'said',
      'O’Brien',
    ]);
    for (const { word, start, end } of found) expect(text.slice(start, end)).toBe(word);
  });

  it('keeps an apostrophe between letters, not around a word', () => {
    expect(words("'quoted' don't Д'Артаньян rock'n'roll")).toEqual([
      'quoted',
      "don't",
      "Д'Артаньян",
      "rock'n'roll",
    ]);
  });

  it('splits hyphenated compounds into their words', () => {
    expect(words('Ростов-на-Дону, кто-то, covid-19')).toEqual([
      'Ростов',
      'на',
      'Дону',
      'кто',
      'то',
      'covid',
      '19',
    ]);
  });

  it('keeps soft hyphens, zero-width joiners and combining marks inside a word', () => {
    expect(words('инно\u00ADвационный cafe\u0301 кла\u200Bстер')).toEqual([
      'инно\u00ADвационный',
      'cafe\u0301',
      'кла\u200Bстер',
    ]);
  });

  it('counts offsets in UTF-16 units past emoji and astral letters', () => {
    const text = '👩‍💻 𝐁𝐨𝐥𝐝 кластер';
    const found = tokenizeWords(text);
    expect(found.map(({ word }) => word)).toEqual(['𝐁𝐨𝐥𝐝', 'кластер']);
    for (const { word, start, end } of found) expect(text.slice(start, end)).toBe(word);
  });

  it('finds nothing in punctuation, symbols and lone marks', () => {
    expect(tokenizeWords('"*^()-:{}\\%_ \u0301\u0308 … — 👍')).toEqual([]);
  });
});
