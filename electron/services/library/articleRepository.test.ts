import { beforeEach, describe, expect, it } from 'vitest';
import type { ArticleRepository } from './articleRepository';
import { ArticleConflictError } from './articleRepository';
import { createMemoryRepository } from '../../../test/support/createMemoryRepository';

let repository: ArticleRepository;
let clock: number;

beforeEach(() => {
  clock = 1_700_000_000_000;
  repository = createMemoryRepository(() => (clock += 1000));
});

const paragraph = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('ArticleRepository', () => {
  it('creates an article with a transliterated slug and the body text extracted', () => {
    const article = repository.create(
      {
        headline: 'Московский инновационный кластер выходит на международный уровень',
        body: paragraph('Текст статьи.'),
        tags: ['инновации', 'БРИКС'],
        bylines: ['Анна Иванова'],
        related: [{ relatedId: null, headline: 'Другая новость' }],
      },
      'editor',
    );
    expect(article.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(article.slug).toBe(
      'moskovskii-innovatsionnyi-klaster-vykhodit-na-mezhdunarodnyi-uroven',
    );
    expect(article.bodyText).toBe('Текст статьи.');
    expect(article.tags).toEqual(['инновации', 'БРИКС']);
    expect(article.bylines).toEqual(['Анна Иванова']);
    expect(article.related).toEqual([{ relatedId: null, headline: 'Другая новость' }]);
    expect(article.status).toBe('draft');
    expect(article.version).toBe(1);
    expect(article.updatedBy).toBe('editor');
    expect(repository.get(article.id)).toEqual(article);
  });

  it('writes a body-only save as the whole row would, and a body with a headline in full', () => {
    const created = repository.create(
      { headline: 'Заголовок', lede: 'Лид', rubric: 'Город', body: paragraph('Было.') },
      'a',
    );
    const typed = repository.update(created.id, { body: paragraph('Стало.') }, 'b', 1)!;
    expect(typed).toEqual({
      ...created,
      body: paragraph('Стало.'),
      bodyText: 'Стало.',
      updatedAt: created.updatedAt + 1000,
      updatedBy: 'b',
      version: 2,
    });
    expect(repository.get(created.id)).toEqual(typed);
    const renamed = repository.update(
      created.id,
      { headline: 'Новый заголовок', body: paragraph('Снова.') },
      'b',
      2,
    )!;
    expect(renamed).toMatchObject({ slug: 'novyi-zagolovok', bodyText: 'Снова.', version: 3 });
    expect(repository.get(created.id)).toEqual(renamed);
  });

  it('keeps slugs unique with -2, -3', () => {
    const slugs = [1, 2, 3].map(() => repository.create({ headline: 'Same headline' }, 'a').slug);
    expect(slugs).toEqual(['same-headline', 'same-headline-2', 'same-headline-3']);
  });

  it('lists newest first with paging and a total', () => {
    const first = repository.create({ headline: 'First' }, 'a');
    const second = repository.create({ headline: 'Second' }, 'a');
    repository.update(first.id, { lede: 'touched' }, 'a');
    expect(repository.list(0, 10).map((article) => article.headline)).toEqual(['First', 'Second']);
    expect(repository.list(1, 1).map((article) => article.id)).toEqual([second.id]);
    expect(repository.count()).toBe(2);
  });

  it('updates fields, bumps the version and records who changed it', () => {
    const article = repository.create({ headline: 'Draft' }, 'a');
    const updated = repository.update(
      article.id,
      { headline: 'Final headline', body: paragraph('New body.') },
      'checker',
      article.version,
    );
    expect(updated).toMatchObject({
      headline: 'Final headline',
      slug: 'final-headline',
      bodyText: 'New body.',
      version: 2,
      updatedBy: 'checker',
    });
    expect(updated!.updatedAt).toBeGreaterThan(article.updatedAt);
  });

  it('refuses a save based on a stale version instead of overwriting', () => {
    const article = repository.create({ headline: 'Shared' }, 'a');
    repository.update(article.id, { lede: 'window one' }, 'a', 1);
    expect(() => repository.update(article.id, { lede: 'window two' }, 'b', 1)).toThrow(
      ArticleConflictError,
    );
    expect(repository.get(article.id)?.lede).toBe('window one');
  });

  it('deletes an article with its tags and bylines', () => {
    const article = repository.create({ headline: 'Gone', tags: ['x'], bylines: ['y'] }, 'a');
    expect(repository.delete(article.id)).toBe(true);
    expect(repository.get(article.id)).toBeUndefined();
    expect(repository.delete(article.id)).toBe(false);
  });

  it('answers undefined for an unknown id', () => {
    expect(repository.get('01ARZ3NDEKTSV4RRFFQ69G5FAV')).toBeUndefined();
    expect(repository.update('01ARZ3NDEKTSV4RRFFQ69G5FAV', { lede: 'x' }, 'a')).toBeUndefined();
  });
});
