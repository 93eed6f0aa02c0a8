import { describe, expect, it } from 'vitest';
import { articleDocumentName, parseArticleDocumentName } from './deskDocumentName';

describe('desk document names', () => {
  it('round-trips an article id', () => {
    const id = '01JF3Q6X8ZC1V7M2N4P5R6S7T8';
    expect(parseArticleDocumentName(articleDocumentName(id))).toBe(id);
  });

  it.each([
    '',
    'article:',
    '../../etc/passwd',
    'article:../../etc/passwd00000000000',
    'article:01jf3q6x8zc1v7m2n4p5r6s7t8',
    `article:${'0'.repeat(27)}`,
    `article:${'0'.repeat(10_000)}`,
    'comments:01JF3Q6X8ZC1V7M2N4P5R6S7T8',
  ])('refuses %j', (name) => {
    expect(parseArticleDocumentName(name)).toBeNull();
  });
});
