import { describe, expect, it } from 'vitest';
import { isSameQuoteWording } from './quoteWording';

describe('isSameQuoteWording', () => {
  it.each([
    ['no-break spaces', 'десятки\u00A0тысяч', 'десятки тысяч'],
    ['narrow no-break space in a number', '200\u202F000', '200 000'],
    ['doubled spaces', 'десятки  тысяч', 'десятки тысяч'],
    ['typographic quotes', '«из разных отраслей»', '"из разных отраслей"'],
    ['inner quotes', '„слово“', '"слово"'],
    ['apostrophes', 'O’Brien', "O'Brien"],
    ['dashes', 'кластер — это', 'кластер - это'],
    ['a dash without spaces', '2020–2024', '2020-2024'],
    ['a non-breaking hyphen', 'Ростов\u2011на\u2011Дону', 'Ростов-на-Дону'],
    ['soft hyphens', 'инно\u00ADваци\u00ADонный', 'инновационный'],
    ['the ellipsis', 'и так далее…', 'и так далее...'],
  ])('treats %s as the same wording', (_, a, b) => {
    expect(isSameQuoteWording(a, b)).toBe(true);
  });

  it.each([
    ['a word', 'десятки тысяч', 'сотни тысяч'],
    ['a letter', 'кластер', 'кластеры'],
    ['a comma', 'да, конечно', 'да конечно'],
    ['a full stop for a question mark', 'Это так.', 'Это так?'],
    ['a number', '200 000', '300 000'],
    ['a word split in two', 'инновационный', 'иннова ционный'],
    ['a dash for a comma', 'кластер - это', 'кластер, это'],
  ])('a change of %s still differs', (_, a, b) => {
    expect(isSameQuoteWording(a, b)).toBe(false);
  });
});
