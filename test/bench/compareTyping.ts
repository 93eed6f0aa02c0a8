// `npx tsx test/bench/compareTyping.ts [flags]`: what typing into a long article costs the
// browser, Galley's editor page against Tiptap with the shared extension list alone
// (`plainTiptapPage.ts`) and a bare contenteditable holding the same HTML under the same
// stylesheet, in one Chromium, in rounds that alternate the pages. Each page's CPU comes from
// Chromium's own counters (`Performance.getMetrics`: ProcessTime is every thread of the page's
// renderer process, ThreadTime its main thread), which a loaded machine inflates far less than
// it does wall clock; key-to-paint latency is measured as the benchmark's editor phase does.
// A round's CPU includes the pause after the last key (the autosave and spell check run then).
// Also reports, per Galley page, the first underlining after opening: the longest main-thread
// task from the first underline drawn to the last.
//
// Flags: --words N (20000; the benchmark's long-article generator, so 20000 gives its 20,220
// words), --keys N (100 a round), --rounds N (2), --spell on|off (on), --app LABEL=DIR (a built
// interface, served to a page of its own from DIR; repeatable; default galley=dist/renderer),
// --app-css LABEL=FILE (a stylesheet added to that app's page after it loads: a layout change
// tried without a build; repeatable), --app-script LABEL=FILE (a script run in that app's page
// after it loads, before typing: a change to the page tried without a build; repeatable),
// --trace-categories A,B (Chromium trace categories added to --trace's), --no-plain, --no-bare, --profile DIR (a CPU profile of each Galley page's rounds), --heap DIR
// (a sampling heap profile of every page's rounds, collected objects included: what typing
// allocates), --trace DIR
// (a Chromium performance trace of every page's rounds, to see the browser's own work, with each
// key's latency beside it for `typingTail.ts`; with
// --invalidations it also records what invalidated each paint and style recalculation), and
// --build DIR [--no-minify] (only build this checkout's interface into DIR, e.g. to keep the
// code before a change for comparison).
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { ensureRendererBuild, rendererOutDir } from '../../build/buildRenderer.mjs';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import { chromiumLaunchOptions } from '../support/chromiumLaunchOptions';
import { projectRoot, startGalleyServer } from '../support/galleyServer';
import { createTypingLibrary } from './typingLibrary';
import { productionEnv } from './productionEnv';
import { caretInMiddle, editorSnapshot, typeKeys } from './runEditorPhase';
import { summarize } from './summarize';

const editorSelector = '[data-testid=body-editor]';
/** The pause after a round's last key that is counted with it: the autosave and spell check. */
const settleMs = 2000;
const metricNames = [
  'ProcessTime',
  'ThreadTime',
  'TaskDuration',
  'ScriptDuration',
  'LayoutDuration',
  'RecalcStyleDuration',
] as const;
type MetricName = (typeof metricNames)[number];

interface Flags {
  values: Map<string, string>;
  apps: { label: string; dir: string; css?: string; script?: string }[];
}

function readFlags(argv: readonly string[]): Flags {
  const values = new Map<string, string>();
  const apps: Flags['apps'] = [];
  const styles = new Map<string, string>();
  const scripts = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"`);
    const name = arg.slice(2);
    const next = argv[index + 1];
    const value = next !== undefined && !next.startsWith('--') ? next : 'true';
    if (value !== 'true') index += 1;
    if (name === 'app') {
      const [label = '', dir = ''] = value.split('=', 2);
      apps.push({ label, dir: path.resolve(dir) });
    } else if (name === 'app-css') {
      const [label = '', file = ''] = value.split('=', 2);
      styles.set(label, fs.readFileSync(file, 'utf8'));
    } else if (name === 'app-script') {
      const [label = '', file = ''] = value.split('=', 2);
      scripts.set(label, fs.readFileSync(file, 'utf8'));
    } else values.set(name, value);
  }
  for (const app of apps) {
    const css = styles.get(app.label);
    if (css !== undefined) app.css = css;
    const script = scripts.get(app.label);
    if (script !== undefined) app.script = script;
  }
  return { values, apps };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** The page gets its interface from `dir` instead of the server's; the API stays the server's. */
async function serveInterfaceFrom(page: Page, origin: string, dir: string): Promise<void> {
  await page.route(`${origin}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    const relative = decodeURIComponent(pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(dir, relative);
    // The interface's own files; the API, library images and the rest stay the server's.
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) return route.fallback();
    try {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-length'];
      delete headers['content-encoding'];
      headers['content-type'] = contentTypes[path.extname(file)] ?? 'application/octet-stream';
      await route.fulfill({ status: 200, headers, body: fs.readFileSync(file) });
    } catch {
      // The page went away while the file was asked for.
    }
  });
}

/** Long main-thread tasks and the first and last underline drawn, from the page's start. */
const underlineProbe = `(() => {
  const seen = { first: null, last: null, longTasks: [] };
  window.__underlines = seen;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const isUnderline = (node) =>
    node.nodeType === 1 && (node.classList.contains('spelling-error') || node.querySelector('.spelling-error'));
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!isUnderline(node)) continue;
        const now = performance.now();
        seen.first ??= now;
        seen.last = now;
        return;
      }
    }
  }).observe(document, { subtree: true, childList: true });
})()`;

interface UnderlineWindow {
  __underlines?: { first: number | null; last: number | null; longTasks: [number, number][] };
}

interface Typist {
  label: string;
  page: Page;
  cdp: CDPSession;
  root: string;
  isApp: boolean;
  rounds: { cpu: Record<MetricName, number>; latencies: number[] }[];
}

async function readMetrics(cdp: CDPSession): Promise<Record<MetricName, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const byName = new Map(metrics.map((metric) => [metric.name, metric.value]));
  return Object.fromEntries(
    metricNames.map((name) => [name, byName.get(name) ?? Number.NaN]),
  ) as Record<MetricName, number>;
}

async function main(): Promise<void> {
  const { values, apps } = readFlags(process.argv.slice(2));
  const buildDir = values.get('build');
  if (buildDir) {
    const { build } = await import('vite');
    await build({
      configFile: path.join(projectRoot, 'vite.config.ts'),
      logLevel: 'warn',
      build: {
        outDir: path.resolve(buildDir),
        emptyOutDir: true,
        minify: !values.has('no-minify'),
      },
    });
    process.stdout.write(`built the interface into ${path.resolve(buildDir)}\n`);
    return;
  }
  const words = Number(values.get('words') ?? 20_000);
  const keys = Number(values.get('keys') ?? 100);
  const roundCount = Number(values.get('rounds') ?? 2);
  const spellCheck = (values.get('spell') ?? 'on') === 'on';
  const profileDir = values.get('profile');
  const traceDir = values.get('trace');
  const heapDir = values.get('heap');
  if (apps.length === 0) apps.push({ label: 'galley', dir: rendererOutDir });
  await ensureRendererBuild((line: string) => process.stderr.write(`${line}\n`));

  const { work, libraryFile, articles } = await createTypingLibrary(
    'galley-typing-',
    words,
    apps.length,
  );
  const body: TiptapNode = articles[0]!.body;
  const blocks = body.content?.length ?? 0;
  const wordCount = articles[0]!.bodyText.split(/\s+/).filter(Boolean).length;
  process.stderr.write(`article: ${wordCount} words, ${blocks} blocks\n`);

  const server = await startGalleyServer(libraryFile, [], { env: productionEnv() });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const typists: Typist[] = [];
    const firstUnderlines: string[] = [];
    for (const [index, app] of apps.entries()) {
      const page = await context.newPage();
      if (path.resolve(app.dir) !== path.resolve(rendererOutDir)) {
        await serveInterfaceFrom(page, server.origin, app.dir);
      }
      await page.addInitScript(
        (on) => localStorage.setItem('galley:spellCheck', on ? 'on' : 'off'),
        spellCheck,
      );
      await page.addInitScript(underlineProbe);
      await page.goto(`${server.launchUrl}&article=${articles[index]!.id}`);
      if (app.css !== undefined) await page.addStyleTag({ content: app.css });
      await page.waitForFunction(
        ({ selector, expected }) =>
          (document.querySelector(selector)?.childElementCount ?? 0) >= expected,
        { selector: editorSelector, expected: blocks },
        { polling: 'raf', timeout: 300_000 },
      );
      await page.locator('.factcheck-panel').waitFor({ timeout: 60_000 });
      if (spellCheck) firstUnderlines.push(`${app.label}: ${await watchUnderlines(page)}`);
      else await sleep(3000);
      if (app.script !== undefined) await page.evaluate(app.script);
      const cdp = await context.newCDPSession(page);
      typists.push({ label: app.label, page, cdp, root: editorSelector, isApp: true, rounds: [] });
    }
    const first = typists[0]!.page;
    const editorWidth = await first
      .locator(editorSelector)
      .evaluate((element) => element.clientWidth);
    const { html, css } = await editorSnapshot(first, editorSelector);
    if (!values.has('no-plain')) {
      const { build } = await import('esbuild');
      const bundle = await build({
        entryPoints: [path.join(import.meta.dirname, 'plainTiptapPage.ts')],
        bundle: true,
        write: false,
        format: 'iife',
        minify: !values.has('no-minify'),
        define: { 'process.env.NODE_ENV': '"production"' },
      });
      const page = await context.newPage();
      await page.setContent(
        `<!doctype html><html lang="ru"><head><meta charset="utf-8"><style>${css}</style></head><body><div class="body-editor-frame"><div id="plain" style="width:${editorWidth}px"></div></div></body></html>`,
      );
      await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
      await page.evaluate((content) => {
        const element = document.getElementById('plain');
        if (element) window.startPlainTiptap?.(element, content);
      }, body);
      const cdp = await context.newCDPSession(page);
      typists.push({
        label: 'plain Tiptap',
        page,
        cdp,
        root: '#plain .ProseMirror',
        isApp: false,
        rounds: [],
      });
    }
    if (!values.has('no-bare')) {
      const page = await context.newPage();
      await page.setContent(
        `<!doctype html><html lang="ru"><head><meta charset="utf-8"><style>${css}</style></head><body><div class="body-editor-frame"><div id="bare" class="body-editor ProseMirror" contenteditable="true" style="width:${editorWidth}px">${html}</div></div></body></html>`,
      );
      const cdp = await context.newCDPSession(page);
      typists.push({ label: 'bare', page, cdp, root: '#bare', isApp: false, rounds: [] });
    }
    const browserCdp = await browser.newBrowserCDPSession();
    const info = (await browserCdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number }[];
    };
    const renderers = info.processInfo.filter((process) => process.type === 'renderer').length;
    process.stderr.write(`${renderers} renderer processes for ${typists.length} pages\n`);

    for (const typist of typists) {
      await typist.page.bringToFront();
      await caretInMiddle(typist.page, typist.root);
      await typist.cdp.send('Performance.enable');
      if (profileDir) {
        await typist.cdp.send('Profiler.enable');
        await typist.cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      }
    }
    for (let round = 0; round < roundCount; round += 1) {
      for (const typist of typists) {
        await typist.page.bringToFront();
        await sleep(500);
        const profiling = profileDir !== undefined;
        if (profiling) await typist.cdp.send('Profiler.start');
        if (heapDir) {
          await typist.cdp.send('HeapProfiler.enable');
          // Collected objects too: what typing allocates, not what it keeps.
          await typist.cdp.send('HeapProfiler.startSampling', {
            samplingInterval: 4096,
            includeObjectsCollectedByMajorGC: true,
            includeObjectsCollectedByMinorGC: true,
          });
        }
        if (traceDir) {
          fs.mkdirSync(traceDir, { recursive: true });
          const name = `${typist.label.replace(/\W+/g, '-')}-${words}-round${round + 1}.json`;
          await browser.startTracing(typist.page, {
            path: path.join(traceDir, name),
            categories: [
              'devtools.timeline',
              'disabled-by-default-devtools.timeline',
              ...(values.has('invalidations')
                ? ['disabled-by-default-devtools.timeline.invalidationTracking']
                : []),
              ...(values.get('trace-categories')?.split(',') ?? []),
            ],
          });
        }
        const before = await readMetrics(typist.cdp);
        const typed = await typeKeys(typist.page, typist.cdp, keys, round * keys);
        await sleep(settleMs);
        const after = await readMetrics(typist.cdp);
        if (traceDir) {
          await browser.stopTracing();
          // Each key's latency, in the order of the trace's keydowns: to study the slowest keys.
          const name = `${typist.label.replace(/\W+/g, '-')}-${words}-round${round + 1}.latencies.json`;
          fs.writeFileSync(path.join(traceDir, name), JSON.stringify(typed.latencies));
        }
        if (heapDir) {
          const { profile } = await typist.cdp.send('HeapProfiler.stopSampling');
          fs.mkdirSync(heapDir, { recursive: true });
          const name = `${typist.label.replace(/\W+/g, '-')}-${words}-round${round + 1}.heapprofile`;
          fs.writeFileSync(path.join(heapDir, name), JSON.stringify(profile));
        }
        if (profiling) {
          const { profile } = await typist.cdp.send('Profiler.stop');
          fs.mkdirSync(profileDir, { recursive: true });
          const name = `${typist.label.replace(/\W+/g, '-')}-${words}-round${round + 1}.cpuprofile`;
          fs.writeFileSync(path.join(profileDir, name), JSON.stringify(profile));
        }
        const cpu = Object.fromEntries(
          metricNames.map((name) => [name, ((after[name] - before[name]) * 1000 * 100) / keys]),
        ) as Record<MetricName, number>;
        typist.rounds.push({ cpu, latencies: typed.latencies });
        process.stderr.write(
          `round ${round + 1} ${typist.label}: process ${cpu.ProcessTime.toFixed(0)} ms / 100 keys\n`,
        );
      }
    }

    const lines = [
      `${wordCount} words, ${keys} keys a round, ${roundCount} rounds, spell check ${spellCheck ? 'on' : 'off'}, load average at the end ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
      'CPU per 100 keys (ms), each round: process | main thread | script | layout | style; key to paint p50 / p95 (ms) over all rounds',
    ];
    for (const typist of typists) {
      const per = (name: MetricName) =>
        typist.rounds.map((round) => round.cpu[name].toFixed(0)).join('/');
      const latency = summarize(typist.rounds.flatMap((round) => round.latencies));
      lines.push(
        `${typist.label.padEnd(14)} ${per('ProcessTime')} | ${per('ThreadTime')} | ${per('ScriptDuration')} | ${per('LayoutDuration')} | ${per('RecalcStyleDuration')}; ${latency.p50.toFixed(1)} / ${latency.p95.toFixed(1)}`,
      );
    }
    if (firstUnderlines.length > 0)
      lines.push('first underlining after opening:', ...firstUnderlines);
    process.stdout.write(`${lines.join('\n')}\n`);
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Waits until the underlines stop changing, and says what drawing them cost the main thread. */
async function watchUnderlines(page: Page): Promise<string> {
  // The dictionaries load in the server first: seconds, more on a busy machine.
  await page.locator('.spelling-error').first().waitFor({ timeout: 120_000 });
  let count = -1;
  let stableSince = Date.now();
  const started = Date.now();
  while (Date.now() - stableSince < 4000 && Date.now() - started < 120_000) {
    await sleep(500);
    const now = await page.locator('.spelling-error').count();
    if (now !== count) {
      count = now;
      stableSince = Date.now();
    }
  }
  const seen = await page.evaluate(() => (window as unknown as UnderlineWindow).__underlines);
  if (!seen || seen.first === null || seen.last === null) return `${count} underlines`;
  const from = seen.first;
  const to = seen.last;
  const during = seen.longTasks.filter(
    ([start, duration]) => start + duration >= from && start <= to,
  );
  const longest = Math.max(0, ...during.map(([, duration]) => duration));
  const total = during.reduce((sum, [, duration]) => sum + duration, 0);
  return `${count} underlines drawn over ${(to - from).toFixed(0)} ms; ${during.length} tasks over 50 ms in that time, longest ${longest.toFixed(0)} ms, ${total.toFixed(0)} ms in all`;
}

void main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
