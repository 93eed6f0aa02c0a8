import { describe, expect, it } from 'vitest';
import { firstNameLemma } from './firstNames';
import { normalizeWord } from './normalizeWord';
import { tokenizeText } from './tokenizeText';

/** normalizeWord as it was before its code-unit table: the whole word through toLowerCase. */
function convertedWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е').replace(/[’ʼ`]/g, "'");
}

const samples = [
  'министр',
  'Министр',
  'МИНИСТР',
  'МИДа',
  'Ёлкин',
  'ёлка',
  'O’Reilly',
  'Dʼ',
  'Al-Amr',
  'Лента.ру',
  'ΣΟΦΙΑ',
  'Σοφία',
  'İstanbul',
  'ǅemal',
  'Straße',
  'STRASSE',
  '2012',
  '',
  '𝐀lpha',
  'Ѐкран',
  'ВКонтакте',
  'США',
  'Объём',
  'Санкт-Петербург',
  'Наталья Сергунина',
  'D’Artagnan',
  'РОССИЯ’s',
];

describe('normalizeWord', () => {
  it('gives what converting the whole word gives, for every code unit below U+2100', () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x2100; code += 1) {
      const char = String.fromCharCode(code);
      for (const word of [char, `${char}ab`, `A${char}b`, `а${char}`, `${char}Б`]) {
        if (normalizeWord(word) !== convertedWord(word)) differing.push(word);
      }
    }
    expect(differing).toEqual([]);
  });

  it('leaves a normalised word as it is, so look-ups may be given a token norm', () => {
    for (let code = 0; code < 0x2100; code += 1) {
      const char = String.fromCharCode(code);
      for (const word of [char, `${char}ab`, `A${char}b`, `а${char}`, `${char}Б`]) {
        expect(normalizeWord(normalizeWord(word)), word).toBe(normalizeWord(word));
      }
    }
    for (const word of samples)
      expect(normalizeWord(normalizeWord(word))).toBe(normalizeWord(word));
  });

  it('gives what converting the whole word gives for mixed words', () => {
    for (const word of samples) expect(normalizeWord(word)).toBe(convertedWord(word));
  });
});

describe('tokenizeText', () => {
  it('reads case from the first character as toLowerCase and toUpperCase do', () => {
    const text = `${samples.join(' ')} «Цитата», — сказал он. Ǆ ǆ 𝐀b 5 ½ ٣`;
    for (const token of tokenizeText(text)) {
      const first = token.text.charAt(0);
      const lower = first.toLowerCase();
      const isLetter = lower !== first.toUpperCase();
      expect(token.isCapitalized, token.text).toBe(isLetter && first !== lower);
      expect(token.isWord, token.text).toBe(isLetter || /^[\p{L}\p{N}]/u.test(token.text));
      expect(token.norm, token.text).toBe(token.isWord ? convertedWord(token.text) : token.text);
    }
  });

  it('tokenises a range as its slice, with offsets into the text', () => {
    const text = 'Глава МИДа Сергей Лавров заявил: «Да».';
    const tokens = tokenizeText(text, 6, 24);
    expect(tokens.map((token) => token.text)).toEqual(['МИДа', 'Сергей', 'Лавров']);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual([
      'МИДа',
      'Сергей',
      'Лавров',
    ]);
  });
});

describe('firstNameLemma', () => {
  it('undoes the first case ending, in the list order, that gives a known name', () => {
    expect(firstNameLemma('Натальей')).toBe('наталья');
    expect(firstNameLemma('Ивану')).toBe('иван');
    expect(firstNameLemma('Елену')).toBe('елена');
    // -е → -а comes before -е → '': "Александре" is Alexandra's.
    expect(firstNameLemma('Александре')).toBe('александра');
    expect(firstNameLemma('Фёдором')).toBe('федор');
    expect(firstNameLemma('Михаила')).toBe('михаил');
    expect(firstNameLemma('Mary')).toBe('mary');
    expect(firstNameLemma('Петров')).toBeUndefined();
  });
});
