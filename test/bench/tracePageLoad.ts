// Where "page load to the first list" goes: `npx tsx test/bench/tracePageLoad.ts LIBRARY [LOADS]`.
// Starts `galley serve` (production, as the benchmark does) on LIBRARY and loads the page LOADS
// times, each in a fresh browser context as the view phase does (no HTTP cache, no V8 code cache;
// TRACE_REPEAT=1 reloads in one context instead, so the later loads find both). For each load it
// prints the first list's time (the frame after the list first shows rows and is not busy), the
// renderer main thread's CPU before it split by trace event (self time: compile, evaluate, React's
// script, style and layout, paint, GC), each request's timings (queued, server, body) and the
// server's CPU per thread over the load (its API thread apart from the integrity check's worker).
import fs from 'node:fs';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { startGalleyServer } from '../support/galleyServer';
import { chromiumLaunchOptions } from '../support/chromiumLaunchOptions';
import { firstListProbe } from './firstListProbe';
import { markDailyBackupTaken } from './markDailyBackupTaken';
import { productionEnv } from './productionEnv';
import { threadCpuLines, threadCpuMs } from './threadCpuMs';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; frame?: string }; beginData?: { url?: string } };
}

const [library, loadsArg] = process.argv.slice(2);
if (!library) throw new Error('usage: tracePageLoad.ts LIBRARY [LOADS]');
const loads = Number(loadsArg ?? 3);
const repeat = process.env['TRACE_REPEAT'] === '1';
const traceTo = process.env['TRACE_SAVE'];

/** Self thread time (ms) per event name on one thread between `from` and `to` (trace µs). */
function selfTimes(events: TraceEvent[], from: number, to: number): Map<string, number> {
  const complete = events
    .filter((event) => event.ph === 'X' && event.tdur !== undefined && event.ts >= from)
    .filter((event) => event.ts < to)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = new Map<string, number>();
  const stack: { end: number; key: string; self: number }[] = [];
  const close = (until: number): void => {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= until) {
      const done = stack.pop();
      if (done) totals.set(done.key, (totals.get(done.key) ?? 0) + done.self / 1000);
    }
  };
  for (const event of complete) {
    close(event.ts);
    const url = event.args?.data?.url ?? '';
    const file = url ? ` ${url.split('/').pop()?.split('#')[0] ?? ''}` : '';
    const key = /compile|evaluate|parse/i.test(event.name) ? `${event.name}${file}` : event.name;
    const parent = stack.at(-1);
    if (parent) parent.self -= event.tdur ?? 0;
    stack.push({ end: event.ts + (event.dur ?? 0), key, self: event.tdur ?? 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return totals;
}

async function traceOneLoad(context: BrowserContext, page: Page, url: string, index: number) {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const ended = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'v8.execute',
        'blink.user_timing',
        'loading',
        '__metadata',
      ],
    },
  });
  const serverBefore = threadCpuMs(server.process.pid ?? 0);
  if (index > 0 && repeat) await page.reload();
  else await page.goto(url);
  await page.waitForFunction(
    () => ((window as Window & { __load?: { firstList: number } }).__load?.firstList ?? 0) > 0,
    undefined,
    { timeout: 120_000, polling: 50 },
  );
  const serverAfter = threadCpuMs(server.process.pid ?? 0);
  const timings = await page.evaluate(() => ({
    firstList: (window as Window & { __load?: { firstList: number } }).__load?.firstList ?? 0,
    resources: performance.getEntriesByType('resource').map((entry) => {
      const resource = entry as PerformanceResourceTiming;
      return {
        name: resource.name.split('/').pop() ?? '',
        start: resource.startTime,
        requestStart: resource.requestStart,
        responseStart: resource.responseStart,
        responseEnd: resource.responseEnd,
        bytes: resource.encodedBodySize,
      };
    }),
    navigation: (() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        responseStart: nav.responseStart,
        responseEnd: nav.responseEnd,
        domInteractive: nav.domInteractive,
        bytes: nav.encodedBodySize,
      };
    })(),
  }));
  await cdp.send('Tracing.end');
  await ended;
  await cdp.detach();
  if (traceTo)
    fs.writeFileSync(`${traceTo}-${index}.json`, JSON.stringify({ traceEvents: events }));

  // The page's renderer: the process whose main thread parsed this document.
  const parse = events.find(
    (event) =>
      event.name === 'ParseHTML' &&
      event.args?.beginData?.url?.startsWith(url.split('#')[0] ?? url),
  );
  const navigationStart = events.find(
    (event) => event.name === 'navigationStart' && (!parse || event.pid === parse.pid),
  );
  const mainThread = parse
    ? events.filter((event) => event.pid === parse.pid && event.tid === parse.tid)
    : [];
  const start = navigationStart?.ts ?? 0;
  const end = start + timings.firstList * 1000;
  const self = selfTimes(mainThread, start, end);
  const total = [...self.values()].reduce((sum, ms) => sum + ms, 0);
  const top = [...self]
    .sort((a, b) => b[1] - a[1])
    .filter(([, ms]) => ms >= 2)
    .map(([name, ms]) => `    ${ms.toFixed(1).padStart(7)}  ${name}`)
    .join('\n');
  const fmt = (ms: number) => ms.toFixed(0);
  console.log(
    `load ${index + 1}: first list ${fmt(timings.firstList)} ms; renderer main thread ${fmt(total)} ms of CPU before it (load ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]})`,
  );
  console.log(
    `  document: first byte ${fmt(timings.navigation.responseStart)}, end ${fmt(timings.navigation.responseEnd)}, interactive ${fmt(timings.navigation.domInteractive)} ms, ${timings.navigation.bytes} bytes`,
  );
  for (const resource of timings.resources) {
    console.log(
      `  ${resource.name.slice(0, 40).padEnd(40)} start ${fmt(resource.start).padStart(5)}  sent ${fmt(resource.requestStart).padStart(5)}  first byte ${fmt(resource.responseStart).padStart(5)}  end ${fmt(resource.responseEnd).padStart(5)}  ${resource.bytes} bytes`,
    );
  }
  console.log(`  server CPU ms over the load: ${threadCpuLines(serverAfter, serverBefore)}`);
  console.log(`  renderer main thread, self CPU ms by event (≥ 2 ms):\n${top}`);
  return { firstList: timings.firstList, mainThread: total };
}

// As in the view phase: the day's automatic backup counts as taken (no 4 GB copy after the check).
const marker = markDailyBackupTaken(library);
const serverStarted = Date.now();
const server = await startGalleyServer(library, [], { env: productionEnv() });
console.log(`galley serve up in ${Date.now() - serverStarted} ms`);
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const results: { firstList: number; mainThread: number }[] = [];
  let context: BrowserContext | null = null;
  let page: Page | null = null;
  for (let index = 0; index < loads; index += 1) {
    if (!repeat || !context) {
      await context?.close();
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(firstListProbe);
      await context.addInitScript(() => localStorage.setItem('galley:interfaceLanguage', 'en'));
      page = await context.newPage();
    }
    if (!page) throw new Error('no page');
    results.push(await traceOneLoad(context, page, server.launchUrl, index));
    // Let the server's and the page's after-load work finish before the next load.
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
  console.log(
    `${loads} loads${repeat ? ' (one context, reloads)' : ' (fresh contexts)'}: first list ${results.map((r) => r.firstList.toFixed(0)).join(' / ')} ms (median ${median(results.map((r) => r.firstList)).toFixed(0)}); main thread CPU ${results.map((r) => r.mainThread.toFixed(0)).join(' / ')} ms (median ${median(results.map((r) => r.mainThread)).toFixed(0)})`,
  );
} finally {
  await browser.close();
  await server.stop();
  fs.rmSync(marker, { force: true });
}
