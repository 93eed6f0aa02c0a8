import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleRepository } from '../library/articleRepository';
import { migrateDatabase } from '../library/migrateDatabase';
import { CorrectionError, CorrectionStore, maxCorrectionLength } from './correctionStore';

const june1 = Date.UTC(2025, 5, 1, 12);
let db: Database.Database;
let articles: ArticleRepository;
let corrections: CorrectionStore;
let articleId: string;

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateDatabase(db);
  articles = new ArticleRepository(db);
  corrections = new CorrectionStore(db);
  articleId = articles.create({ headline: 'Мост откроют в мае' }, 'Анна').id;
});

afterEach(() => db.close());

describe('CorrectionStore', () => {
  it('keeps the trimmed text and lists the notes oldest first, same-time ones as added', () => {
    expect(corrections.add(articleId, '  Мост откроют в июне.\n', 'Анна', june1 + 2)).toEqual({
      at: june1 + 2,
      text: 'Мост откроют в июне.',
    });
    corrections.add(articleId, 'Первая', 'Анна', june1);
    corrections.add(articleId, 'Вторая', 'Борис', june1 + 1);
    corrections.add(articleId, 'Третья', 'Борис', june1 + 1);
    expect(corrections.listFor(articleId)).toEqual([
      { at: june1, text: 'Первая' },
      { at: june1 + 1, text: 'Вторая' },
      { at: june1 + 1, text: 'Третья' },
      { at: june1 + 2, text: 'Мост откроют в июне.' },
    ]);
  });

  it('lists nothing for an article without corrections or an unknown id', () => {
    expect(corrections.listFor(articleId)).toEqual([]);
    expect(corrections.listFor('no-such-article')).toEqual([]);
  });

  it('refuses an empty, blank or over-long text, a bad time and an unknown article', () => {
    const refused = (text: string, at = june1, id = articleId): unknown => {
      try {
        corrections.add(id, text, 'Анна', at);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(refused('')).toBeInstanceOf(CorrectionError);
    expect(refused(' \n\t ')).toEqual(new CorrectionError('A correction needs a text.'));
    expect(refused('я'.repeat(maxCorrectionLength + 1))).toEqual(
      new CorrectionError('A correction is at most 2000 characters; this one has 2001.'),
    );
    expect(refused('x', Number.NaN)).toBeInstanceOf(CorrectionError);
    expect(refused('x', 1.5)).toBeInstanceOf(CorrectionError);
    expect(refused('x', june1, 'no-such-article')).toEqual(
      new CorrectionError('There is no article with id no-such-article.'),
    );
    expect(corrections.listFor(articleId)).toEqual([]);
  });

  it('counts characters, not UTF-16 units: 2000 emoji fit', () => {
    const text = '🙂'.repeat(maxCorrectionLength);
    expect(corrections.add(articleId, ` ${text} `, 'Анна', june1).text).toBe(text);
  });

  it('goes with its article when the article is deleted', () => {
    corrections.add(articleId, 'Исправлено', 'Анна', june1);
    articles.delete(articleId, 'Анна');
    expect(
      db.prepare('SELECT count(*) AS n FROM article_corrections').get() as { n: number },
    ).toEqual({ n: 0 });
  });
});
