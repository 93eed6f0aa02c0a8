import { describe, expect, it } from 'vitest';
import { countArticle } from './countArticle';

describe('countArticle', () => {
  it('counts the body alone and the whole article', () => {
    const counts = countArticle({
      headline: 'Новый парк',
      lede: 'Его откроют в мае.',
      bodyText: 'Парк большой.\n\nВход свободный.',
      language: 'ru',
    });
    expect(counts.body).toEqual({
      words: 4,
      charactersWithSpaces: 28,
      charactersWithoutSpaces: 26,
      readingMinutes: 1,
    });
    expect(counts.article).toEqual({
      words: 10,
      charactersWithSpaces: 56,
      charactersWithoutSpaces: 50,
      readingMinutes: 1,
    });
  });

  it('takes reading time from the total words, not the sum of minutes', () => {
    const words = (count: number) => 'word '.repeat(count).trim();
    const counts = countArticle({
      headline: words(5),
      lede: words(5),
      bodyText: words(225),
      language: 'en',
    });
    expect(counts.body.readingMinutes).toBe(1);
    expect(counts.article.readingMinutes).toBe(2);
  });
});
