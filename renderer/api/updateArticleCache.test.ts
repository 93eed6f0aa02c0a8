import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleQueryResult } from '../../shared/article/articleQuerySchema';
import type { Article } from '../../shared/article/articleSchema';
import { queryKeys } from './queryKeys';
import { updateArticleCache } from './updateArticleCache';

const article: Article = {
  id: '01JABCDEFGHJKMNPQRSTVWXYZ0',
  headline: 'Черновик',
  lede: '',
  rubric: '',
  tags: [],
  bylines: [],
  slug: 'chernovik',
  isSlugCustom: false,
  language: 'ru',
  status: 'draft',
  body: { type: 'doc', content: [{ type: 'paragraph' }] },
  bodyText: '',
  related: [],
  createdAt: 1,
  updatedAt: 1,
  publishedAt: null,
  updatedBy: 'desk',
  version: 1,
};
const pageKey = queryKeys.call('articles:query', { search: '', sort: 'updated', offset: 0 });

function seededCache(): QueryClient {
  const queryClient = new QueryClient();
  queryClient.setQueryData(queryKeys.article(article.id), article);
  queryClient.setQueryData<ArticleQueryResult>(pageKey, { articles: [article], total: 1 });
  queryClient.setQueryData(queryKeys.lists(), { rubrics: [], tags: [], bylines: [], speakers: [] });
  queryClient.setQueryData(queryKeys.quotes(article.id), {});
  queryClient.setQueryData(queryKeys.revisions(article.id), { revisions: [] });
  return queryClient;
}

const stale = (queryClient: QueryClient) => ({
  list: queryClient.getQueryState(pageKey)?.isInvalidated,
  lists: queryClient.getQueryState(queryKeys.lists())?.isInvalidated,
  quotes: queryClient.getQueryState(queryKeys.quotes(article.id))?.isInvalidated,
  revisions: queryClient.getQueryState(queryKeys.revisions(article.id))?.isInvalidated,
});

describe('updateArticleCache', () => {
  it('a body save updates the article and marks only the quote ledger and history stale', () => {
    const queryClient = seededCache();
    const saved = { ...article, version: 2, updatedAt: 2 };
    updateArticleCache(queryClient, saved, ['body']);
    expect(queryClient.getQueryData(queryKeys.article(article.id))).toEqual(saved);
    expect(stale(queryClient)).toEqual({
      list: false,
      lists: false,
      quotes: true,
      revisions: true,
    });
    // The row keeps its place and its old time until something list-visible changes.
    expect(queryClient.getQueryData<ArticleQueryResult>(pageKey)?.articles[0]?.updatedAt).toBe(1);
  });

  it('a headline save rewrites the cached row at once and marks the list pages stale', () => {
    const queryClient = seededCache();
    const saved = { ...article, headline: 'Бюджет принят', slug: 'byudzhet-prinyat', version: 2 };
    updateArticleCache(queryClient, saved, ['headline']);
    const row = queryClient.getQueryData<ArticleQueryResult>(pageKey)?.articles[0];
    expect(row).toMatchObject({ headline: 'Бюджет принят', slug: 'byudzhet-prinyat' });
    expect(stale(queryClient)).toEqual({
      list: true,
      lists: false,
      quotes: false,
      revisions: true,
    });
  });

  it('a rubric or tag save also marks the name lists stale', () => {
    const queryClient = seededCache();
    updateArticleCache(queryClient, { ...article, tags: ['бюджет'], version: 2 }, ['tags']);
    expect(stale(queryClient)).toMatchObject({ list: true, lists: true, quotes: false });
  });

  describe('a body save, by the anchors its changed blocks carry', () => {
    beforeEach(() => {
      vi.useFakeTimers();
      vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 0));
      vi.stubGlobal('cancelIdleCallback', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
    });
    afterEach(() => {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    });

    /** The cache with the ledger and threads shown (observed), counting their fetches. */
    function shownCache() {
      const queryClient = seededCache();
      const fetches = { quotes: 0, comments: 0 };
      queryClient.setQueryData(queryKeys.comments(article.id), { threads: [] });
      const observers = [
        new QueryObserver(queryClient, {
          queryKey: queryKeys.quotes(article.id),
          queryFn: () => {
            fetches.quotes += 1;
            return {};
          },
          staleTime: Infinity,
        }),
        new QueryObserver(queryClient, {
          queryKey: queryKeys.comments(article.id),
          queryFn: () => {
            fetches.comments += 1;
            return { threads: [] };
          },
          staleTime: Infinity,
        }),
      ];
      const unsubscribe = observers.map((observer) => observer.subscribe(() => undefined));
      return { queryClient, fetches, stop: () => unsubscribe.forEach((off) => off()) };
    }

    it('that moved no anchor refetches the ledger once the typing pauses, and no threads', async () => {
      const { queryClient, fetches, stop } = shownCache();
      const none = { quotes: false, comments: false };
      updateArticleCache(queryClient, { ...article, version: 2 }, ['body'], none);
      // Stale at once (an action on a suggestion reads it afresh first), not fetched yet.
      expect(stale(queryClient).quotes).toBe(true);
      await vi.advanceTimersByTimeAsync(1000);
      updateArticleCache(queryClient, { ...article, version: 3 }, ['body'], none);
      await vi.advanceTimersByTimeAsync(1000);
      expect(fetches).toEqual({ quotes: 0, comments: 0 });
      await vi.advanceTimersByTimeAsync(1000);
      expect(fetches).toEqual({ quotes: 1, comments: 0 });
      stop();
    });

    it('that touched a quotation anchor refetches the ledger at once', async () => {
      const { queryClient, fetches, stop } = shownCache();
      updateArticleCache(queryClient, { ...article, version: 2 }, ['body'], {
        quotes: true,
        comments: false,
      });
      await vi.advanceTimersByTimeAsync(0);
      expect(fetches).toEqual({ quotes: 1, comments: 0 });
      // No second read waits for the pause.
      await vi.advanceTimersByTimeAsync(5000);
      expect(fetches).toEqual({ quotes: 1, comments: 0 });
      stop();
    });

    it('that touched a comment anchor refetches the threads at once', async () => {
      const { queryClient, fetches, stop } = shownCache();
      updateArticleCache(queryClient, { ...article, version: 2 }, ['body'], {
        quotes: false,
        comments: true,
      });
      await vi.advanceTimersByTimeAsync(0);
      expect(fetches).toEqual({ quotes: 0, comments: 1 });
      stop();
    });

    it('sent whole (anchors unknown) refetches both at once', async () => {
      const { queryClient, fetches, stop } = shownCache();
      updateArticleCache(queryClient, { ...article, version: 2 }, ['body']);
      await vi.advanceTimersByTimeAsync(0);
      expect(fetches).toEqual({ quotes: 1, comments: 1 });
      stop();
    });
  });
});
