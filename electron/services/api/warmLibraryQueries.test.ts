import { describe, expect, it } from 'vitest';
import { articleQuerySchema } from '../../../shared/article/articleQuerySchema';
import type { ApiHandlers } from './apiHandlers';
import { warmLibraryQueries, warmUpQueries } from './warmLibraryQueries';

type QueryHandler = ApiHandlers['articles:query'];

describe('warmLibraryQueries', () => {
  it('asks each warm-up query once, in order, each a valid small page', async () => {
    const asked: unknown[] = [];
    const handler: QueryHandler = (query) => {
      asked.push(query);
      return { articles: [], total: 0 };
    };
    expect(await warmLibraryQueries({ 'articles:query': handler })).toBe(warmUpQueries.length);
    expect(asked).toEqual(warmUpQueries);
    for (const query of warmUpQueries) {
      expect(articleQuerySchema.parse(query)).toEqual(query);
      expect(query.limit).toBeLessThanOrEqual(50);
    }
  });

  it('goes on past a failing query and stops once aborted', async () => {
    const stop = new AbortController();
    let asked = 0;
    const handler: QueryHandler = () => {
      asked += 1;
      if (asked === 1) throw new Error('closed');
      if (asked === 3) stop.abort();
      return { articles: [], total: 0 };
    };
    expect(await warmLibraryQueries({ 'articles:query': handler }, stop.signal)).toBe(2);
    expect(asked).toBe(3);
  });
});
