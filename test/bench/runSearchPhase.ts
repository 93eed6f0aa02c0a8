import { spawnSync } from 'node:child_process';
import { ArticleQueries } from '../../electron/services/library/articleQueries';
import { openLibrary } from '../../electron/services/library/openLibrary';
import { articleQuerySchema } from '../../shared/article/articleQuerySchema';
import { benchLog } from './benchLog';
import { benchQueries, type BenchQuery } from './benchQueries';
import type { Comparison, Metric, PhaseRunner } from './benchTypes';
import { summarize } from './summarize';
import { timeIt } from './timeIt';

interface QueryTiming {
  text: string;
  group: BenchQuery['group'];
  galleyMs: number;
  galleyHits: number;
  likeMs: number;
  likeHits: number;
  rgMs: number;
  rgHits: number;
}

const median = (values: number[]): number => summarize(values).p50;

function ripgrepFiles(word: string, dir: string): Set<string> {
  const result = spawnSync(
    'rg',
    ['--files-with-matches', '--ignore-case', '--fixed-strings', '--no-messages', '--', word, dir],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (result.error) throw result.error;
  return new Set(result.stdout.split('\n').filter(Boolean));
}

/**
 * The 50 queries through the library view's query (FTS5 over Snowball stems, relevance
 * order, first page of 100 with snippets, total and counts per status), against a plain
 * `LIKE '%word%'` scan of the same table and ripgrep over the Markdown files; a two-word
 * query is both words, anywhere, for all three. Neither peer stems words: their hit counts
 * differ from Galley's, which the details keep per query.
 */
export const runSearchPhase: PhaseRunner = (config, paths) => {
  const library = openLibrary(paths.library);
  const queries = new ArticleQueries(library.db);
  const galleyRuns = 3;
  const peerRuns = config.size <= 10_000 ? 3 : 1;
  const likeStatements = new Map<
    number,
    ReturnType<typeof library.db.prepare<unknown[], { id: string }>>
  >();
  const likeScan = (words: string[]): number => {
    let statement = likeStatements.get(words.length);
    if (!statement) {
      const where = words
        .map(() => '(headline LIKE ? OR lede LIKE ? OR body_text LIKE ?)')
        .join(' AND ');
      statement = library.db.prepare<unknown[], { id: string }>(
        `SELECT id FROM articles WHERE ${where}`,
      );
      likeStatements.set(words.length, statement);
    }
    return statement.all(...words.flatMap((word) => Array<string>(3).fill(`%${word}%`))).length;
  };
  const galley = (text: string) =>
    queries.run(articleQuerySchema.parse({ search: text, sort: 'relevance', limit: 100 }));

  for (const query of benchQueries) galley(query.text); // warm-up: statements, page cache
  ripgrepFiles('warm-up', paths.markdownDir);

  const timings: QueryTiming[] = [];
  for (const [index, query] of benchQueries.entries()) {
    const words = query.text.split(/\s+/);
    const galleyTimes: number[] = [];
    let galleyHits = 0;
    for (let run = 0; run < galleyRuns; run += 1) {
      const { ms, value } = timeIt(() => galley(query.text));
      galleyTimes.push(ms);
      galleyHits = value.total ?? Number.NaN;
    }
    const likeTimes: number[] = [];
    let likeHits = 0;
    const rgTimes: number[] = [];
    let rgHits = 0;
    for (let run = 0; run < peerRuns; run += 1) {
      const like = timeIt(() => likeScan(words));
      likeTimes.push(like.ms);
      likeHits = like.value;
      const rg = timeIt(() => {
        const [first = new Set<string>(), ...others] = words.map((word) =>
          ripgrepFiles(word, paths.markdownDir),
        );
        return [...first].filter((file) => others.every((found) => found.has(file))).length;
      });
      rgTimes.push(rg.ms);
      rgHits = rg.value;
    }
    timings.push({
      text: query.text,
      group: query.group,
      galleyMs: median(galleyTimes),
      galleyHits,
      likeMs: median(likeTimes),
      likeHits,
      rgMs: median(rgTimes),
      rgHits,
    });
    if ((index + 1) % 10 === 0) benchLog('search', `${index + 1}/${benchQueries.length} queries`);
  }
  library.close();

  const all = summarize(timings.map((timing) => timing.galleyMs));
  const typed = summarize(timings.filter((t) => t.group === 'prefix').map((t) => t.galleyMs));
  const like = summarize(timings.map((timing) => timing.likeMs));
  const rg = summarize(timings.map((timing) => timing.rgMs));
  const slowest = [...timings].sort((a, b) => b.galleyMs - a.galleyMs).slice(0, 3);
  const groups = [...new Set(benchQueries.map((query) => query.group))];
  const metrics: Metric[] = [
    {
      key: 'search.p50',
      label: 'search, p50 over 50 queries',
      value: all.p50,
      unit: 'ms',
      note: `median of ${galleyRuns} runs per query`,
    },
    { key: 'search.p95', label: 'search, p95 over 50 queries', value: all.p95, unit: 'ms' },
    {
      key: 'search.max',
      label: 'search, slowest query',
      value: all.max,
      unit: 'ms',
      note: slowest
        .map((t) => `«${t.text}» ${t.galleyMs.toFixed(1)} ms, ${t.galleyHits} hits`)
        .join('; '),
    },
    {
      key: 'search.typing.p95',
      label: 'search-as-you-type, p95 per keystroke',
      value: typed.p95,
      unit: 'ms',
      note: '«президент» and «inflation» letter by letter',
    },
    ...groups.map((group) => ({
      key: `search.group.${group}.p50`,
      label: `search p50, ${group}`,
      value: summarize(timings.filter((t) => t.group === group).map((t) => t.galleyMs)).p50,
      unit: 'ms',
    })),
  ];
  const comparisons: Comparison[] = [
    {
      key: 'search.vs.like.p50',
      label: 'search p50 vs LIKE scan',
      galley: all.p50,
      peer: 'SQLite LIKE',
      peerValue: like.p50,
      unit: 'ms',
      ratio: like.p50 / all.p50,
    },
    {
      key: 'search.vs.like.p95',
      label: 'search p95 vs LIKE scan',
      galley: all.p95,
      peer: 'SQLite LIKE',
      peerValue: like.p95,
      unit: 'ms',
      ratio: like.p95 / all.p95,
    },
    {
      key: 'search.vs.rg.p50',
      label: 'search p50 vs ripgrep',
      galley: all.p50,
      peer: 'ripgrep -l -i -F',
      peerValue: rg.p50,
      unit: 'ms',
      ratio: rg.p50 / all.p50,
    },
    {
      key: 'search.vs.rg.p95',
      label: 'search p95 vs ripgrep',
      galley: all.p95,
      peer: 'ripgrep -l -i -F',
      peerValue: rg.p95,
      unit: 'ms',
      ratio: rg.p95 / all.p95,
    },
  ];
  return Promise.resolve({
    metrics,
    comparisons,
    notes: [
      `Galley's figure is the whole library-view query (page of 100 with snippets, total, counts per status); LIKE returns all matching ids in one scan (case-sensitive for Cyrillic); ripgrep lists matching files (one process per word, front matter and embedded images included; process start counted). Peers: median of ${peerRuns} run(s) per query. Neither peer does morphology: see the hit counts in the JSON.`,
    ],
    details: { queries: timings },
  });
};
