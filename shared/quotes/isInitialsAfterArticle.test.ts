import { describe, expect, it } from 'vitest';
import { isInitialsAfterArticle } from './isInitialsAfterArticle';
import { tokenizeText } from './tokenizeText';

function at(text: string, word: string): boolean {
  const tokens = tokenizeText(text, 0, text.length);
  return isInitialsAfterArticle(
    tokens,
    tokens.findIndex((token) => token.text === word),
  );
}

describe('isInitialsAfterArticle', () => {
  it('takes capitals after "the" for initials', () => {
    expect(at('The WHO notes', 'WHO')).toBe(true);
    expect(at('as the US said', 'US')).toBe(true);
  });

  it('leaves a pronoun, a capitalised word and capitals without "the"', () => {
    expect(at('a man who said', 'who')).toBe(false);
    expect(at('The Who played', 'Who')).toBe(false);
    expect(at('WHO notes', 'WHO')).toBe(false);
  });
});
