import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { SearchQueryOptions } from './parseSearchQuery';
import { buildMatchQuery } from './buildMatchQuery';
import { toIndexText } from './toIndexText';

// The table the library is meant to use: stems only (content=''), rows deletable by rowid,
// FTS5 splitting at the spaces toIndexText puts between stems and changing nothing else.
const createTable = `
  CREATE VIRTUAL TABLE article_search USING fts5(
    headline, lede, body,
    content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'",
    prefix = '2 3'
  );
  INSERT INTO article_search(article_search, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0)');
`;

const articles: Record<number, [headline: string, lede: string, body: string]> = {
  1: ['Москва строит кластер', '', 'В кластер войдут двести компаний.'],
  2: ['Резиденты кластера', 'Участники кластера получат помощь.', ''],
  3: ['Заместитель мэра', '', '— рассказала Наталья Сергунина.'],
  4: ['Инновационный центр открылся', '', ''],
  5: ['The mayor is signing the deal', '', ''],
  6: ['Ёлка на Тверской', '', ''],
  7: ['Новогодняя елка', '', ''],
  8: ['Ростов-на-Дону', '', 'В Ростове на Дону — свой технопарк.'],
  9: [
    'Near the headline: NOT OR AND',
    'O’Brien said that',
    'кластер Сергунина DROP TABLE articles {braces} ^caret',
  ],
  10: ['שלום עולם', 'مرحبا بالعالم', 'Café Müller'],
  11: ['Deal signed', '', ''],
  // Unweighted bm25 ranks 13 first: two mentions in a short body.
  12: ['Льготы для малого и среднего бизнеса в столице', '', 'Мэрия продлила программу.'],
  13: ['Новости', '', 'Бизнес просит льготы и новые льготы.'],
  14: ['Лавров прилетел в Анкару', '', ''],
  15: ['Министр', '', 'Сергею Лаврову вручили орден.'],
};

const db = new Database(':memory:');
db.exec(createTable);
const insert = db.prepare(
  'INSERT INTO article_search (rowid, headline, lede, body) VALUES (?, ?, ?, ?)',
);
for (const [id, fields] of Object.entries(articles)) {
  insert.run(Number(id), ...fields.map(toIndexText));
}
const select = db.prepare<[string], { rowid: number }>(
  'SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank',
);
afterAll(() => db.close());

function search(userText: string, options?: SearchQueryOptions): number[] {
  const query = buildMatchQuery(userText, options);
  return query === null ? [] : select.all(query).map(({ rowid }) => rowid);
}

describe('search over SQLite FTS5', () => {
  it.each([
    ['кластеру', [1, 2, 9]],
    ['Сергуниной', [3, 9]],
    ['инновационному', [4]],
    ['signed', [5, 11]],
    ['ёлка', [6, 7]],
    ['елка', [6, 7]],
    ['КЛАСТЕРУ', [1, 2, 9]],
    ['SIGNED', [5, 11]],
    ['Ростов-на-Дону', [8]],
    ['Лавров', [14, 15]],
    ['cafe\u0301 Muller', [10]],
  ])('finds the forms of %s', (query, expected) => {
    expect(search(query, { prefixLast: false }).sort((a, b) => a - b)).toEqual(expected);
    expect(search(query).sort((a, b) => a - b)).toEqual(expected);
  });

  it('requires all the words', () => {
    expect(search('кластер москва ')).toEqual([1]);
    expect(search('кластер тверская ')).toEqual([]);
  });

  it('ranks a headline match above body matches (bm25 weights 10, 4, 1)', () => {
    expect(search('льготы')).toEqual([12, 13]);
  });

  it.each([
    ['к', 'кластеру', [1, 2, 9]],
    ['s', 'signing', [5, 11]],
  ])('finds a word typed letter by letter from two letters on (%s… %s)', (_, word, expected) => {
    const letters = Array.from(word);
    for (let length = 2; length <= letters.length; length += 1) {
      const typed = letters.slice(0, length).join('');
      expect(search(typed), typed).toEqual(expect.arrayContaining(expected));
    }
  });

  it.each([
    ['NEAR(кластер Сергунина)', 9],
    ['headline:кластер', 9],
    ['кластер OR Сергунина', 9],
    ['кластер NOT Сергунина', 9],
    ['кластер AND', 9],
    ["O'Brien", 9],
    ['O’Brien', 9],
    ['obrien', 9],
    ["'; DROP TABLE articles; --", 9],
    ['{braces} ^caret', 9],
    ['"кластер', 1],
    ['кластер"', 1],
    ['-кластер', 1],
    ['кластер*', 1],
    ['(кластер)', 1],
    ['кластер\u0000', 1],
    ['кластер👍', 1],
    ['клас\u00ADтеру', 1],
    ['\u202Eкластер\u202C', 1],
    ['שלום', 10],
    ['مرحبا', 10],
  ])('searches the words inside %j as words', (query, expected) => {
    expect(search(query)).toContain(expected);
  });

  const hostile = [
    '"',
    '""',
    '"""',
    '*',
    '-',
    '+',
    ':',
    '^',
    '(',
    ')',
    '()',
    '{a b}',
    'NEAR(',
    'NEAR(a b, 2)',
    'a OR b',
    'NOT x',
    'AND',
    'OR',
    'NOT',
    'headline:x',
    '{headline lede}: x',
    '^x',
    "'",
    '\\',
    '\\"',
    '%',
    '_',
    "%' OR 1=1 --",
    "'; DROP TABLE articles; --",
    '👍🏽 🇷🇺 👨‍👩‍👧',
    'e\u0301\u0301\u0301 \u0301\u0302',
    'שלום עולם مرحبا',
    '\u202Eabc\u202C',
    '\u0000',
    'a\u0000b',
    '\uD800кластер\uDFFF',
    '\t\n\r',
    '('.repeat(10_000),
    '"'.repeat(10_000),
    'ж'.repeat(10_000),
    'кластер '.repeat(1_250),
    Array.from({ length: 2_000 }, (_, index) => `w${index}`).join(' '),
  ];

  it('runs every hostile query without an FTS5 error', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(20);
    for (const query of hostile) {
      for (const prefixLast of [true, false]) {
        expect(
          () => search(query, { prefixLast }),
          JSON.stringify(query.slice(0, 40)),
        ).not.toThrow();
      }
    }
    // The table is still there and intact.
    expect(search('кластер ')).toContain(1);
  });

  it('lets any text find itself, and no mix of hostile pieces breaks a query', () => {
    const pieces = [
      ...['"', "'", '*', '-', '^', ':', '(', ')', '{', '}', '.', ',', '\\', '%', '_', ' ', '\n'],
      ...['NEAR', 'AND', 'OR', 'NOT', 'кластер', 'ёлка', 'O’Brien', 'signing', 'x', '1', '½'],
      ...['\u0301', '\u200B', '\u00AD', '\u202E', '\u0000', '\uD800', '\uDC00', 'ʼ', '´'],
      ...['👍🏽', '🇷🇺', 'שלום', '𞤀', 'ǅ', 'İ', 'ß', 'ﬁ', 'Ⅻ', '가', '日本語', 'हिन्दी'],
    ];
    let seed = 42;
    const random = (limit: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % limit;
    };
    for (let row = 1_000; row < 3_000; row += 1) {
      const separator = random(2) === 0 ? '' : ' ';
      const parts = Array.from({ length: 1 + random(12) }, () => pieces[random(pieces.length)]);
      const text = parts.join(separator);
      insert.run(row, toIndexText(text), '', '');
      for (const prefixLast of [true, false]) {
        const query = buildMatchQuery(text, { prefixLast });
        if (query !== null) expect(select.all(query).map(({ rowid }) => rowid)).toContain(row);
      }
    }
    db.prepare('DELETE FROM article_search WHERE rowid >= 1000').run();
  });

  it('finds a 10,000-letter word cut the same way at both ends', () => {
    insert.run(99, '', '', toIndexText('ю'.repeat(10_000)));
    expect(search('ю'.repeat(10_000))).toEqual([99]);
    expect(search('ю'.repeat(10_000), { prefixLast: false })).toEqual([99]);
    db.prepare('DELETE FROM article_search WHERE rowid = ?').run(99);
    expect(search('ю'.repeat(10_000))).toEqual([]);
  });
});
