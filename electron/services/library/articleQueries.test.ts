import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articleQuerySchema,
  type ArticleQuery,
  type ArticleQueryResult,
} from '../../../shared/article/articleQuerySchema';
import { articleStatuses, type ArticleStatus } from '../../../shared/article/articleSchema';
import { ArticleQueries } from './articleQueries';
import { openLibrary, type Library } from './openLibrary';

interface Fixture {
  id: string;
  rubric: string;
  language: 'ru' | 'en';
  status: ArticleStatus;
  tags: string[];
  bylines: string[];
  updatedAt: number;
  words: string[];
}

const rubrics = ['Экономика', 'Общество', 'Politics'];
const tags = ['бюджет', 'выборы', 'energy'];
const authors = ['Анна Петрова', 'John Smith', 'Олег Иванов'];
const words = ['бюджет', 'кластер', 'президент', 'inflation', 'energy'];

let dir: string;
let library: Library;
let queries: ArticleQueries;
const fixtures: Fixture[] = [];

/**
 * A deterministic spread of rubrics, languages, statuses, tags, bylines and words, written in one
 * transaction: as 480 saves of their own, each waited for its fsync (0.7 s of CPU but 7 s at load
 * 12, past the 10 s a hook is given at load 25-35), and no query here reads durability.
 */
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-queries-'));
  library = openLibrary(path.join(dir, 'library.sqlite'));
  library.db.prepare('DELETE FROM articles').run();
  const setState = library.db.prepare(
    'UPDATE articles SET status = ?, updated_at = ? WHERE id = ?',
  );
  const writeFixtures = library.db.transaction(() => {
    for (let index = 0; index < 240; index += 1) {
      const language = index % 3 === 0 ? 'en' : 'ru';
      const chosen = words.filter((_, w) => (index * (w + 3)) % (w + 2) === 0);
      const article = library.articles.create({ headline: `Статья ${index}`, language }, 'tester');
      const fixture: Fixture = {
        id: article.id,
        rubric: rubrics[index % rubrics.length] ?? '',
        language,
        status: articleStatuses[(index * 7) % articleStatuses.length] ?? 'draft',
        tags: tags.filter((_, t) => (index + t) % (t + 2) === 0),
        bylines: authors.filter((_, a) => (index + a) % 4 === 0),
        updatedAt: 1_700_000_000_000 + ((index * 7919) % 240) * 60_000,
        words: chosen,
      };
      library.articles.update(
        article.id,
        {
          rubric: fixture.rubric,
          tags: fixture.tags,
          bylines: fixture.bylines,
          lede: `Новость номер ${index}. ${chosen.join(' ')}`,
        },
        'tester',
      );
      setState.run(fixture.status, fixture.updatedAt, article.id);
      fixtures.push(fixture);
    }
  });
  writeFixtures();
  queries = new ArticleQueries(library.db);
});

afterAll(() => {
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const run = (query: Partial<ArticleQuery>): ArticleQueryResult =>
  queries.run(articleQuerySchema.parse({ limit: 500, ...query }));

function expected(query: Partial<ArticleQuery>, status?: ArticleStatus): Fixture[] {
  return fixtures.filter(
    (fixture) =>
      (!query.search || fixture.words.includes(query.search)) &&
      (!query.rubric || fixture.rubric === query.rubric) &&
      (!query.language || fixture.language === query.language) &&
      (!query.tag || fixture.tags.includes(query.tag)) &&
      (!query.author || fixture.bylines.includes(query.author)) &&
      (query.updatedFrom === undefined || fixture.updatedAt >= query.updatedFrom) &&
      (!status || fixture.status === status),
  );
}

const filterSets: Array<Partial<ArticleQuery>> = [
  {},
  { rubric: 'Экономика' },
  { rubric: 'Politics', language: 'en' },
  { language: 'ru' },
  { tag: 'бюджет' },
  { author: 'John Smith' },
  { updatedFrom: 1_700_000_000_000 + 120 * 60_000 },
  { rubric: 'Общество', tag: 'выборы', language: 'ru' },
];

describe('library queries (filters, search, counts) against a brute-force answer', () => {
  for (const filters of filterSets) {
    for (const search of ['', 'президент', 'energy']) {
      const query = { ...filters, search };
      it(`${JSON.stringify(query)}: the same articles, total and counts per status`, () => {
        const result = run(query);
        const all = expected(query);
        expect(result.articles.map((item) => item.id).sort()).toEqual(
          all.map((fixture) => fixture.id).sort(),
        );
        expect(result.total).toBe(all.length);
        for (const status of articleStatuses) {
          expect(result.statusCounts?.[status], status).toBe(
            all.filter((fixture) => fixture.status === status).length,
          );
        }
        // A page of one is not every article: then the counts come from SQL, not from the rows.
        const counted = run({ ...query, limit: 1 });
        expect(counted.total).toBe(all.length);
        expect(counted.statusCounts).toEqual(result.statusCounts);
        // With a status chosen: its articles, its total, the same counts per status.
        const withStatus = run({ ...query, status: 'ready' });
        expect(withStatus.articles.map((item) => item.id).sort()).toEqual(
          expected(query, 'ready')
            .map((fixture) => fixture.id)
            .sort(),
        );
        expect(withStatus.total).toBe(expected(query, 'ready').length);
        expect(withStatus.statusCounts).toEqual(result.statusCounts);
      });
    }
  }

  it('sorts a filtered search by updated time, newest first, and pages through it', () => {
    const query = { search: 'бюджет', rubric: 'Экономика', sort: 'updated' as const };
    const order = expected(query)
      .sort((a, b) => b.updatedAt - a.updatedAt || (b.id < a.id ? -1 : 1))
      .map((fixture) => fixture.id);
    expect(order.length).toBeGreaterThan(10);
    const first = run({ ...query, limit: 10 });
    const second = run({ ...query, limit: 10, offset: 10 });
    expect([...first.articles, ...second.articles].map((item) => item.id)).toEqual(
      order.slice(0, 20),
    );
    // Later pages skip the counts: the list keeps the first page's.
    expect(second.total).toBeUndefined();
    expect(second.statusCounts).toBeUndefined();
  });

  it('ranks a filtered search by relevance, headline matches first', () => {
    const [target] = expected({ rubric: 'Экономика', search: 'кластер' });
    expect(target).toBeDefined();
    if (!target) return;
    library.articles.update(target.id, { headline: 'Кластер растёт' }, 'tester');
    try {
      const result = run({ search: 'кластер', rubric: 'Экономика', sort: 'relevance' });
      expect(result.articles[0]?.id).toBe(target.id);
      const scores = result.articles.map((item) => item.score ?? 0);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(result.articles[0]?.snippet?.highlights.length).toBeGreaterThan(0);
    } finally {
      library.articles.update(target.id, { headline: `Статья` }, 'tester');
    }
  });

  it('ranks only the newest matches past its bound, then pages through the rest newest first', () => {
    const bound = 20;
    const bounded = new ArticleQueries(library.db, { maxRankedMatches: bound });
    const docIdOf = library.db.prepare<[string], { doc_id: number }>(
      'SELECT doc_id FROM search_documents WHERE article_id = ?',
    );
    const matching = expected({ search: 'президент' });
    expect(matching.length).toBeGreaterThan(bound * 2);
    const byDocDesc = matching
      .map((fixture) => ({ id: fixture.id, docId: docIdOf.get(fixture.id)?.doc_id ?? 0 }))
      .sort((a, b) => b.docId - a.docId)
      .map((entry) => entry.id);

    // Pages of 7 straddle the bound: every match comes exactly once.
    const seen: ArticleQueryResult['articles'] = [];
    for (let offset = 0; offset < matching.length; offset += 7) {
      const page = bounded.run(
        articleQuerySchema.parse({ search: 'президент', sort: 'relevance', limit: 7, offset }),
      );
      seen.push(...page.articles);
    }
    expect(seen.map((item) => item.id).sort()).toEqual(matching.map((f) => f.id).sort());

    const ranked = seen.slice(0, bound);
    expect(new Set(ranked.map((item) => item.id))).toEqual(new Set(byDocDesc.slice(0, bound)));
    const scores = ranked.map((item) => item.score ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(seen.slice(bound).map((item) => item.id)).toEqual(byDocDesc.slice(bound));

    // Below the bound the order is bm25's over every match.
    const unbounded = new ArticleQueries(library.db, { maxRankedMatches: 1_000_000 });
    const all = (queriesToUse: ArticleQueries) =>
      queriesToUse
        .run(articleQuerySchema.parse({ search: 'президент', sort: 'relevance', limit: 500 }))
        .articles.map((item) => item.score);
    expect(all(queries)).toEqual(all(unbounded));
  });
});
