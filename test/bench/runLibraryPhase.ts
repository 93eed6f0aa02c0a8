import { ArticleQueries } from '../../electron/services/library/articleQueries';
import { openLibrary } from '../../electron/services/library/openLibrary';
import { articleQuerySchema, type ArticleQuery } from '../../shared/article/articleQuerySchema';
import { benchLog } from './benchLog';
import type { Metric, PhaseRunner } from './benchTypes';
import { createRandom } from '../support/createRandom';
import { summarize } from './summarize';
import { timeIt } from './timeIt';

const repeats = 30;
const articleSamples = 200;

/**
 * Opening the library and the library view's pages, through the same `ArticleQueries` the
 * `articles:query` API call runs (page of 100, total, counts per status), and opening
 * articles by id through the repository (`articles:get`).
 */
export const runLibraryPhase: PhaseRunner = async (config, paths) => {
  // As the app opens it: usable at once, the integrity check on a worker thread.
  const opens: number[] = [];
  const checks: number[] = [];
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const { ms, value: library } = timeIt(() =>
      openLibrary(paths.library, { integrityCheck: 'background' }),
    );
    opens.push(ms);
    const status = await library.integrity.settled;
    if (status.state !== 'ok') throw new Error(`integrity check: ${JSON.stringify(status)}`);
    checks.push(status.durationMs);
    library.close();
  }
  // As one-shot CLI commands open it: the check first.
  const cliOpen = timeIt(() => openLibrary(paths.library));
  cliOpen.value.close();
  benchLog(
    'library',
    `open: ${opens.map((ms) => ms.toFixed(0)).join(', ')} ms; background check ${checks.map((ms) => ms.toFixed(0)).join(', ')} ms; CLI open ${cliOpen.ms.toFixed(0)} ms`,
  );

  const library = openLibrary(paths.library);
  const queries = new ArticleQueries(library.db);
  const page = (query: Partial<ArticleQuery>) => articleQuerySchema.parse({ limit: 100, ...query });
  const measure = (
    query: ArticleQuery,
  ): { first: number; p50: number; p95: number; total: number | undefined } => {
    const first = timeIt(() => queries.run(query));
    const samples: number[] = [];
    for (let index = 0; index < repeats; index += 1)
      samples.push(timeIt(() => queries.run(query)).ms);
    const summary = summarize(samples);
    return { first: first.ms, p50: summary.p50, p95: summary.p95, total: first.value.total };
  };

  const firstPage = measure(page({ sort: 'updated' }));
  const rubric =
    library.db
      .prepare<[], { rubric: string }>(
        "SELECT rubric FROM articles WHERE language = 'ru' GROUP BY rubric ORDER BY count(*) DESC LIMIT 1 OFFSET 1",
      )
      .get()?.rubric ?? '';
  const filtered = measure(page({ sort: 'updated', rubric, language: 'ru' }));
  const byTag = measure(page({ sort: 'updated', tag: 'бюджет' }));
  const count = library.articles.count();
  const deep = measure(page({ sort: 'updated', offset: Math.floor(count / 2) }));
  const byHeadline = measure(page({ sort: 'headline' }));
  benchLog(
    'library',
    `first page ${firstPage.first.toFixed(1)} ms, filtered ${filtered.first.toFixed(1)} ms`,
  );

  const ids = library.db
    .prepare<[], { id: string }>('SELECT id FROM articles')
    .all()
    .map((row) => row.id);
  const random = createRandom(config.seed + 7);
  const gets: number[] = [];
  for (let index = 0; index < articleSamples; index += 1) {
    const id = random.pick(ids);
    gets.push(timeIt(() => library.articles.get(id)).ms);
  }
  const get = summarize(gets);
  library.close();

  const pageMetrics = (key: string, label: string, result: typeof firstPage): Metric[] => [
    {
      key: `${key}.first`,
      label: `${label}, first call`,
      value: result.first,
      unit: 'ms',
      note: result.total === undefined ? 'a later page: not counted' : `${result.total} matching`,
    },
    { key: `${key}.p50`, label: `${label}, p50 of ${repeats}`, value: result.p50, unit: 'ms' },
    { key: `${key}.p95`, label: `${label}, p95 of ${repeats}`, value: result.p95, unit: 'ms' },
  ];
  return {
    metrics: [
      {
        key: 'library.open',
        label: 'open library as the app does (first of this process)',
        value: opens[0] ?? Number.NaN,
        unit: 'ms',
        note: 'usable from here; the integrity check runs on a worker thread',
      },
      {
        key: 'library.openRepeat',
        label: 'open library as the app does, again (median)',
        value: summarize(opens.slice(1)).p50,
        unit: 'ms',
      },
      {
        key: 'library.integrityCheck',
        label: 'background integrity check (quick_check), median of 3',
        value: summarize(checks).p50,
        unit: 'ms',
        note: 'the window and the API answer meanwhile; damage found turns the library read-only',
      },
      {
        key: 'library.openCli',
        label: 'open library as a CLI command does (check first)',
        value: cliOpen.ms,
        unit: 'ms',
      },
      ...pageMetrics('list.firstPage', 'first list page (100, by updated)', firstPage),
      ...pageMetrics('list.filtered', `filtered page (rubric «${rubric}» + ru)`, filtered),
      ...pageMetrics('list.tag', 'filtered page (tag «бюджет»)', byTag),
      ...pageMetrics('list.deep', 'page at offset N/2', deep),
      ...pageMetrics('list.byHeadline', 'first page sorted by headline', byHeadline),
      {
        key: 'article.open.p50',
        label: `open one article (get), p50 of ${articleSamples} random`,
        value: get.p50,
        unit: 'ms',
      },
      {
        key: 'article.open.p95',
        label: `open one article (get), p95 of ${articleSamples} random`,
        value: get.p95,
        unit: 'ms',
      },
    ],
    comparisons: [],
    notes: [],
  };
};
