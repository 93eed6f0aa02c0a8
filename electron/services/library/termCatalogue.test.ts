import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleRepository } from './articleRepository';
import { migrateDatabase } from './migrateDatabase';
import { TermCatalogue } from './termCatalogue';

let db: Database.Database;
let articles: ArticleRepository;
let terms: TermCatalogue;

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateDatabase(db);
  articles = new ArticleRepository(db);
  terms = new TermCatalogue(db, articles);
});

afterEach(() => db.close());

function article(rubric: string, tags: string[]): string {
  const { id } = articles.create({ headline: `${rubric} ${tags.join(' ')}` }, 'Анна');
  articles.update(id, { rubric, tags }, 'Анна');
  return id;
}

describe('TermCatalogue', () => {
  it('counts the articles of each rubric and tag, unused ones at zero', () => {
    article('Транспорт', ['метро', 'МЦД']);
    article('Транспорт', ['метро']);
    article('Город', []);
    articles.update(article('Тр', []), { rubric: 'Город' }, 'Анна');
    expect(terms.list()).toEqual({
      rubrics: [
        { name: 'Город', count: 2 },
        { name: 'Тр', count: 0 },
        { name: 'Транспорт', count: 2 },
      ],
      tags: [
        { name: 'МЦД', count: 1 },
        { name: 'метро', count: 2 },
      ],
    });
  });

  it('renames a rubric on its articles, saved as an edit by the person who renamed it', () => {
    const id = article('Транспрот', ['метро']);
    expect(terms.rename('rubric', 'Транспрот', 'Транспорт', 'Борис')).toBe(1);
    expect(articles.get(id)).toMatchObject({ rubric: 'Транспорт', updatedBy: 'Борис' });
    expect(articles.listRubrics()).toEqual(['Транспорт']);
  });

  it('merges a tag into another: an article with both keeps one, in its place', () => {
    const both = article('Город', ['метрополитен', 'ремонт', 'метро']);
    const one = article('Город', ['метрополитен']);
    expect(terms.rename('tag', 'метрополитен', 'метро', 'Борис')).toBe(2);
    expect(articles.get(both)?.tags).toEqual(['метро', 'ремонт']);
    expect(articles.get(one)?.tags).toEqual(['метро']);
    expect(terms.list().tags).toEqual([
      { name: 'метро', count: 2 },
      { name: 'ремонт', count: 1 },
    ]);
  });

  it('deletes a rubric, leaving its articles without one, and a tag, taking it off', () => {
    const id = article('Тр', ['тест', 'метро']);
    expect(terms.remove('rubric', 'Тр', 'Борис')).toBe(1);
    expect(terms.remove('tag', 'тест', 'Борис')).toBe(1);
    expect(articles.get(id)).toMatchObject({ rubric: '', tags: ['метро'] });
    expect(terms.list()).toEqual({ rubrics: [], tags: [{ name: 'метро', count: 1 }] });
  });
});
