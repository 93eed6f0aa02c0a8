// `npx tsx test/bench/layerProbe.ts [--words N] [--keys N] [--rounds N] [--css A,B] [--trace DIR]
// [--short]`: what the compositor does per keystroke in Galley's editor page (this checkout's
// dist/renderer) against a bare contenteditable with the same HTML and stylesheet. For each page:
// its composited layers, why each exists (CDP LayerTree) and the drawing commands each holds; then,
// from a trace of typing with invalidation tracking, each key's main-thread CPU (the trace's
// thread time, which a loaded machine inflates less than wall clock) in the frame, the hover hit
// test, layout, pre-paint, paint, layerize and commit, and what was invalidated. --css adds each
// stylesheet in turn to Galley's page (a change tried without a build); rounds alternate the
// pages, the order reversed every other round. --short prints only each page's CPU line.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { ensureRendererBuild } from '../../build/buildRenderer.mjs';
import { chromiumLaunchOptions } from '../support/chromiumLaunchOptions';
import { startGalleyServer } from '../support/galleyServer';
import { createTypingLibrary } from './typingLibrary';
import { productionEnv } from './productionEnv';
import { caretInMiddle, editorSnapshot, typeKeys } from './runEditorPhase';

const editorSelector = '[data-testid=body-editor]';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Layer {
  layerId: string;
  parentLayerId?: string;
  backendNodeId?: number;
  width: number;
  height: number;
  drawsContent: boolean;
  paintCount?: number;
}

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function describeLayers(cdp: CDPSession): Promise<string[]> {
  const layers = await new Promise<Layer[]>((resolve) => {
    cdp.once('LayerTree.layerTreeDidChange', (event: { layers?: Layer[] }) =>
      resolve(event.layers ?? []),
    );
    void cdp.send('LayerTree.enable');
  });
  const lines = [`${layers.length} layers`];
  for (const layer of layers) {
    let reasons = '';
    try {
      const answer = (await cdp.send('LayerTree.compositingReasons', {
        layerId: layer.layerId,
      })) as { compositingReasonIds?: string[] };
      reasons = (answer.compositingReasonIds ?? []).join(',');
    } catch {
      reasons = '?';
    }
    let node = '';
    if (layer.backendNodeId) {
      try {
        const { node: described } = (await cdp.send('DOM.describeNode', {
          backendNodeId: layer.backendNodeId,
        })) as { node: { nodeName: string; attributes?: string[] } };
        const attributes = described.attributes ?? [];
        const cls = attributes[attributes.indexOf('class') + 1] ?? '';
        node = `${described.nodeName.toLowerCase()}${attributes.includes('class') ? `.${cls.split(' ').join('.')}` : ''}`;
      } catch {
        node = `#${layer.backendNodeId}`;
      }
    }
    const at = layer as unknown as { offsetX: number; offsetY: number };
    let ops = '';
    if (layer.drawsContent && layer.width * layer.height > 1) {
      try {
        const { snapshotId } = await cdp.send('LayerTree.makeSnapshot', {
          layerId: layer.layerId,
        });
        const { commandLog } = (await cdp.send('LayerTree.snapshotCommandLog', {
          snapshotId,
        })) as { commandLog: { method: string }[] };
        const byMethod = new Map<string, number>();
        for (const command of commandLog)
          byMethod.set(command.method, (byMethod.get(command.method) ?? 0) + 1);
        ops = ` ops=${commandLog.length} {${[...byMethod].map(([m, c]) => `${m}:${c}`).join(' ')}}`;
        await cdp.send('LayerTree.releaseSnapshot', { snapshotId });
      } catch (error) {
        ops = ` ops=? ${String(error).slice(0, 80)}`;
      }
    }
    lines.push(
      `  ${layer.layerId} @${at.offsetX},${at.offsetY} ${layer.width}x${layer.height} draws=${layer.drawsContent} ${node} [${reasons}]${ops}`,
    );
  }
  await cdp.send('LayerTree.disable');
  return lines;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: Record<string, unknown> };
}

function summarizeTrace(file: string, keys: number): string[] {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as
    TraceEvent[] | { traceEvents: TraceEvent[] };
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const totals = new Map<string, { count: number; ms: number }>();
  const add = (name: string, ms: number) => {
    const entry = totals.get(name) ?? { count: 0, ms: 0 };
    entry.count += 1;
    entry.ms += ms;
    totals.set(name, entry);
  };
  const cpu = new Map<string, number>();
  const threadNames = new Map<string, string>();
  for (const event of events)
    if (event.name === 'thread_name')
      threadNames.set(`${event.pid}:${event.tid}`, String((event.args as { name?: string })?.name));
  let keydowns = 0;
  for (const event of events) {
    if (
      event.name === 'EventDispatch' &&
      (event.args?.data as { type?: string })?.type === 'keydown'
    )
      keydowns += 1;
    const tdur = (event as unknown as { tdur?: number }).tdur;
    if (
      event.ph === 'X' &&
      tdur !== undefined &&
      threadNames.get(`${event.pid}:${event.tid}`) === 'CrRendererMain'
    )
      cpu.set(event.name, (cpu.get(event.name) ?? 0) + tdur / 1000);
  }
  const cpuOf = (name: string) => ((cpu.get(name) ?? 0) / Math.max(1, keydowns)).toFixed(2);
  const cpuLine = `  CPU a key (${keydowns} keys): frame ${cpuOf('ProxyMain::BeginMainFrame')} | hover ${cpuOf('EventHandler::handleMouseMoveEvent')} hit ${cpuOf('LayoutView::HitTest')} | layout ${cpuOf('Layout')} | prepaint ${cpuOf('PrePaint')} | paint ${cpuOf('Paint')} | layerize ${cpuOf('Layerize')} | commit ${cpuOf('Commit')} | IO ${cpuOf('IntersectionObserverController::computeIntersections')} | tasks ${cpuOf('RunTask')}`;
  if (process.argv.includes('--short')) return [cpuLine];
  const invalidated = new Map<string, number>();
  let paintArea = 0;
  const paintLayers = new Map<string, number>();
  for (const event of events) {
    if (event.ph === 'X' && event.dur !== undefined) add(event.name, event.dur / 1000);
    if (event.name === 'Paint' && event.ph === 'X') {
      const data = event.args?.data as { clip?: number[]; layerId?: number } | undefined;
      const clip = data?.clip;
      if (clip && clip.length === 8) {
        const w = Math.abs((clip[2] ?? 0) - (clip[0] ?? 0));
        const h = Math.abs((clip[5] ?? 0) - (clip[1] ?? 0));
        paintArea += w * h;
      }
      const key = String(data?.layerId ?? '?');
      paintLayers.set(key, (paintLayers.get(key) ?? 0) + 1);
    }
    if (event.name === 'PaintInvalidationTracking' || event.name === 'LayoutInvalidationTracking') {
      const data = event.args?.data as { nodeName?: string; reason?: string } | undefined;
      const key = `${event.name.replace('InvalidationTracking', '')}: ${data?.nodeName ?? '?'} (${data?.reason ?? ''})`;
      invalidated.set(key, (invalidated.get(key) ?? 0) + 1);
    }
  }
  const wanted = [
    'Layerize',
    'Paint',
    'PrePaint',
    'Layout',
    'HitTest',
    'UpdateLayoutTree',
    'Commit',
    'UpdateLayer',
    'IntersectionObserverController::computeIntersections',
    'ScrollLayer',
    'LocalFrameView::RunPostLifecycleSteps',
    'PaintArtifactCompositor::Update',
  ];
  const lines = [cpuLine, `per key (${keys} keys):`];
  for (const name of wanted) {
    const entry = totals.get(name);
    if (entry)
      lines.push(
        `  ${name}: ${(entry.count / keys).toFixed(2)} a key, ${(entry.ms / keys).toFixed(3)} ms a key`,
      );
  }
  for (const name of [
    'EventHandler::handleMouseMoveEvent',
    'LayoutView::HitTest',
    'LocalFrameView::RunPaintLifecyclePhase',
    'ProxyMain::BeginMainFrame',
  ]) {
    const entry = totals.get(name);
    if (entry) lines.push(`  ${name}: ${(entry.ms / keys).toFixed(3)} ms a key`);
  }
  lines.push(`  paint area a key: ${(paintArea / keys).toFixed(0)} px²`);
  lines.push(`  paints by layer: ${[...paintLayers].map(([k, v]) => `${k}:${v}`).join(' ')}`);
  lines.push('  invalidations (whole run):');
  for (const [key, count] of [...invalidated].sort((a, b) => b[1] - a[1]).slice(0, 25))
    lines.push(`    ${count} ${key}`);
  return lines;
}

async function probe(
  label: string,
  page: Page,
  cdp: CDPSession,
  root: string,
  keys: number,
  traceDir: string,
): Promise<string[]> {
  await page.bringToFront();
  await caretInMiddle(page, root);
  await sleep(1000);
  await cdp.send('DOM.enable');
  await cdp.send('DOM.getDocument', { depth: -1 });
  const lines = [
    `== ${label}`,
    ...(process.argv.includes('--short') ? [] : await describeLayers(cdp)),
  ];
  const browser = page.context().browser()!;
  const file = path.join(traceDir, `${label}.json`);
  await browser.startTracing(page, {
    path: file,
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'disabled-by-default-devtools.timeline.invalidationTracking',
      'blink',
      'cc',
    ],
  });
  await typeKeys(page, cdp, keys, 0);
  await sleep(300);
  await browser.stopTracing();
  lines.push(...summarizeTrace(file, keys));
  return lines;
}

async function main(): Promise<void> {
  const words = Number(flag('words') ?? 20_000);
  const keys = Number(flag('keys') ?? 30);
  const cssFiles = (flag('css') ?? '').split(',').filter(Boolean);
  const traceDir = path.resolve(flag('trace') ?? '/tmp/layerProbe');
  fs.mkdirSync(traceDir, { recursive: true });
  await ensureRendererBuild((line: string) => process.stderr.write(`${line}\n`));
  const { work, libraryFile, articles } = await createTypingLibrary('galley-layers-', words, 1);
  const server = await startGalleyServer(libraryFile, [], { env: productionEnv() });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(() => localStorage.setItem('galley:spellCheck', 'on'));
    await page.goto(`${server.launchUrl}&article=${articles[0]!.id}`);
    const blocks = articles[0]!.body.content?.length ?? 0;
    await page.waitForFunction(
      ({ selector, expected }) =>
        (document.querySelector(selector)?.childElementCount ?? 0) >= expected,
      { selector: editorSelector, expected: blocks },
      { polling: 'raf', timeout: 300_000 },
    );
    await page.locator('.factcheck-panel').waitFor({ timeout: 60_000 });
    await page.locator('.spelling-error').first().waitFor({ timeout: 120_000 });
    await sleep(4000);
    const cdp = await context.newCDPSession(page);
    const editorWidth = await page
      .locator(editorSelector)
      .evaluate((element) => element.clientWidth);
    const { html, css } = await editorSnapshot(page, editorSelector);
    const bare = await context.newPage();
    await bare.setContent(
      `<!doctype html><html lang="ru"><head><meta charset="utf-8"><style>${css}</style></head><body><div class="body-editor-frame"><div id="bare" class="body-editor ProseMirror" contenteditable="true" style="width:${editorWidth}px">${html}</div></div></body></html>`,
    );
    const bareCdp = await context.newCDPSession(bare);
    const rounds = Number(flag('rounds') ?? 1);
    for (let round = 0; round < rounds; round += 1) {
      const order =
        round % 2 === 0 ? ['', ...cssFiles, 'bare'] : ['bare', ...[...cssFiles].reverse(), ''];
      for (const file of order) {
        let out: string[];
        if (file === 'bare') out = await probe('bare', bare, bareCdp, '#bare', keys, traceDir);
        else if (file === '')
          out = await probe('galley', page, cdp, editorSelector, keys, traceDir);
        else {
          const handle = await page.addStyleTag({ content: fs.readFileSync(file, 'utf8') });
          await sleep(500);
          out = await probe(
            `galley+${path.basename(file)}`,
            page,
            cdp,
            editorSelector,
            keys,
            traceDir,
          );
          await handle.evaluate((element) => (element as Element).remove());
        }
        process.stdout.write(`${out.join('\n')}\n`);
      }
      process.stdout.write(
        `load ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}\n`,
      );
    }
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
