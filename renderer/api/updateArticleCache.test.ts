import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
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
});
