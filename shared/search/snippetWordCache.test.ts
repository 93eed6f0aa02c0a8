import { describe, expect, it } from 'vitest';
import { makeSnippet } from './makeSnippet';
import { SnippetWordCache } from './snippetWordCache';

const texts = [
  'Президент подписал указ. Премьер представил проект, а председатель палаты его поддержал. '.repeat(
    5,
  ),
  'The president met the press; prices rose, and the presidency said inflation would fall. '.repeat(
    5,
  ),
  'Кластер «Ломоносов» вырос вдвое, рассказала Сергунина; кластеры Москвы растут. '.repeat(4),
];
const typed = [
  'пр',
  'пре',
  'през',
  'президент',
  'президента ',
  'pr',
  'pres',
  'president',
  'кла',
  'кластерами',
  'Сергуниной кластер',
  'Ростов-на-Дону',
];

describe('SnippetWordCache', () => {
  it('gives every snippet exactly as without it, prefix after prefix', () => {
    const cache = new SnippetWordCache(2);
    for (const userText of typed) {
      for (const text of texts) {
        const options = { maxLength: 120 };
        expect(makeSnippet(text, userText, { ...options, wordCache: cache })).toEqual(
          makeSnippet(text, userText, options),
        );
      }
    }
  });

  it('finds a text’s words again only for other initials', () => {
    const cache = new SnippetWordCache(10);
    let finds = 0;
    const find = () => {
      finds += 1;
      return { starts: [0], ends: [1], stems: ['a'] };
    };
    cache.wordsOf('text', 'п', find);
    cache.wordsOf('text', 'п', find);
    expect(finds).toBe(1);
    cache.wordsOf('text', 'к', find);
    cache.wordsOf('other text', 'к', find);
    expect(finds).toBe(3);
  });

  it('forgets the least recently used text past its size', () => {
    const cache = new SnippetWordCache(2);
    let finds = 0;
    const find = () => {
      finds += 1;
      return { starts: [], ends: [], stems: [] };
    };
    cache.wordsOf('a', 'п', find);
    cache.wordsOf('b', 'п', find);
    cache.wordsOf('a', 'п', find);
    cache.wordsOf('c', 'п', find);
    expect(finds).toBe(3);
    cache.wordsOf('a', 'п', find);
    expect(finds).toBe(3);
    cache.wordsOf('b', 'п', find);
    expect(finds).toBe(4);
  });
});
