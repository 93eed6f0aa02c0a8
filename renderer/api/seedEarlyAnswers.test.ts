import { QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { apiOk } from '../../shared/api/apiResult';
import type { ApiClient } from './apiClient';
import { createQueryClient } from './createQueryClient';
import { callEarly } from './earlyCalls';
import { queryKeys } from './queryKeys';
import { seedEarlyAnswers } from './seedEarlyAnswers';

const input = { search: '', sort: 'updated', offset: 0, limit: 50 } as const;

describe('seedEarlyAnswers', () => {
  it('puts an answered early call in the cache, fresh for its first mount only', async () => {
    const client = {
      transport: 'http',
      call: () => Promise.resolve(apiOk({ articles: [], total: 7 })),
    } as unknown as ApiClient;
    callEarly(client, 'articles:query', input);
    await Promise.resolve();
    const queryClient = createQueryClient();
    seedEarlyAnswers(queryClient);
    const key = queryKeys.call('articles:query', input);
    expect(queryClient.getQueryData(key)).toEqual({ articles: [], total: 7 });

    let fetches = 0;
    const queryFn = () => {
      fetches += 1;
      return Promise.resolve({ articles: [], total: 8 });
    };
    // As React Query mounts: the render's optimistic result, then the subscription (each asks
    // whether to fetch on mount).
    const mount = () => {
      const options = queryClient.defaultQueryOptions({
        queryKey: key,
        queryFn,
        _optimisticResults: 'optimistic',
      });
      const observer = new QueryObserver(queryClient, options);
      const rendered = observer.getOptimisticResult(options);
      const unsubscribe = observer.subscribe(() => undefined);
      return { observer, rendered, unsubscribe };
    };
    const first = mount();
    expect(first.rendered).toMatchObject({ isFetching: false, data: { total: 7 } });
    expect(first.observer.getCurrentResult()).toMatchObject({
      isFetching: false,
      data: { total: 7 },
    });
    expect(fetches).toBe(0);
    first.unsubscribe();

    const second = mount();
    expect(second.rendered.isFetching).toBe(true);
    expect(second.observer.getCurrentResult().isFetching).toBe(true);
    second.unsubscribe();
    expect(fetches).toBe(1);
  });
});
