// Where "last key → its results on screen" goes, word by word, as the view phase types them:
// `npx tsx test/bench/traceSearchTyping.ts LIBRARY [ROUNDS]`. Starts `galley serve` (production,
// as the benchmark does) on LIBRARY, types the view phase's words a key every 80 ms and prints,
// for each word, the time from its last key to: the request carrying the whole word leaving the
// page (what waited before it: the request in flight for an earlier prefix), its answer's first
// byte (the server), its body read, the list's DOM changed (React) and the frame after it.
import fs from 'node:fs';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { startGalleyServer } from '../support/galleyServer';
import { chromiumLaunchOptions } from '../support/chromiumLaunchOptions';
import { productionEnv } from './productionEnv';

const keystrokeIntervalMs = 80;
const searchWords = ['президент', 'inflation', 'бюджета', 'кластер', 'energy', 'Сергуниной'];

interface Call {
  search: string;
  sent: number;
  headers: number;
  parsed: number;
  bytes: number;
}
interface Trace {
  calls: Call[];
  inputs: number[];
  commits: number[];
  settled: number[];
}
type TraceWindow = Window & { __trace?: Trace };

const probeScript = `(() => {
  const trace = { calls: [], inputs: [], commits: [], settled: [] };
  window.__trace = trace;
  const afterFrame = (callback) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(null);
  });
  addEventListener('input', (event) => trace.inputs.push(event.timeStamp), true);
  const plainFetch = window.fetch.bind(window);
  window.fetch = async (url, init) => {
    if (!String(url).includes('articles%3Aquery')) return plainFetch(url, init);
    const input = JSON.parse(init.body);
    const call = { search: input.search, offset: input.offset, sent: performance.now(), headers: 0, parsed: 0, bytes: 0 };
    trace.calls.push(call);
    const response = await plainFetch(url, init);
    call.headers = performance.now();
    const text = await response.text();
    call.bytes = text.length;
    call.parsed = performance.now();
    return new Response(text, { headers: response.headers });
  };
  const observeList = () => {
    const list = document.querySelector('[data-testid=article-list]');
    if (!list) return requestAnimationFrame(observeList);
    new MutationObserver(() => trace.commits.push(performance.now())).observe(list, { subtree: true, childList: true, characterData: true });
    new MutationObserver(() => {
      if (list.getAttribute('aria-busy') === 'false') afterFrame((now) => trace.settled.push(now));
    }).observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
  };
  addEventListener('DOMContentLoaded', observeList);
})()`;

/** CPU seconds of a process so far (user + system), from /proc. */
function processCpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** CPU time of the page's renderer process so far, every thread (Chromium's ProcessTime), in ms. */
async function pageCpuMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'ProcessTime')?.value ?? 0) * 1000;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const readTrace = (page: Page): Promise<Trace> =>
  page.evaluate(() => {
    const trace = (window as TraceWindow).__trace;
    if (!trace) throw new Error('no trace');
    return JSON.parse(JSON.stringify(trace)) as Trace;
  });

async function waitQuiet(page: Page): Promise<void> {
  for (;;) {
    const before = (await readTrace(page)).settled.length;
    await sleep(400);
    const after = await readTrace(page);
    const busy = await page.locator('[data-testid=article-list]').getAttribute('aria-busy');
    if (after.settled.length === before && busy === 'false') return;
  }
}

const [library, roundsArg] = process.argv.slice(2);
if (!library) throw new Error('usage: traceSearchTyping.ts LIBRARY [ROUNDS]');
const rounds = Number(roundsArg ?? 1);
const profileTo = process.env['TRACE_PROFILE'];
// With TRACE_HOLD=1 the list's requests are held until the word is typed, and what is printed
// is the page's CPU per key typed while a request is in flight (the keys alone).
const holdRequests = process.env['TRACE_HOLD'] === '1';
const server = await startGalleyServer(library, [], { env: productionEnv() });
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(probeScript);
  await context.addInitScript(() => localStorage.setItem('galley:interfaceLanguage', 'en'));
  const page = await context.newPage();
  let release: (() => void) | null = null;
  let held: Promise<void> = Promise.resolve();
  await page.route('**/api/articles%3Aquery', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(server.launchUrl);
  await page.locator('.article-list-item').first().waitFor({ timeout: 120_000 });
  await sleep(8000);
  const searchBox = page.getByRole('searchbox', { name: 'Search' });
  const fmt = (ms: number) => ms.toFixed(1).padStart(6);
  console.log(
    'word          total  | wait  (prefixes sent)  server+net  body  parse+react  frame | render of earlier answers after the last key',
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const serverPid = server.process.pid ?? 0;
  const cpuTotals = { server: 0, page: 0, words: 0, settled: [] as number[], keys: [] as number[] };
  if (profileTo) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  for (let round = 0; round < rounds; round += 1) {
    for (const word of searchWords) {
      if (await searchBox.inputValue()) {
        await searchBox.fill('');
        await waitQuiet(page);
      }
      await searchBox.click();
      const mark = await readTrace(page);
      if (holdRequests) held = new Promise((resolve) => (release = resolve));
      const serverBefore = processCpuMs(serverPid);
      const pageBefore = await pageCpuMs(cdp);
      for (const character of word) {
        await page.keyboard.type(character);
        await sleep(keystrokeIntervalMs);
      }
      if (holdRequests) {
        const keysCpu = (await pageCpuMs(cdp)) - pageBefore;
        console.log(
          `${word}: page renderer CPU ${(keysCpu / word.length).toFixed(1)} ms per key while a request is in flight`,
        );
        cpuTotals.keys.push(keysCpu / word.length);
        (release as (() => void) | null)?.();
      }
      await waitQuiet(page);
      const serverCpu = processCpuMs(serverPid) - serverBefore;
      const pageCpu = (await pageCpuMs(cdp)) - pageBefore;
      const trace = await readTrace(page);
      const lastKey = trace.inputs.at(-1) ?? Number.NaN;
      const calls = trace.calls.slice(mark.calls.length);
      const final = calls.filter((call) => call.search === word).at(-1);
      const settled = trace.settled.at(-1) ?? Number.NaN;
      if (!final) {
        console.log(`${word}: no request for the whole word`);
        continue;
      }
      cpuTotals.server += serverCpu;
      cpuTotals.page += pageCpu;
      cpuTotals.words += 1;
      cpuTotals.settled.push(settled - lastKey);
      const commit = trace.commits.find((time) => time >= final.parsed) ?? Number.NaN;
      const before = calls.filter((call) => call.sent < lastKey && call.parsed > lastKey);
      console.log(
        `${word.padEnd(12)} ${fmt(settled - lastKey)} | ${fmt(final.sent - lastKey)} (${calls.map((call) => call.search.length).join(',')}) ${fmt(final.headers - final.sent)} ${fmt(final.parsed - final.headers)} ${fmt(commit - final.parsed)} ${fmt(settled - commit)} | in flight at the last key: ${before.map((call) => `${call.search} ${fmt(call.headers - call.sent)} srv, answered +${fmt(call.parsed - lastKey)}`).join('; ')} ${final.bytes} bytes; CPU server ${serverCpu.toFixed(0)} ms, page ${pageCpu.toFixed(0)} ms`,
      );
    }
  }
  if (holdRequests) {
    const keys = [...cpuTotals.keys].sort((a, b) => a - b);
    console.log(
      `page renderer CPU per key, request in flight: median of ${keys.length} words ${keys[Math.floor(keys.length / 2)]?.toFixed(1)} ms`,
    );
  }
  const sorted = [...cpuTotals.settled].sort((a, b) => a - b);
  console.log(
    `${cpuTotals.words} words: last key to results p50 ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms, worst ${sorted.at(-1)?.toFixed(1)} ms; CPU per word (first key to results and 400 ms after): server ${(cpuTotals.server / cpuTotals.words).toFixed(1)} ms, page renderer ${(cpuTotals.page / cpuTotals.words).toFixed(1)} ms; load ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
  );
  if (profileTo) {
    const { profile } = await cdp.send('Profiler.stop');
    (await import('node:fs')).writeFileSync(profileTo, JSON.stringify(profile));
  }
} finally {
  await browser.close();
  await server.stop();
}
