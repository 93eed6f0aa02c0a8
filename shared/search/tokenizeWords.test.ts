import { describe, expect, it } from 'vitest';
import { forEachWordSpan, forEachWordWithInitial, initialAt, tokenizeWords } from './tokenizeWords';

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

describe('forEachWordWithInitial', () => {
  const spans = (text: string, initials: ReadonlySet<string>) => {
    const found: Array<[number, number]> = [];
    forEachWordWithInitial(text, initials, (start, end) => found.push([start, end]));
    return found;
  };
  // What it stands for: every word, kept when its initial is one of them.
  const reference = (text: string, initials: ReadonlySet<string>) => {
    const found: Array<[number, number]> = [];
    forEachWordSpan(text, (start, end) => {
      if (initials.has(initialAt(text, start))) found.push([start, end]);
    });
    return found;
  };

  it('finds the words with those initials, whatever their case or accents', () => {
    const text = 'Президент, пре\u00ADзидент и «ПРЕЗИДЕНТ»; Élan elan Ёлка ель';
    const words = (initials: string) =>
      spans(text, new Set(initials)).map(([start, end]) => text.slice(start, end));
    expect(words('п')).toEqual(['Президент', 'пре\u00ADзидент', 'ПРЕЗИДЕНТ']);
    expect(words('e')).toEqual(['Élan', 'elan']);
    expect(words('е')).toEqual(['Ёлка', 'ель']);
  });

  it('never starts a word inside another: after letters, marks, joining apostrophes, astral letters', () => {
    const initials = new Set(['b', 'б', 'п', '2']);
    for (const text of [
      "O'Brien o'brien Д'Бартаньян ab b",
      'a\u0301b \u0301b x\u200Bb 𝐀b 👍b 12 2',
      "'b ''b a''b a'\u0301b",
      'пп\uD835\uDC01п \uDC01б \uD835б',
    ]) {
      expect(spans(text, initials), text).toEqual(reference(text, initials));
    }
  });

  // A seeded generator: the same texts on every run.
  const randomTexts = (
    pieces: readonly string[],
    initialChoices: readonly string[],
    rounds: number,
  ) => {
    let seed = 12345;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    return Array.from({ length: rounds }, () => {
      const length = 1 + random(40);
      let text = '';
      for (let index = 0; index < length; index += 1) text += pieces[random(pieces.length)] ?? '';
      const initials = new Set(
        Array.from(
          { length: 1 + random(3) },
          () => initialChoices[random(initialChoices.length)] ?? 'a',
        ),
      );
      return { text, initials };
    });
  };

  it('agrees with forEachWordSpan on random text full of edge cases', () => {
    const pieces = [
      ...'abBпПрРеЁёé2 9',
      '  ',
      '\n',
      "'",
      '\u2019',
      '`',
      '-',
      '«',
      '—',
      '\u00A0',
      '\u0301',
      '\u00AD',
      '\u200B',
      '\uFEFF',
      '𝐁',
      '𝐩',
      '👍',
      '\uD835',
      '\uDC01',
      'Ａ',
      'ﬁ',
      'ß',
      'İ',
      'ǅ',
    ];
    const initialChoices = ['a', 'b', 'п', 'р', 'е', 'e', '2', '9', 'f', 's', 'i', 'd', '\uD835'];
    for (const { text, initials } of randomTexts(pieces, initialChoices, 2000)) {
      expect(spans(text, initials), JSON.stringify({ text, initials: [...initials] })).toEqual(
        reference(text, initials),
      );
    }
  });

  it('agrees with forEachWordSpan on random plain text (Latin, Cyrillic, common punctuation)', () => {
    const pieces = [
      ...'abBпПрРеЁёіІ29 .,',
      'бюджет',
      'Пре',
      '\n',
      "'",
      '\u2019',
      '\u2018',
      '`',
      '-',
      '«',
      '»',
      '—',
      '…',
      '\u00A0',
    ];
    const initialChoices = ['a', 'b', 'п', 'р', 'е', '2', 'і', 'б'];
    for (const { text, initials } of randomTexts(pieces, initialChoices, 2000)) {
      expect(spans(text, initials), JSON.stringify({ text, initials: [...initials] })).toEqual(
        reference(text, initials),
      );
    }
  });
});
