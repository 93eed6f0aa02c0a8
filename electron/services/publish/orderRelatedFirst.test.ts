import { describe, expect, it } from 'vitest';
import { orderRelatedFirst } from './orderRelatedFirst';

describe('orderRelatedFirst', () => {
  const links: Record<string, string[]> = {
    a: ['b'],
    b: ['c'],
    c: [],
    d: ['x'],
    e: ['f'],
    f: ['e'],
  };
  const relatedOf = (id: string) => links[id] ?? [];

  it('puts what an article links to before it, keeping the asked order otherwise', () => {
    expect(orderRelatedFirst(['a', 'b', 'c', 'd'], relatedOf)).toEqual(['c', 'b', 'a', 'd']);
    expect(orderRelatedFirst(['d', 'c'], relatedOf)).toEqual(['d', 'c']);
  });

  it('ignores links outside the batch and cuts a cycle once', () => {
    expect(orderRelatedFirst(['e', 'f'], relatedOf)).toEqual(['f', 'e']);
    expect(orderRelatedFirst(['a'], relatedOf)).toEqual(['a']);
  });
});
