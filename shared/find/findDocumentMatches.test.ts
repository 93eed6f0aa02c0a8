import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { getDocumentSchema } from '../editor/documentSchema';
import type { TiptapNode } from '../editor/tiptapJson';
import { firstMatchFrom, type ArticleMatch } from './articleMatch';
import { findArticleMatches } from './findArticleMatches';
import { findDocumentMatches } from './findDocumentMatches';
import { findPattern, type FindOptions } from './findInText';
import { paragraph, text } from '../../test/support/tiptapNodes';

const loose: FindOptions = { caseSensitive: false, wholeWord: false };

/** The body's text matches as document ranges. */
function findMatches(
  document: ProseMirrorNode,
  query: string,
  options: FindOptions,
): { from: number; to: number }[] {
  return findDocumentMatches(document, findPattern(query, options)).map(({ from, to }) => ({
    from,
    to,
  }));
}

function doc(...content: TiptapNode[]): ProseMirrorNode {
  return getDocumentSchema().nodeFromJSON({ type: 'doc', content });
}

/** The matched strings, read back from the document: what a person sees highlighted. */
function found(document: ProseMirrorNode, query: string, options: FindOptions = loose): string[] {
  return findMatches(document, query, options).map(({ from, to }) =>
    document.textBetween(from, to, '|', '|'),
  );
}

describe('findDocumentMatches', () => {
  const russian = doc(
    paragraph(
      text(
        'Московский инновационный кластер растёт. Участники кластера и Кластер-центр, ' +
          'подкластер и кластеры.',
      ),
    ),
  );

  it('ignores case unless asked, in Cyrillic too', () => {
    expect(found(russian, 'кластер')).toEqual([
      'кластер',
      'кластер',
      'Кластер',
      'кластер',
      'кластер',
    ]);
    expect(found(russian, 'Кластер', { caseSensitive: true, wholeWord: false })).toEqual([
      'Кластер',
    ]);
    expect(found(doc(paragraph(text('ЁЖИК ёжик'))), 'ёжик')).toEqual(['ЁЖИК', 'ёжик']);
  });

  it('finds whole words by Unicode letters, so Russian endings and prefixes do not count', () => {
    expect(found(russian, 'кластер', { caseSensitive: false, wholeWord: true })).toEqual([
      'кластер',
      // A hyphen is not a letter: "Кластер-центр" contains the word.
      'Кластер',
    ]);
    const english = doc(paragraph(text('Cat, cats, concat, CAT. (cat) 2cat cat2 cat_')));
    expect(found(english, 'cat', { caseSensitive: false, wholeWord: true })).toEqual([
      'Cat',
      'CAT',
      'cat',
      'cat',
    ]);
    expect(found(english, 'cat', { caseSensitive: true, wholeWord: true })).toEqual(['cat', 'cat']);
  });

  it('keeps a word with a combining stress mark whole', () => {
    // "за́мок": a combining acute after "а" is part of the word.
    const stressed = doc(paragraph(text('за\u0301мок и замок')));
    expect(found(stressed, 'за', { caseSensitive: false, wholeWord: true })).toEqual([]);
    expect(found(stressed, 'замок', { caseSensitive: false, wholeWord: true })).toEqual(['замок']);
  });

  it('matches across marks and links within a block', () => {
    const marked = doc(
      paragraph(
        text('инно'),
        text('вацион', 'bold'),
        text('ный', 'bold', 'italic'),
        text(' кластер'),
      ),
    );
    const matches = findMatches(marked, 'инновационный кластер', loose);
    expect(matches).toEqual([{ from: 1, to: 22 }]);
    expect(found(marked, 'инновационный', { caseSensitive: true, wholeWord: true })).toEqual([
      'инновационный',
    ]);
  });

  it('never matches across a paragraph, heading, list item or line break', () => {
    const blocks = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('один')] },
      paragraph(text('два')),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [paragraph(text('три'))] },
          { type: 'listItem', content: [paragraph(text('четыре'))] },
        ],
      },
      paragraph(text('пять'), { type: 'hardBreak' }, text('шесть')),
    );
    expect(found(blocks, 'одиндва')).toEqual([]);
    expect(found(blocks, 'тричетыре')).toEqual([]);
    expect(found(blocks, 'пятьшесть')).toEqual([]);
    expect(found(blocks, 'пять шесть')).toEqual([]);
    expect(found(blocks, 'шесть', { caseSensitive: false, wholeWord: true })).toEqual(['шесть']);
    expect(found(blocks, 'четыре')).toEqual(['четыре']);
    expect(found(blocks, 'о')).toHaveLength(1);
  });

  it('maps positions correctly after a hard break', () => {
    const broken = doc(paragraph(text('аб'), { type: 'hardBreak' }, text('вг')));
    // 0 <p> 1 а 2 б 3 <br> 4 в 5 г 6
    expect(findMatches(broken, 'вг', loose)).toEqual([{ from: 4, to: 6 }]);
  });

  it('takes special characters in the query literally', () => {
    const special = doc(paragraph(text('a.b axb (1+1)*2? [x] $5 ^hat\\ back {2} a|b кто? что.')));
    for (const query of ['.', '*', '+', '?', '(', ')', '[', ']', '$', '^', '\\', '{', '}', '|']) {
      const occurrences = special.textContent.split(query).length - 1;
      expect(found(special, query), query).toEqual(Array<string>(occurrences).fill(query));
    }
    expect(found(special, 'a.b')).toEqual(['a.b']);
    expect(found(special, '(1+1)*2?')).toEqual(['(1+1)*2?']);
    expect(found(special, '[x]')).toEqual(['[x]']);
    expect(found(special, '.*')).toEqual([]);
    expect(found(special, 'кто?', { caseSensitive: false, wholeWord: true })).toEqual(['кто?']);
    expect(found(special, 'что.', { caseSensitive: false, wholeWord: true })).toEqual(['что.']);
  });

  it('finds nothing for an empty query or an empty document', () => {
    expect(findMatches(russian, '', loose)).toEqual([]);
    expect(findMatches(doc(paragraph()), 'a', loose)).toEqual([]);
  });

  it('gives non-overlapping matches in document order', () => {
    expect(findMatches(doc(paragraph(text('aaaaa'))), 'aa', loose)).toEqual([
      { from: 1, to: 3 },
      { from: 3, to: 5 },
    ]);
  });

  it('finds every match in a 20,000-word article', () => {
    const sentence =
      'Московский инновационный кластер объединяет десятки тысяч компаний со всей России и ';
    const paragraphs = Array.from({ length: 1000 }, (_, index) =>
      paragraph(text(`${sentence.repeat(2)}абзац ${index}.`), text(' кластер', 'bold')),
    );
    const big = doc(...paragraphs);
    expect(big.textContent.split(/\s+/).length).toBeGreaterThan(20_000);
    const matches = findMatches(big, 'кластер', { caseSensitive: false, wholeWord: true });
    expect(matches).toHaveLength(3000);
    expect(matches.every(({ from, to }) => to - from === 'кластер'.length)).toBe(true);
  });
});

const imageId = 'a'.repeat(64);

function figure(caption: string, credit: string): TiptapNode {
  return { type: 'figure', attrs: { imageId, alt: 'снимок', caption, credit } };
}

describe('findArticleMatches', () => {
  it('lists the headline, the lede, then the body with captions and credits where figures stand', () => {
    const body = doc(
      paragraph(text('Мост через реку открыли.')),
      figure('Новый мост на рассвете', 'Фото: мост-бюро'),
      paragraph(text('За мостом — парк.')),
      figure('', 'Мост'),
    );
    const matches = findArticleMatches(
      { headline: 'Мост открыт: мост готов', lede: 'Как строили мост' },
      body,
      'мост',
      { caseSensitive: false, wholeWord: true },
    );
    // Positions: <p> 0..26, figure at 26, <p> 27..45, figure at 46.
    expect(matches).toEqual([
      { field: 'headline', from: 0, to: 4 },
      { field: 'headline', from: 13, to: 17 },
      { field: 'lede', from: 12, to: 16 },
      { field: 'body', from: 1, to: 5 },
      { field: 'caption', figure: 26, from: 6, to: 10 },
      { field: 'credit', figure: 26, from: 6, to: 10 },
      { field: 'credit', figure: 46, from: 0, to: 4 },
    ]);
    expect(body.nodeAt(26)?.type.name).toBe('figure');
    expect(body.nodeAt(46)?.type.name).toBe('figure');
    // «мостом» is another word; without "whole word" it counts too.
    expect(
      findArticleMatches({ headline: '', lede: '' }, body, 'мост', loose).map(
        (match) => match.field,
      ),
    ).toEqual(['body', 'caption', 'credit', 'body', 'credit']);
  });

  it('finds nothing for an empty query', () => {
    expect(
      findArticleMatches({ headline: 'a', lede: 'a' }, doc(paragraph(text('a'))), '', loose),
    ).toEqual([]);
  });
});

describe('firstMatchFrom', () => {
  const matches: ArticleMatch[] = [
    { field: 'headline', from: 2, to: 4 },
    { field: 'lede', from: 0, to: 2 },
    { field: 'body', from: 5, to: 8 },
    { field: 'caption', figure: 9, from: 3, to: 6 },
    { field: 'credit', figure: 9, from: 0, to: 3 },
    { field: 'body', from: 20, to: 23 },
  ];

  it('finds the first match at or after a place in reading order, wrapping round', () => {
    expect(firstMatchFrom(matches, { field: 'headline', from: 0 })).toBe(0);
    expect(firstMatchFrom(matches, { field: 'headline', from: 3 })).toBe(1);
    expect(firstMatchFrom(matches, { field: 'lede', from: 1 })).toBe(2);
    expect(firstMatchFrom(matches, { field: 'body', from: 0 })).toBe(2);
    expect(firstMatchFrom(matches, { field: 'body', from: 6 })).toBe(3);
    expect(firstMatchFrom(matches, { field: 'caption', figure: 9, from: 4 })).toBe(4);
    expect(firstMatchFrom(matches, { field: 'credit', figure: 9, from: 1 })).toBe(5);
    expect(firstMatchFrom(matches, { field: 'body', from: 10 })).toBe(5);
    expect(firstMatchFrom(matches, { field: 'body', from: 21 })).toBe(0);
    expect(firstMatchFrom([], { field: 'body', from: 3 })).toBe(-1);
  });
});
