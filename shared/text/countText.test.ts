import { afterEach, describe, expect, it, vi } from 'vitest';
import { countText } from './countText';

describe('countText', () => {
  it('counts a Russian sentence as a desk does', () => {
    expect(countText('Ростов-на-Дону — город, где живут 1,1 млн человек.', 'ru')).toEqual({
      words: 7,
      charactersWithSpaces: 50,
      charactersWithoutSpaces: 43,
      readingMinutes: 1,
    });
  });

  it('counts an English sentence with hyphens, apostrophes and numbers', () => {
    expect(countText("It's a well-known fact: 42 people read O’Brien's e-mail.", 'en')).toEqual({
      words: 9,
      charactersWithSpaces: 56,
      charactersWithoutSpaces: 48,
      readingMinutes: 1,
    });
  });

  it('counts no-break spaces as spaces and skips line breaks and invisible characters', () => {
    const counts = countText('в\u00a0Москве\n\nи\u202fдалее\u00ad\u200b', 'ru');
    expect(counts.words).toBe(4);
    expect(counts.charactersWithSpaces).toBe(15);
    expect(counts.charactersWithoutSpaces).toBe(13);
  });

  it('counts a letter with combining marks and an emoji sequence once', () => {
    expect(countText('e\u0301te\u0301', 'en')).toMatchObject({ words: 1, charactersWithSpaces: 3 });
    expect(countText('й', 'ru')).toMatchObject({ words: 1, charactersWithSpaces: 1 });
    expect(countText('👩‍👩‍👧‍👦 🇷🇺 👍🏽 ❤️', 'en')).toEqual({
      words: 0,
      charactersWithSpaces: 7,
      charactersWithoutSpaces: 4,
      readingMinutes: 0,
    });
  });

  it('counts an empty or blank text as nothing', () => {
    const nothing = {
      words: 0,
      charactersWithSpaces: 0,
      charactersWithoutSpaces: 0,
      readingMinutes: 0,
    };
    expect(countText('', 'ru')).toEqual(nothing);
    expect(countText('\n\n', 'en')).toEqual(nothing);
    expect(countText('  ', 'en')).toEqual({ ...nothing, charactersWithSpaces: 2 });
  });

  it('rounds reading time up at 180 words a minute in Russian and 230 in English', () => {
    expect(countText('слово '.repeat(180), 'ru').readingMinutes).toBe(1);
    expect(countText('слово '.repeat(181), 'ru').readingMinutes).toBe(2);
    expect(countText('word '.repeat(230), 'en').readingMinutes).toBe(1);
    expect(countText('word '.repeat(231), 'en').readingMinutes).toBe(2);
    expect(countText('Да.', 'ru').readingMinutes).toBe(1);
  });

  it('counts long texts the same in pieces as whole', () => {
    const sentence = 'Москва — столица, в ней 13 млн человек 👍🏽. ';
    const one = countText(sentence, 'ru');
    const many = countText(sentence.repeat(500), 'ru');
    expect(many.words).toBe(one.words * 500);
    expect(many.charactersWithSpaces).toBe(one.charactersWithSpaces * 500);
    expect(many.charactersWithoutSpaces).toBe(one.charactersWithoutSpaces * 500);
  });

  describe('without Intl.Segmenter', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
      vi.resetModules();
    });

    it('still joins marks, emoji sequences and flags', async () => {
      vi.stubGlobal(
        'Intl',
        Object.create(Intl, { Segmenter: { value: undefined } }) as typeof Intl,
      );
      vi.resetModules();
      const fallback = await import('./countText');
      expect(fallback.countText('👩‍👩‍👧‍👦 🇷🇺🇬🇧 👍🏽 e\u0301 1️⃣\r\n', 'en')).toMatchObject({
        charactersWithSpaces: 10,
        charactersWithoutSpaces: 6,
      });
    });
  });
});
