import path from 'node:path';
import { openLibrary } from '../../electron/services/library/openLibrary';
import type { FaultOptions, FaultScenario, ScenarioReport } from './faultScenario';
import { addArticles } from './support/addArticles';
import { callApi, type ApiTarget } from './support/callApi';
import { errorMessage } from './support/errorMessage';
import { inspectLibraryFile } from './support/inspectLibraryFile';
import { runGalley } from './support/runGalley';
import { createRandom, type Random } from '../support/createRandom';
import { startServedGalley } from './support/startServedGalley';

const maxSearchLength = 10_000;

/** Queries that break naive FTS5 or SQL: operators, quotes, column filters, fragments, sizes. */
function hostileQueries(random: Random, count: number): string[] {
  const fixed = [
    '"',
    '""',
    '"unbalanced',
    "'",
    "''",
    'NEAR(',
    'NEAR(метро парк',
    'метро NEAR/2 парк',
    'NEAR(a b, 0)',
    'headline:метро',
    '{headline lede}: метро',
    '- метро',
    '^метро',
    'метро*',
    '*',
    '**',
    'AND',
    'OR',
    'NOT',
    'метро AND OR NOT парк',
    '(',
    ')',
    '((((метро',
    'метро)))))',
    '"метро" OR 1=1',
    "'; DROP TABLE articles; --",
    "' OR '1'='1",
    '1; SELECT * FROM sqlite_master',
    'UNION SELECT body_json FROM articles --',
    "articles_fts MATCH '*'",
    'rowid:1',
    'bm25(articles_fts)',
    "highlight(articles_fts, 0, '<b>', '</b>')",
    '%',
    '_',
    '\\',
    '\u0000',
    '\u0001\u0002',
    '\ud800',
    '\u2028\u2029',
    '\ufeff',
    '👩‍👩‍👧‍👦',
    'й'.normalize('NFD'),
    'ёжик',
    'a'.repeat(maxSearchLength),
    '"'.repeat(maxSearchLength),
    '('.repeat(maxSearchLength),
    'NEAR('.repeat(maxSearchLength / 5),
    'метро '.repeat(maxSearchLength / 6),
    Array.from({ length: 2000 }, (_, index) => `w${index}`)
      .join(' ')
      .slice(0, maxSearchLength),
    Array.from({ length: 1600 }, (_, index) => `слово${index}`)
      .join(' ')
      .slice(0, maxSearchLength),
    'Ростов-на-Дону-'.repeat(600).slice(0, maxSearchLength),
    `${'ов-'.repeat(3000)}ов`.slice(0, maxSearchLength),
    'x'.repeat(maxSearchLength + 1),
  ];
  const alphabet = [
    '"',
    '*',
    '(',
    ')',
    ':',
    '^',
    '-',
    '+',
    ' ',
    'NEAR',
    'AND',
    'OR',
    'NOT',
    '{',
    '}',
    ',',
    'метро',
    'парк',
    'a',
    '1',
    "'",
    ';',
    '\\',
  ];
  const generated = Array.from({ length: count }, () =>
    Array.from({ length: random.between(1, 30) }, () => random.pick(alphabet)).join(
      random.pick(['', ' ']),
    ),
  );
  return [...fixed, ...generated];
}

/**
 * Hostile search text through `POST /api/articles:query` must answer 200 with results or
 * an empty list (400 only past the 10,000-character limit); a few go through `galley
 * search` too; ordinary searches must still find things; the library must not change.
 */
export const searchInput: FaultScenario = {
  name: 'search-input',
  title: 'Hostile search queries',
  async run(options: FaultOptions): Promise<ScenarioReport> {
    const random = createRandom(options.seed + 909);
    const libraryPath = path.join(options.workDir, 'library.sqlite');
    const library = openLibrary(libraryPath);
    addArticles(library, 40, 0);
    library.close();
    const countBefore = inspectLibraryFile(libraryPath).articleCount;
    const queries = hostileQueries(random, options.size === 'large' ? 2000 : 200);
    const failures: string[] = [];
    const notes: string[] = [];
    let answered200 = 0;
    let refusedOverLimit = 0;
    let wrong = 0;
    let withResults = 0;
    let slowest = { query: '', ms: 0 };
    const server = await startServedGalley(libraryPath, { cwd: options.workDir });
    const target: ApiTarget = { port: server.port, token: server.token };
    try {
      for (const search of queries) {
        const started = performance.now();
        let answer;
        try {
          answer = await callApi(
            target,
            'articles:query',
            { search, sort: random.pick(['relevance', 'updated', 'headline']), limit: 20 },
            { timeoutMs: 20_000 },
          );
        } catch (error) {
          wrong += 1;
          failures.push(`${JSON.stringify(search.slice(0, 60))}: ${errorMessage(error)}`);
          continue;
        }
        const ms = performance.now() - started;
        if (ms > slowest.ms) slowest = { query: search.slice(0, 40), ms };
        const overLimit = search.length > maxSearchLength;
        const articles = (answer.value as { articles?: unknown[] } | undefined)?.articles;
        if (overLimit && answer.status === 400) refusedOverLimit += 1;
        else if (!overLimit && answer.status === 200 && Array.isArray(articles)) {
          answered200 += 1;
          if (articles.length) withResults += 1;
        } else {
          wrong += 1;
          failures.push(
            `${JSON.stringify(search.slice(0, 60))}${search.length > 60 ? `… (${search.length} chars)` : ''}: HTTP ${answer.status} ${answer.error?.message.slice(0, 120) ?? ''}`,
          );
        }
      }
      for (const [query, minimum] of [
        ['метро', 1],
        ['мет', 1],
        ['открылся ремонта', 1],
        ['museum', 1],
      ] as const) {
        const answer = await callApi(target, 'articles:query', {
          search: query,
          sort: 'relevance',
        });
        const found = (answer.value as { articles?: unknown[] } | undefined)?.articles?.length ?? 0;
        if (found < minimum) failures.push(`the ordinary search "${query}" found ${found}`);
      }
    } finally {
      await server.stop();
    }
    let cliTried = 0;
    for (const query of ['"', 'NEAR(метро', "'; DROP TABLE articles; --"]) {
      cliTried += 1;
      const run = await runGalley(['search', query, '--json', '--library', libraryPath], {
        cwd: options.workDir,
      });
      if (
        run.code !== 0 ||
        !Array.isArray((JSON.parse(run.stdout || '{}') as { results?: unknown }).results)
      )
        failures.push(
          `galley search ${JSON.stringify(query)}: exit ${run.code}, ${run.stderr.trim().slice(0, 160)}`,
        );
    }
    const after = inspectLibraryFile(libraryPath);
    if (after.articleCount !== countBefore || after.integrity !== 'ok')
      failures.push(
        `the library changed: ${after.articleCount} articles (was ${countBefore}), ${after.integrity}`,
      );
    notes.push(`slowest query: ${JSON.stringify(slowest.query)} (${Math.round(slowest.ms)} ms)`);
    return {
      tried: queries.length + cliTried,
      passed:
        answered200 +
        refusedOverLimit +
        cliTried -
        failures.filter((f) => f.startsWith('galley search')).length,
      figures: {
        queries: queries.length,
        '200 with a list': answered200,
        'of them with results': withResults,
        'over the limit, 400': refusedOverLimit,
        'errors or other statuses': wrong,
        'CLI searches': cliTried,
      },
      failures,
      notes,
    };
  },
};
