import { QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/article/articleSchema';
import { pickStored } from '../editor/ArticleSessionContext';
import { createQueryClient } from './createQueryClient';
import { queryKeys } from './queryKeys';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

const article: Article = {
  id: '01JABCDEFGHJKMNPQRSTVWXYZ0',
  headline: 'Черновик',
  lede: '',
  rubric: '',
  tags: ['бюджет'],
  bylines: [],
  slug: 'chernovik',
  isSlugCustom: false,
  language: 'ru',
  status: 'draft',
  body: { type: 'doc', content: [paragraph('Первый абзац.'), paragraph('Второй абзац.')] },
  bodyText: '',
  related: [],
  createdAt: 1,
  updatedAt: 1,
  publishedAt: null,
  updatedBy: 'desk',
  version: 1,
};

describe('the article cache', () => {
  it('takes the body it is given and shares the fields that did not change', () => {
    const queryClient = createQueryClient();
    const key = queryKeys.article(article.id);
    queryClient.setQueryData(key, article);
    const first = queryClient.getQueryData<Article>(key);
    // A save's answer: equal fields in new objects, the body the editor sent (equal blocks too).
    const body = structuredClone(article.body);
    queryClient.setQueryData(key, { ...structuredClone(article), version: 2, body });
    const second = queryClient.getQueryData<Article>(key);
    expect(second?.version).toBe(2);
    expect(second?.body).toBe(body);
    expect(second?.tags).toBe(first?.tags);
    expect(second?.related).toBe(first?.related);
  });

  it('gives back the same article when nothing in it changed', () => {
    const queryClient = createQueryClient();
    const key = queryKeys.article(article.id);
    queryClient.setQueryData(key, article);
    queryClient.setQueryData(key, { ...article, tags: [...article.tags] });
    expect(queryClient.getQueryData(key)).toBe(article);
  });

  it('keeps a selection of stored fields the same object across saves that leave them alone', () => {
    const queryClient = createQueryClient();
    const key = queryKeys.article(article.id);
    queryClient.setQueryData(key, article);
    const observer = new QueryObserver(queryClient, {
      queryKey: key,
      select: (data: Article) => pickStored(data),
      enabled: false,
    });
    const unsubscribe = observer.subscribe(() => undefined);
    const selected = observer.getCurrentResult().data;
    queryClient.setQueryData(key, { ...article, version: 2, body: structuredClone(article.body) });
    expect(observer.getCurrentResult().data).toBe(selected);
    queryClient.setQueryData(key, { ...article, version: 3, status: 'editing' });
    expect(observer.getCurrentResult().data).toEqual(pickStored({ ...article, status: 'editing' }));
    unsubscribe();
  });
});
