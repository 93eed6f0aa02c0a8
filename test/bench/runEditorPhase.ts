import fs from 'node:fs';
import path from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { importText } from '../../electron/services/import/importText';
import { saveImportedArticle } from '../../electron/services/import/saveImportedArticle';
import { openLibrary } from '../../electron/services/library/openLibrary';
import { ensureRendererBuild } from '../../build/buildRenderer.mjs';
import { startGalleyServer } from '../support/galleyServer';
import { productionEnv } from './productionEnv';
import { benchLog } from './benchLog';
import { chromiumLaunchOptions } from '../support/chromiumLaunchOptions';
import type { PhaseRunner } from './benchTypes';
import { readProcessMemory, readProcessTreeMemory } from './readProcessMemory';
import { summarize } from './summarize';

const editorSelector = '[data-testid=body-editor]';
/** Time between keystrokes: a fast typist (about 150 words a minute). */
const keystrokeIntervalMs = 80;
const openRuns = 3;
const typedText = 'и новые данные о бюджете региона ';

interface BenchWindow {
  __bench?: { latencies: number[]; longTasks: number[]; wait(count: number): Promise<void> };
}

/**
 * keydown (its own timestamp) to the frame after it: a capture listener asks for the next
 * animation frame, and a message posted from that frame's callback runs once the frame is
 * produced, so the time includes the editor's work, style, layout and paint of the change.
 * A string, not a function: tsx's name helpers do not exist in the page.
 */
const probeScript = `(() => {
  if (window.__bench) return;
  const latencies = [];
  const waiters = [];
  // Main-thread tasks over 50 ms while typing: a keystroke landing in one waits for it.
  const longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  window.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        latencies.push(performance.now() - start);
        for (const waiter of waiters.splice(0)) {
          if (latencies.length >= waiter.count) waiter.resolve();
          else waiters.push(waiter);
        }
      };
      channel.port2.postMessage(null);
    });
  }, true);
  window.__bench = {
    latencies,
    longTasks,
    wait: (count) => new Promise((resolve) => {
      if (latencies.length >= count) resolve();
      else waiters.push({ count, resolve });
    }),
  };
})()`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types `count` characters as real key events (keydown with text, keyup), one at a time. */
export async function typeKeys(
  page: Page,
  cdp: CDPSession,
  count: number,
  offset: number,
): Promise<{ latencies: number[]; longTasks: number[] }> {
  await page.evaluate(probeScript);
  const [before, longBefore] = await page.evaluate(() => {
    const bench = (window as unknown as BenchWindow).__bench;
    return [bench?.latencies.length ?? 0, bench?.longTasks.length ?? 0];
  });
  for (let index = 0; index < count; index += 1) {
    const started = Date.now();
    const char = typedText[(offset + index) % typedText.length] ?? ' ';
    const keyCode = char === ' ' ? 32 : 65 + ((offset + index) % 26);
    const code = char === ' ' ? 'Space' : `Key${String.fromCharCode(keyCode)}`;
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      key: char,
      code,
      text: char,
      unmodifiedText: char,
      windowsVirtualKeyCode: keyCode,
    });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: char,
      code,
      windowsVirtualKeyCode: keyCode,
    });
    await page.evaluate(
      (n) => (window as unknown as BenchWindow).__bench?.wait(n),
      before + index + 1,
    );
    await sleep(Math.max(0, keystrokeIntervalMs - (Date.now() - started)));
  }
  return page.evaluate(
    ([from, longFrom]) => {
      const bench = (window as unknown as BenchWindow).__bench;
      return {
        latencies: bench?.latencies.slice(from) ?? [],
        longTasks: bench?.longTasks.slice(longFrom) ?? [],
      };
    },
    [before, longBefore] as const,
  );
}

/** Puts the caret at the end of the middle paragraph, as a click and End would. */
export async function caretInMiddle(page: Page, root: string): Promise<void> {
  const paragraphs = page.locator(`${root} > p`);
  const count = await paragraphs.count();
  const middle = paragraphs.nth(Math.floor(count / 2));
  await middle.scrollIntoViewIfNeeded();
  await middle.click();
  await page.keyboard.press('End');
}

/**
 * The editor in headless Chromium through `galley serve`: opening a 20,000-word article, and
 * keystroke-to-paint latency typing into its middle (autosave and the fact-check panel's quote
 * detection running as in use), against a bare contenteditable holding the same HTML under the
 * same stylesheet and viewport: the browser's own floor.
 */
/** The editor's rendered HTML and the page's CSS, for a bare page that lays out the same text. */
export function editorSnapshot(page: Page, root: string): Promise<{ html: string; css: string }> {
  return page.evaluate(
    (selector) => ({
      html: document.querySelector(selector)?.innerHTML ?? '',
      css: [...document.styleSheets]
        .map((sheet) => {
          try {
            return [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
          } catch {
            // A stylesheet from another origin cannot be read; the bare page does without it.
            return '';
          }
        })
        .join('\n'),
    }),
    root,
  );
}

export const runEditorPhase: PhaseRunner = async (config, paths) => {
  await ensureRendererBuild((line) => benchLog('editor', line));
  const libraryFile = path.join(config.workDir, 'editor.sqlite');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${libraryFile}${suffix}`, { force: true });
  fs.rmSync(path.join(config.workDir, 'backups'), { recursive: true, force: true });
  const library = openLibrary(libraryFile, { actor: 'bench' });
  const imported = await importText(
    'editor.md',
    fs.readFileSync(path.join(paths.longArticles, 'editor.md')),
  );
  const article = saveImportedArticle(library, imported, 'bench');
  // The page typing with spell check off has a copy of its own: two editors of one article
  // refuse each other's saves (a version conflict), so neither would keep what was typed.
  const copyForSpellCheckOff = saveImportedArticle(library, imported, 'bench');
  library.close();
  const blocks = article.body.content?.length ?? 0;
  const words = article.bodyText.split(/\s+/).filter(Boolean).length;

  const server = await startGalleyServer(libraryFile, [], { env: productionEnv() });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const opens: number[] = [];
    let page: Page | null = null;
    for (let run = 0; run < openRuns; run += 1) {
      await page?.close();
      page = await context.newPage();
      // Spell check on, as an editor has it; a second page below types with it off.
      await page.addInitScript(() => localStorage.setItem('galley:spellCheck', 'on'));
      const start = Date.now();
      await page.goto(`${server.launchUrl}&article=${article.id}`);
      await page.waitForFunction(
        ({ selector, expected }) =>
          (document.querySelector(selector)?.childElementCount ?? 0) >= expected,
        { selector: editorSelector, expected: blocks },
        { polling: 'raf', timeout: 120_000 },
      );
      await page.evaluate(
        () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
      );
      opens.push(Date.now() - start);
      benchLog('editor', `opened the ${words}-word article in ${opens[opens.length - 1]} ms`);
    }
    if (!page) throw new Error('no page');
    const app = page;
    await app.locator('.factcheck-panel').waitFor({ timeout: 60_000 });
    await sleep(2000);
    const editorWidth = await app
      .locator(editorSelector)
      .evaluate((element) => element.clientWidth);
    const { html, css } = await editorSnapshot(app, editorSelector);

    const appOff = await context.newPage();
    await appOff.addInitScript(() => localStorage.setItem('galley:spellCheck', 'off'));
    await appOff.goto(`${server.launchUrl}&article=${copyForSpellCheckOff.id}`);
    await appOff.waitForFunction(
      ({ selector, expected }) =>
        (document.querySelector(selector)?.childElementCount ?? 0) >= expected,
      { selector: editorSelector, expected: blocks },
      { polling: 'raf', timeout: 120_000 },
    );
    await appOff.locator('.factcheck-panel').waitFor({ timeout: 60_000 });

    const bare = await context.newPage();
    await bare.setContent(
      `<!doctype html><html lang="ru"><head><meta charset="utf-8"><style>${css}</style></head><body><div class="body-editor-frame"><div id="bare" class="body-editor ProseMirror" contenteditable="true" style="width:${editorWidth}px">${html}</div></div></body></html>`,
    );
    const appCdp = await context.newCDPSession(app);
    const bareCdp = await context.newCDPSession(bare);
    const appOffCdp = await context.newCDPSession(appOff);
    await app.bringToFront();
    await caretInMiddle(app, editorSelector);
    await appOff.bringToFront();
    await caretInMiddle(appOff, editorSelector);
    await bare.bringToFront();
    await caretInMiddle(bare, '#bare');

    const appLatencies: number[] = [];
    const bareLatencies: number[] = [];
    const offLatencies: number[] = [];
    const appLongTasks: number[] = [];
    const half = Math.ceil(config.keystrokes / 2);
    for (let round = 0; round < 2; round += 1) {
      const count = round === 0 ? half : config.keystrokes - half;
      await app.bringToFront();
      const typedInApp = await typeKeys(app, appCdp, count, round * half);
      appLatencies.push(...typedInApp.latencies);
      appLongTasks.push(...typedInApp.longTasks);
      benchLog('editor', `app: ${appLatencies.length}/${config.keystrokes} keystrokes`);
      await appOff.bringToFront();
      offLatencies.push(...(await typeKeys(appOff, appOffCdp, count, round * half)).latencies);
      benchLog(
        'editor',
        `app, spell check off: ${offLatencies.length}/${config.keystrokes} keystrokes`,
      );
      await bare.bringToFront();
      bareLatencies.push(...(await typeKeys(bare, bareCdp, count, round * half)).latencies);
      benchLog(
        'editor',
        `bare contenteditable: ${bareLatencies.length}/${config.keystrokes} keystrokes`,
      );
    }
    // The note below reads the stored body: the app's last save must have landed first.
    await app.bringToFront();
    await app
      .getByTestId('save-indicator')
      .and(app.locator('[data-state="saved"]'))
      .waitFor({ timeout: 60_000 });
    const misspellingsShown = await app.locator('.spelling-error').count();
    const saved = await app.evaluate(
      async ({ origin, token, id, probe }) => {
        const response = await fetch(`${origin}/api/articles:get`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Galley-Token': token },
          body: JSON.stringify({ id }),
        });
        const result = (await response.json()) as {
          ok: boolean;
          value?: { version: number; bodyText: string };
        };
        const text = result.value?.bodyText ?? '';
        return { version: result.value?.version ?? 0, at: text.indexOf(probe) / text.length };
      },
      {
        origin: server.origin,
        token: server.token,
        id: article.id,
        probe: typedText.repeat(2).trim(),
      },
    );
    const serverMemory = readProcessMemory(server.process.pid);
    const browserMemory = readProcessTreeMemory(process.pid, /chrom/i);
    await context.close();

    const typed = summarize(appLatencies);
    const floor = summarize(bareLatencies);
    const spellOff = summarize(offLatencies);
    const open = summarize(opens);
    return {
      peakRssMb: serverMemory.peakMb,
      metrics: [
        {
          key: 'editor.open.first',
          label: `open the ${words}-word article in the editor, first`,
          value: opens[0] ?? Number.NaN,
          unit: 'ms',
          note: `page load with #article= to all ${blocks} blocks painted`,
        },
        {
          key: 'editor.open.p50',
          label: `open the ${words}-word article, median of ${openRuns}`,
          value: open.p50,
          unit: 'ms',
        },
        {
          key: 'editor.keystroke.p50',
          label: `keystroke to paint, p50 of ${appLatencies.length}`,
          value: typed.p50,
          unit: 'ms',
          note: `caret in the middle paragraph, a key every ${keystrokeIntervalMs} ms`,
        },
        {
          key: 'editor.keystroke.p95',
          label: `keystroke to paint, p95 of ${appLatencies.length}`,
          value: typed.p95,
          unit: 'ms',
        },
        {
          key: 'editor.keystroke.max',
          label: 'keystroke to paint, worst',
          value: typed.max,
          unit: 'ms',
        },
        {
          key: 'editor.keystroke.spellOff.p50',
          label: 'keystroke to paint with spell check off, p50',
          value: spellOff.p50,
          unit: 'ms',
          note: `a copy of the article in a second page; with it on, ${misspellingsShown} words were underlined`,
        },
        {
          key: 'editor.keystroke.spellOff.p95',
          label: 'keystroke to paint with spell check off, p95',
          value: spellOff.p95,
          unit: 'ms',
        },
        {
          key: 'editor.longTasks',
          label: 'main-thread tasks over 50 ms while typing (spell check on)',
          value: appLongTasks.length,
          unit: 'tasks',
          note: `longest ${Math.round(Math.max(0, ...appLongTasks))} ms, ${Math.round(appLongTasks.reduce((sum, task) => sum + task, 0))} ms in all (PerformanceObserver "longtask")`,
        },
        {
          key: 'editor.bare.p50',
          label: 'bare contenteditable, p50',
          value: floor.p50,
          unit: 'ms',
        },
        {
          key: 'editor.bare.p95',
          label: 'bare contenteditable, p95',
          value: floor.p95,
          unit: 'ms',
        },
        {
          key: 'editor.serverPeakMb',
          label: 'galley serve peak RSS',
          value: serverMemory.peakMb,
          unit: 'MiB',
        },
        {
          key: 'editor.browserRssMb',
          label: `Chromium RSS at the end (${browserMemory.processes} processes)`,
          value: browserMemory.rssMb,
          unit: 'MiB',
        },
      ],
      comparisons: [
        {
          key: 'editor.vs.bare.p50',
          label: 'keystroke p50 vs bare contenteditable',
          galley: typed.p50,
          peer: 'bare contenteditable',
          peerValue: floor.p50,
          unit: 'ms',
          ratio: floor.p50 / typed.p50,
        },
        {
          key: 'editor.vs.bare.p95',
          label: 'keystroke p95 vs bare contenteditable',
          galley: typed.p95,
          peer: 'bare contenteditable',
          peerValue: floor.p95,
          unit: 'ms',
          ratio: floor.p95 / typed.p95,
        },
      ],
      notes: [
        `Keystroke figures are with spell check on (Russian and English dictionaries loaded, ${misspellingsShown} words underlined); "spell check off" types into a copy of the article in another page, interleaved.`,
        `Editor: a separate library holding the ${words}-word article (Russian, imported from Markdown), served by \`galley serve\`; typed with CDP key events in two interleaved rounds against the bare page. Autosaves during typing took the article from version ${article.version} to ${saved.version} (the typed text saved at ${(saved.at * 100).toFixed(0)}% of the body); the fact-check panel reloads its quote suggestions after each. Peak RSS of this phase is the server's.`,
      ],
      details: { appLatencies, offLatencies, bareLatencies, appLongTasks, opens },
    };
  } finally {
    await browser.close();
    await server.stop();
  }
};
