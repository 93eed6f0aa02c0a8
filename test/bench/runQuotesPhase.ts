import fs from 'node:fs';
import path from 'node:path';
import { importText } from '../../electron/services/import/importText';
import { openLibrary } from '../../electron/services/library/openLibrary';
import { extractPlainText } from '../../shared/editor/extractPlainText';
import { detectQuotes } from '../../shared/quotes/detectQuotes';
import { benchLog } from './benchLog';
import type { PhaseRunner } from './benchTypes';
import { summarize } from './summarize';
import { timeIt } from './timeIt';

/**
 * Quote detection as the fact-check panel and the publish gate run it: `detectQuotes` over
 * an article's stored plain text with its language. Reading rows is not timed.
 */
export const runQuotesPhase: PhaseRunner = async (_config, paths) => {
  const library = openLibrary(paths.library);
  const rows = library.db
    .prepare<[], { body_text: string; language: 'ru' | 'en' }>(
      'SELECT body_text, language FROM articles ORDER BY id',
    )
    .iterate();
  let detectMs = 0;
  let articles = 0;
  let quotes = 0;
  let characters = 0;
  for (const row of rows) {
    const { ms, value } = timeIt(() => detectQuotes(row.body_text, { language: row.language }));
    detectMs += ms;
    articles += 1;
    quotes += value.length;
    characters += row.body_text.length;
    if (articles % 10_000 === 0) benchLog('quotes', `${articles} articles`);
  }
  library.close();

  const longFile = path.join(paths.longArticles, 'save.md');
  const long = await importText('save.md', fs.readFileSync(longFile));
  const longText = extractPlainText(long.body);
  const longTimes: number[] = [];
  let longQuotes = 0;
  for (let run = 0; run < 25; run += 1) {
    const { ms, value } = timeIt(() => detectQuotes(longText, { language: long.language }));
    if (run >= 5) longTimes.push(ms);
    longQuotes = value.length;
  }
  const one = summarize(longTimes);
  benchLog('quotes', `${articles} articles, ${quotes} quotations in ${detectMs.toFixed(0)} ms`);
  return {
    metrics: [
      {
        key: 'quotes.rate',
        label: 'quote detection throughput',
        value: articles / (detectMs / 1000),
        unit: 'articles/s',
        note: `${quotes} quotations found in ${articles} articles`,
      },
      {
        key: 'quotes.megabytesPerSecond',
        label: 'quote detection, text rate',
        value: characters / 1e6 / (detectMs / 1000),
        unit: 'M chars/s',
      },
      {
        key: 'quotes.long.p50',
        label: 'detect quotes, one 10,000-word article, p50',
        value: one.p50,
        unit: 'ms',
        note: `${longQuotes} quotations, ${longText.length} chars`,
      },
      {
        key: 'quotes.long.p95',
        label: 'detect quotes, one 10,000-word article, p95',
        value: one.p95,
        unit: 'ms',
      },
    ],
    comparisons: [],
    notes: [],
  };
};
