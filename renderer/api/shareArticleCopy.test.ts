import type { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from './createQueryClient';
import { queryKeys } from './queryKeys';
import { shareArticleCopy } from './shareArticleCopy';

const body = () => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Один абзац.' }] }],
});
const article = (version: number, text = body()) => ({
  id: 'a1',
  version,
  headline: 'Заголовок',
  tags: ['бюджет', 'регион'],
  bylines: [{ name: 'Анна' }],
  body: text,
});

describe('shareArticleCopy', () => {
  it('keeps the cached objects of unchanged fields and takes the new body as it comes', () => {
    const cached = article(1);
    const next = article(2);
    const shared = shareArticleCopy(cached, next) as ReturnType<typeof article>;
    expect(shared).toEqual(next);
    expect(shared.tags).toBe(cached.tags);
    expect(shared.bylines).toBe(cached.bylines);
    expect(shared.body).toBe(next.body);
  });

  it('answers the cached copy itself when nothing changed, the body the same object', () => {
    const cached = article(1);
    expect(shareArticleCopy(cached, { ...article(1), body: cached.body })).toBe(cached);
  });

  it('shares deeply what has no body (a selection, a first copy)', () => {
    const cached = { id: 'a1', status: 'draft', tags: ['а'] };
    expect(shareArticleCopy(cached, { id: 'a1', status: 'draft', tags: ['а'] })).toBe(cached);
    const next = article(1);
    expect(shareArticleCopy(undefined, next)).toBe(next);
  });

  it('is what the query cache does with an article, and only with an article', () => {
    const queryClient: QueryClient = createQueryClient();
    const key = queryKeys.article('a1');
    const cached = article(1);
    queryClient.setQueryData(key, cached);
    const next = article(2);
    queryClient.setQueryData(key, next);
    const stored = queryClient.getQueryData<ReturnType<typeof article>>(key)!;
    expect(stored.body).toBe(next.body);
    expect(stored.tags).toBe(cached.tags);
    // Another channel keeps the default: an equal new value is the cached one.
    const listsKey = queryKeys.call('lists:get', {});
    const lists = { rubrics: [], tags: ['а'], bylines: [], speakers: [] };
    queryClient.setQueryData(listsKey, lists);
    queryClient.setQueryData(listsKey, { rubrics: [], tags: ['а'], bylines: [], speakers: [] });
    expect(queryClient.getQueryData(listsKey)).toBe(lists);
  });
});
