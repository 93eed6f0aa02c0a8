import { describe, expect, it } from 'vitest';
import type { Snippet } from './makeSnippet';
import { makeSnippet } from './makeSnippet';

function highlighted({ text, highlights }: Snippet): string[] {
  return highlights.map(([start, end]) => text.slice(start, end));
}

const article =
  'Заместитель мэра Москвы Наталья Сергунина открыла выставку. ' +
  'Погода в столице останется тёплой, дожди не ожидаются, ветер слабый. '.repeat(6) +
  'Резиденты кластера получат льготы, а к кластеру «Ломоносов» присоединились 200 компаний, ' +
  'рассказала Сергунина. Сам кластер вырос вдвое. ' +
  'Транспорт работает в обычном режиме, парки открыты до полуночи. '.repeat(6);

describe('makeSnippet', () => {
  it('highlights the inflected forms present in the text', () => {
    const snippet = makeSnippet(article, 'кластерами');
    expect(highlighted(snippet)).toEqual(['кластера', 'кластеру', 'кластер']);
  });

  it('centres on the cluster with the most distinct query words', () => {
    const snippet = makeSnippet(article, 'Сергуниной кластер', { maxLength: 120 });
    expect(snippet.text.length).toBeLessThanOrEqual(120);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(highlighted(snippet)).toEqual(
      expect.arrayContaining(['кластера', 'кластеру', 'Сергунина']),
    );
  });

  it('cuts at spaces and keeps within maxLength', () => {
    for (const maxLength of [10, 40, 80, 160, 300]) {
      const snippet = makeSnippet(article, 'льготы', { maxLength });
      expect(snippet.text.length).toBeLessThanOrEqual(maxLength);
      const inner = snippet.text.replace(/^…|…$/gu, '');
      expect(article.replace(/\s+/gu, ' ')).toContain(inner);
      for (const [start, end] of snippet.highlights) {
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(snippet.text.length);
        expect(start).toBeLessThan(end);
      }
    }
  });

  it('matches the unfinished last word as a prefix, like the search did', () => {
    expect(highlighted(makeSnippet('Mayor is signing the deal; he signed it.', 'signi'))).toEqual([
      'signing',
      'signed',
    ]);
    expect(highlighted(makeSnippet('Сергунина и кластер', 'класте'))).toEqual(['кластер']);
  });

  it('highlights a hyphenated compound only as a whole', () => {
    const snippet = makeSnippet(
      'Из Ростова-на-Дону на поезде, в Ростов на Дону.',
      'Ростов-на-Дону',
    );
    expect(highlighted(snippet)).toEqual(['Ростова-на-Дону', 'Ростов на Дону']);
  });

  it('collapses whitespace and keeps highlights aligned', () => {
    const snippet = makeSnippet('  Первый абзац.\n\n\tВторой   абзац про ёлку.  ', 'елка');
    expect(snippet).toEqual({
      text: 'Первый абзац. Второй абзац про ёлку.',
      highlights: [[31, 35]],
    });
  });

  it('counts UTF-16 offsets past emoji', () => {
    const snippet = makeSnippet('👩‍💻 Café 🇷🇺 кластер', 'кластер cafe');
    expect(highlighted(snippet)).toEqual(['Café', 'кластер']);
  });

  it('shows the start of the text when nothing matches', () => {
    const snippet = makeSnippet(article, 'вертолёт', { maxLength: 60 });
    expect(snippet.highlights).toEqual([]);
    expect(snippet.text.startsWith('Заместитель мэра')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(makeSnippet('', 'кластер')).toEqual({ text: '', highlights: [] });
    expect(makeSnippet('Короткий текст.', '"(NEAR')).toEqual({
      text: 'Короткий текст.',
      highlights: [],
    });
  });

  it('cuts a word longer than the snippet without splitting a surrogate pair', () => {
    const snippet = makeSnippet(`начало ${'𞤀'.repeat(500)} конец`, '𞤀𞤀𞤀', { maxLength: 51 });
    expect(snippet.text.length).toBeLessThanOrEqual(51);
    expect(snippet.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
    expect(snippet.highlights).toHaveLength(1);
  });
});
