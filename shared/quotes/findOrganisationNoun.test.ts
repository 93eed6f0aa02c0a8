import { describe, expect, it } from 'vitest';
import { findOrganisationNoun } from './findOrganisationNoun';
import { tokenizeText } from './tokenizeText';

const find = (phrase: string, language: 'ru' | 'en'): string | undefined =>
  findOrganisationNoun(tokenizeText(phrase), language);

describe('findOrganisationNoun', () => {
  it('names the organisation in the nominative with the words that qualify it', () => {
    expect(find('В пресс-службе метрополитена', 'ru')).toBe('пресс-служба метрополитена');
    expect(find('министерства', 'ru')).toBe('министерство');
    expect(find('в мэрии', 'ru')).toBe('мэрия');
    expect(find('the ministry', 'en')).toBe('the ministry');
  });

  it('does not take an object for the speaker', () => {
    expect(find('агентству', 'ru')).toBeUndefined();
    expect(find('Иван Петров', 'ru')).toBeUndefined();
    expect(find('a ministry official', 'en')).toBeUndefined();
  });
});
