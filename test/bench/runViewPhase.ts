import fs from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { ensureRendererBuild } from '../../build/buildRenderer.mjs';
import { startGalleyServer } from '../support/galleyServer';
import { markDailyBackupTaken } from './markDailyBackupTaken';
import { productionEnv } from './productionEnv';
import { benchLog } from './benchLog';
import type { Metric, PhaseRunner } from './benchTypes';
import { chromiumLaunchOptions } from '../support/chromiumLaunchOptions';
import { readProcessMemory } from './readProcessMemory';
import { summarize } from './summarize';

/** A fast typist: a key every 80 ms (about 150 words a minute). */
const keystrokeIntervalMs = 80;
const searchWords = ['президент', 'inflation', 'бюджета', 'кластер', 'energy', 'Сергуниной'];
const statusButtons = ['Draft', 'Ready', 'Published', 'All'];
const scrollRuns = 5;

interface ViewProbe {
  /**
   * performance.now() after the frame that follows the list first showing rows while not busy:
   * a list rendered with an answer already in is never busy, so it has no true → false to settle.
   */
  firstList: number;
  /** performance.now() after the frame that follows each aria-busy true → false of the list. */
  settled: number[];
  /** The timeStamp of the last event of each kind. */
  last: Record<string, number>;
  /** A character typed (its input event) → the next frame. */
  keyLatencies: number[];
  /** Each input event's timeStamp. */
  inputs: number[];
  /** Each `articles:query` the page sent: its search, when it left and when its answer's headers came. */
  calls: { search: string; offset: number; sent: number; headers: number }[];
  /** performance.now() of each change to the list's rows (React's commits). */
  commits: number[];
}
type ProbeWindow = Window & { __view?: ViewProbe };

/**
 * Installed before the app loads. Marks when the list settles (its `aria-busy` turns false
 * and the next frame is produced), when the last click/change/keydown happened, and how long
 * each keydown took to reach the screen. A string: tsx's helpers do not exist in the page.
 */
const probeScript = `(() => {
  const probe = { firstList: 0, settled: [], last: {}, keyLatencies: [], inputs: [], calls: [], commits: [] };
  window.__view = probe;
  let firstListPending = false;
  const checkFirstList = () => {
    if (firstListPending) return;
    const list = document.querySelector('[data-testid=article-list]');
    if (!list || list.getAttribute('aria-busy') !== 'false' || !list.querySelector('.article-list-item')) return;
    firstListPending = true;
    afterFrame((now) => { probe.firstList = now; });
  };
  // Only the search text and two times per call: the answer itself is left to the app.
  const plainFetch = window.fetch.bind(window);
  window.fetch = (url, init) => {
    const answer = plainFetch(url, init);
    if (String(url).includes('articles%3Aquery')) {
      const input = JSON.parse(init.body);
      const call = { search: input.search, offset: input.offset, sent: performance.now(), headers: 0 };
      probe.calls.push(call);
      answer.then(() => { call.headers = performance.now(); }, () => undefined);
    }
    return answer;
  };
  const afterFrame = (callback) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(null);
  });
  for (const type of ['click', 'change', 'keydown', 'input']) {
    addEventListener(type, (event) => { probe.last[type] = event.timeStamp; }, true);
  }
  // Input, not keydown: Cyrillic is typed as text input, with no key events.
  addEventListener('input', (event) => {
    const start = event.timeStamp;
    probe.inputs.push(start);
    afterFrame((now) => probe.keyLatencies.push(now - start));
  }, true);
  const observeRows = () => {
    const rows = document.querySelector('[data-testid=article-list]');
    if (!rows) return requestAnimationFrame(observeRows);
    new MutationObserver(() => probe.commits.push(performance.now())).observe(rows, { subtree: true, childList: true, characterData: true });
  };
  addEventListener('DOMContentLoaded', observeRows);
  new MutationObserver(checkFirstList).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
  new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target;
      if (target.dataset && target.dataset.testid === 'article-list' &&
          record.oldValue === 'true' && target.getAttribute('aria-busy') === 'false') {
        afterFrame((now) => probe.settled.push(now));
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy'], attributeOldValue: true });
})()`;

/**
 * Jumps the list's scroller to `fraction` of its height and resolves with the time until
 * every row in view shows an article (its page fetched and painted). A string, as above.
 */
const jumpScript = `(fraction) => new Promise((resolve, reject) => {
  const scroller = document.querySelector('.virtual-scroller');
  if (!scroller) return reject(new Error('no list'));
  const start = performance.now();
  scroller.scrollTop = Math.floor((scroller.scrollHeight - scroller.clientHeight) * fraction);
  const check = () => {
    const frame = scroller.getBoundingClientRect();
    const visible = [...scroller.querySelectorAll('.virtual-row')].filter((row) => {
      const box = row.getBoundingClientRect();
      return box.bottom > frame.top && box.top < frame.bottom;
    });
    if (visible.length > 0 && visible.every((row) => row.querySelector('.article-list-item')))
      resolve(performance.now() - start);
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

/**
 * One word typed, its last key → results on screen split at the page's own marks: the wait
 * before the request for the whole word left (a request in flight for an earlier prefix, the
 * key's own work), the server (to the answer's headers), then the body, React and the frame.
 */
interface SearchRecord {
  word: string;
  inRubric: boolean;
  total: number;
  /** The prefixes sent while typing it, as their lengths in letters. */
  sent: number[];
  wait: number;
  server: number;
  /** The request in flight at the last key answered (headers) → the request for the word left. */
  hop: number | null;
  /** The answer's headers → the frame after the list settled: the body read, JSON, React, the frame. */
  afterAnswer: number;
  /** Headers → the list's rows changed: the body read, JSON, React. */
  render: number;
  /** The rows changed → the frame after the list settled. */
  frame: number;
  /** Requests for earlier prefixes still unanswered at the last key: their letters, and when each answered after it. */
  inFlight: { letters: number; answeredAfter: number }[];
  /** Each change to the list's rows after the last key, ms after it. */
  commits: number[];
}

function splitSearch(
  before: ViewProbe,
  after: ViewProbe,
  word: string,
  inRubric: boolean,
  total: number,
): SearchRecord {
  const lastKey = after.inputs.at(-1) ?? Number.NaN;
  const calls = after.calls.slice(before.calls.length).filter((call) => call.offset === 0);
  const final = calls.filter((call) => call.search === word).at(-1);
  const settled = after.settled.at(-1) ?? Number.NaN;
  const commit =
    after.commits.find((time) => final !== undefined && time >= final.headers) ?? Number.NaN;
  const record: SearchRecord = {
    word,
    inRubric,
    total,
    sent: calls.map((call) => [...call.search].length),
    wait: final ? final.sent - lastKey : Number.NaN,
    server: final ? final.headers - final.sent : Number.NaN,
    hop: null,
    afterAnswer: final ? settled - final.headers : Number.NaN,
    render: final ? commit - final.headers : Number.NaN,
    frame: settled - commit,
    inFlight: calls
      .filter((call) => call !== final && call.sent < lastKey && call.headers > lastKey)
      .map((call) => ({ letters: [...call.search].length, answeredAfter: call.headers - lastKey })),
    commits: after.commits.filter((time) => time >= lastKey).map((time) => time - lastKey),
  };
  const lastAnswered = record.inFlight.at(-1)?.answeredAfter;
  if (lastAnswered !== undefined) record.hop = record.wait - lastAnswered;
  return record;
}

function describeSearch(record: SearchRecord): string {
  const ms = (value: number) => value.toFixed(1);
  const inFlight = record.inFlight
    .map((call) => `${call.letters} letters answered +${ms(call.answeredAfter)}`)
    .join(', ');
  return `${record.word}${record.inRubric ? ' (rubric)' : ''}: ${ms(record.total)} ms = wait ${ms(record.wait)} + server ${ms(record.server)} + body/React/frame ${ms(record.afterAnswer)} (rows ${ms(record.render)}, frame ${ms(record.frame)})${record.hop === null ? '' : `; sent ${ms(record.hop)} ms after the answer in flight`}; sent ${record.sent.join(',')}${inFlight ? `; in flight at the last key: ${inFlight}` : ''}; rows changed at +${record.commits.map(ms).join(', +')}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const list = '[data-testid=article-list]';

const readProbe = (page: Page): Promise<ViewProbe> =>
  page.evaluate(() => {
    const probe = (window as ProbeWindow).__view;
    if (!probe) throw new Error('the view probe is not installed');
    return probe;
  });

/**
 * Runs `action` and returns the time from its event (`eventType`'s timeStamp) to the list
 * settling with the answer. An earlier query's answer can land just after the action: the
 * list must stay settled for a moment, and the last settle counts.
 */
async function timeToSettle(
  page: Page,
  eventType: string,
  action: () => Promise<void>,
): Promise<number> {
  const before = (await readProbe(page)).settled.length;
  await action();
  const started = (await readProbe(page)).last[eventType] ?? Number.NaN;
  for (;;) {
    await page.waitForFunction(
      ({ selector, count }) =>
        ((window as ProbeWindow).__view?.settled.length ?? 0) > count &&
        document.querySelector(selector)?.getAttribute('aria-busy') === 'false',
      { selector: list, count: before },
      { timeout: 60_000 },
    );
    const seen = (await readProbe(page)).settled.length;
    await sleep(300);
    const probe = await readProbe(page);
    const busy = await page.locator(list).getAttribute('aria-busy');
    if (probe.settled.length === seen && busy === 'false') {
      return (probe.settled.at(-1) ?? Number.NaN) - started;
    }
  }
}

/**
 * The library view in Chromium against `galley serve` on the benchmark library: the
 * first list after the page loads, status and rubric/language filters, search as you type
 * (to the list showing the typed word's results, and each character to the screen), and jumps
 * deep into the virtualised list.
 */
export const runViewPhase: PhaseRunner = async (_config, paths) => {
  await ensureRendererBuild((line) => benchLog('view', line));
  const marker = markDailyBackupTaken(paths.library);

  const serverStarted = Date.now();
  const server = await startGalleyServer(paths.library, [], { env: productionEnv() });
  const serverStartMs = Date.now() - serverStarted;
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(probeScript);
    await context.addInitScript(() => localStorage.setItem('galley:interfaceLanguage', 'en'));
    const page = await context.newPage();
    await page.goto(server.launchUrl);
    await page.waitForFunction(
      () => ((window as ProbeWindow).__view?.firstList ?? 0) > 0,
      undefined,
      { timeout: 120_000 },
    );
    const loaded = await readProbe(page);
    const firstList = loaded.firstList;
    // Changes to the list's rows between its element appearing and the first list: none when it
    // first renders with its page, one or more when it renders empty and busy first.
    const commitsBefore = loaded.commits.filter((time) => time <= firstList).length;
    const total = await page.locator('.library-count').textContent();
    benchLog(
      'view',
      `server up in ${serverStartMs} ms; first list ${firstList.toFixed(0)} ms (${total}; ${commitsBefore} row changes before it)`,
    );

    const statusTimes: number[] = [];
    for (const name of statusButtons) {
      const button = page
        .getByRole('group', { name: 'Filter by status' })
        .getByRole('button', { name: new RegExp(`^${name}\\b`) });
      statusTimes.push(await timeToSettle(page, 'click', () => button.click()));
    }

    await page.locator('.library-filters summary').click();
    const rubricSelect = page.locator('.library-filters select').first();
    const rubrics = (await rubricSelect.locator('option').allTextContents()).slice(1);
    const languageSelect = page.locator('.library-filters select:has(option[value="ru"])');
    const filterTimes: number[] = [];
    for (const rubric of rubrics.slice(0, 4)) {
      filterTimes.push(
        await timeToSettle(page, 'change', () =>
          rubricSelect.selectOption(rubric).then(() => undefined),
        ),
      );
      filterTimes.push(
        await timeToSettle(page, 'change', () =>
          languageSelect.selectOption('ru').then(() => undefined),
        ),
      );
      filterTimes.push(
        await timeToSettle(page, 'change', () =>
          languageSelect.selectOption('').then(() => undefined),
        ),
      );
    }
    benchLog(
      'view',
      `status ${statusTimes.map((ms) => ms.toFixed(0)).join(', ')} ms; rubric/language ${filterTimes.map((ms) => ms.toFixed(0)).join(', ')} ms`,
    );

    const searchBox = page.getByRole('searchbox', { name: 'Search' });
    const clearSearch = async (): Promise<void> => {
      if (!(await searchBox.inputValue())) return;
      await searchBox.click();
      await searchBox.press('ControlOrMeta+a');
      await timeToSettle(page, 'input', () => searchBox.press('Delete'));
    };
    const searchRecords: SearchRecord[] = [];
    const typeAndSettle = async (word: string, inRubric: boolean): Promise<number> => {
      await clearSearch();
      await searchBox.click();
      const mark = await readProbe(page);
      const total = await timeToSettle(page, 'input', async () => {
        for (const character of word) {
          await page.keyboard.type(character);
          await sleep(keystrokeIntervalMs);
        }
      });
      const record = splitSearch(mark, await readProbe(page), word, inRubric, total);
      searchRecords.push(record);
      benchLog('view', describeSearch(record));
      return total;
    };
    const keysBefore = (await readProbe(page)).keyLatencies.length;
    const searchTimes: number[] = [];
    for (const word of searchWords) searchTimes.push(await typeAndSettle(word, false));
    // The same words within one rubric.
    await timeToSettle(page, 'change', () =>
      rubricSelect.selectOption(rubrics[0] ?? '').then(() => undefined),
    );
    const filteredSearchTimes: number[] = [];
    for (const word of searchWords.slice(0, 3))
      filteredSearchTimes.push(await typeAndSettle(word, true));
    const keyLatencies = (await readProbe(page)).keyLatencies.slice(keysBefore);
    benchLog(
      'view',
      `search settled ${searchTimes.map((ms) => ms.toFixed(0)).join(', ')} ms; in a rubric ${filteredSearchTimes.map((ms) => ms.toFixed(0)).join(', ')} ms`,
    );

    // Back to the whole library, then jumps deep into the list.
    await timeToSettle(page, 'change', () => rubricSelect.selectOption('').then(() => undefined));
    await clearSearch();
    const scrollTimes: number[] = [];
    for (let run = 0; run < scrollRuns; run += 1) {
      const fraction = (run + 1) / (scrollRuns + 1);
      scrollTimes.push(await page.evaluate<number>(`(${jumpScript})(${fraction})`));
    }
    benchLog('view', `deep scroll ${scrollTimes.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    const serverMemory = readProcessMemory(server.process.pid);
    await context.close();

    const status = summarize(statusTimes);
    const filters = summarize(filterTimes);
    const search = summarize(searchTimes);
    const filteredSearch = summarize(filteredSearchTimes);
    const keys = summarize(keyLatencies);
    const scroll = summarize(scrollTimes);
    const metrics: Metric[] = [
      {
        key: 'view.serverStart',
        label: '`galley serve` up (process start to its URL)',
        value: serverStartMs,
        unit: 'ms',
        note: 'opens the library; its integrity check continues on a worker thread',
      },
      {
        key: 'view.firstList',
        label: 'page load to the first list on screen',
        value: firstList,
        unit: 'ms',
        note: `${total ?? ''}; during the background integrity check`,
      },
      {
        key: 'view.status.p50',
        label: `status filter to the new list, p50 of ${statusTimes.length}`,
        value: status.p50,
        unit: 'ms',
      },
      {
        key: 'view.status.max',
        label: 'status filter to the new list, worst',
        value: status.max,
        unit: 'ms',
      },
      {
        key: 'view.filter.p50',
        label: `rubric / language filter to the new list, p50 of ${filterTimes.length}`,
        value: filters.p50,
        unit: 'ms',
      },
      {
        key: 'view.filter.max',
        label: 'rubric / language filter to the new list, worst',
        value: filters.max,
        unit: 'ms',
      },
      {
        key: 'view.search.p50',
        label: `search as you type: last key to the word's results, p50 of ${searchTimes.length}`,
        value: search.p50,
        unit: 'ms',
        note: `${searchWords.join(', ')}; a key every ${keystrokeIntervalMs} ms`,
      },
      {
        key: 'view.search.max',
        label: 'search as you type: last key to results, worst',
        value: search.max,
        unit: 'ms',
      },
      {
        key: 'view.searchInRubric.max',
        label: `search within a rubric: last key to results, worst of ${filteredSearchTimes.length}`,
        value: filteredSearch.max,
        unit: 'ms',
      },
      {
        key: 'view.searchKey.p95',
        label: `search box: key to screen, p95 of ${keyLatencies.length}`,
        value: keys.p95,
        unit: 'ms',
      },
      {
        key: 'view.searchKey.max',
        label: 'search box: key to screen, worst',
        value: keys.max,
        unit: 'ms',
      },
      {
        key: 'view.scroll.max',
        label: `jump deep into the list to rows on screen, worst of ${scrollTimes.length}`,
        value: scroll.max,
        unit: 'ms',
      },
    ];
    return {
      peakRssMb: serverMemory.peakMb,
      metrics,
      comparisons: [],
      notes: [
        'view: the daily automatic backup was marked as already taken, so no multi-gigabyte copy runs during the measurement (it runs once a day, in steps between requests).',
      ],
      details: {
        statusTimes,
        filterTimes,
        searchTimes,
        filteredSearchTimes,
        scrollTimes,
        searchRecords,
      },
    };
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(marker, { force: true });
  }
};
