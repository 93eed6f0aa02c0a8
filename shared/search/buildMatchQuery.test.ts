import { describe, expect, it } from 'vitest';
import { buildMatchQuery } from './buildMatchQuery';

describe('buildMatchQuery', () => {
  it('ANDs the quoted stems of finished words', () => {
    expect(buildMatchQuery('Кластеру Сергуниной', { prefixLast: false })).toBe(
      '"кластер" AND "сергунин"',
    );
    expect(buildMatchQuery('signed agreements ')).toBe('"sign" AND "agreement"');
  });

  it('matches the last word as a prefix while it is being typed', () => {
    expect(buildMatchQuery('кластер сергу')).toBe('"кластер" AND "серг"*');
    // The stem of a finished inflected word covers the typed form.
    expect(buildMatchQuery('кластеру')).toBe('"кластер"*');
    // Typed past the stem but not to an ending the stemmer knows: shorter stems are tried too.
    expect(buildMatchQuery('signin')).toBe('("signin"* OR "signi" OR "sign" OR "sig")');
  });

  it('treats a word followed by a space or punctuation as finished', () => {
    expect(buildMatchQuery('кластеру ')).toBe('"кластер"');
    expect(buildMatchQuery('кластеру,')).toBe('"кластер"');
    expect(buildMatchQuery("O'")).toBeNull();
  });

  it('waits for a second letter before prefix-matching', () => {
    expect(buildMatchQuery('к')).toBeNull();
    expect(buildMatchQuery('кластер с')).toBe('"кластер"');
    expect(buildMatchQuery('с', { prefixLast: false })).toBe('"с"');
  });

  it('turns hyphenated compounds and joined numbers into phrases', () => {
    expect(buildMatchQuery('Ростов-на-Дону ')).toBe('("рост на дон" OR "ростов на дон")');
    expect(buildMatchQuery('кто-то')).toBe('"кто то"*');
    expect(buildMatchQuery('в 12:30', { prefixLast: false })).toBe('"в" AND "12 30"');
  });

  it('also searches «-ов»/«-ев» names with the ending the other cases keep', () => {
    expect(buildMatchQuery('Лавров Медведев ')).toBe(
      '("лавр" OR "лавров") AND ("медвед" OR "медведев")',
    );
    expect(buildMatchQuery('Лаврова ')).toBe('"лавров"');
    expect(buildMatchQuery('ров ')).toBe('"ров"');
  });

  it('reads operators, column names and quotes as words', () => {
    expect(buildMatchQuery('NEAR(a b) OR NOT headline:x', { prefixLast: false })).toBe(
      '"near" AND "a" AND "b" AND "or" AND "not" AND "headlin" AND "x"',
    );
    expect(buildMatchQuery('"кластер* -сергунина ^икс')).toBe(
      '"кластер" AND "сергунин" AND "икс"*',
    );
  });

  it('is null when nothing is searchable', () => {
    for (const text of ['', '   ', '"', '""', '*', '-', '()', '👍', '\u0301', '…']) {
      expect(buildMatchQuery(text)).toBeNull();
    }
  });

  it('drops repeated words and caps the number of terms', () => {
    expect(buildMatchQuery('кластер кластера кластеру ')).toBe('"кластер"');
    const many = Array.from({ length: 100 }, (_, index) => `слово${index}`).join(' ');
    expect(buildMatchQuery(many)?.split(' AND ')).toHaveLength(32);
  });
});
