// `npx tsx test/bench/typingHookCost.ts [--words N] [--keys N] [--spell on|off]`: what each of
// the body editor's ProseMirror hooks costs per keystroke, in Galley's editor page (this
// checkout's dist/renderer) and in Tiptap with the shared extension list alone
// (`plainTiptapPage.ts`), typed into the same way (`typeKeys`, a key each 80 ms, caret at the
// end of the middle paragraph). Each page's hooks are wrapped in place once the article is open
// and underlined: every plugin's `appendTransaction`, `filterTransaction`, state field `apply`,
// `decorations`, text input, key and DOM event props and plugin view `update`, and the view's
// `domObserver.flush` (ProseMirror reading a change), `dispatch`, `updateState`,
// `scrollToSelection`, and Tiptap's `emit` with each event listener. Prints microseconds per
// key, largest first, the two pages side by side. The clock is `performance.now()`, which
// Chromium coarsens (about 0.1 ms with jitter outside cross-origin isolation), so a hook's
// figure is a mean over many calls, good to about 1 µs a key at 200 keys; nested hooks are
// counted in each (the flush holds the dispatch, which holds the update).
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { ensureRendererBuild } from '../../build/buildRenderer.mjs';
import { chromiumLaunchOptions } from '../support/chromiumLaunchOptions';
import { startGalleyServer } from '../support/galleyServer';
import { createTypingLibrary } from './typingLibrary';
import { productionEnv } from './productionEnv';
import { caretInMiddle, editorSnapshot, typeKeys } from './runEditorPhase';

const editorSelector = '[data-testid=body-editor]';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/**
 * Wraps the hooks of the editor whose editing host matches `selector` (Tiptap leaves itself on
 * the host as `editor`); totals go to `window.__hookCost`. A string: tsx's helpers are not in
 * the page.
 */
const instrument = (selector: string) => `(() => {
  const editor = document.querySelector(${JSON.stringify(selector)}).editor;
  const view = editor.view;
  const totals = {};
  window.__hookCost = totals;
  const wrap = (owner, name, label) => {
    const original = owner[name];
    if (typeof original !== 'function') return;
    // An unnamed plugin's key says nothing: the start of its hook's source says which it is.
    const source = String(original);
    if (/ plugin[$][0-9]*$/.test(label) && !source.includes('[native code]')) {
      label += ' [' + source.slice(0, 50) + ']';
    }
    owner[name] = function (...args) {
      const start = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        const entry = (totals[label] ??= [0, 0]);
        entry[0] += performance.now() - start;
        entry[1] += 1;
      }
    };
  };
  for (const plugin of view.state.plugins) {
    const key = plugin.key;
    for (const hook of ['appendTransaction', 'filterTransaction']) wrap(plugin.spec, hook, hook + ' ' + key);
    for (const prop of ['decorations', 'handleTextInput', 'handleKeyDown', 'handleKeyPress']) {
      if (plugin.props[prop]) wrap(plugin.props, prop, prop + ' ' + key);
    }
    for (const type of Object.keys(plugin.props.handleDOMEvents ?? {})) {
      wrap(plugin.props.handleDOMEvents, type, 'handleDOMEvents.' + type + ' ' + key);
    }
  }
  for (const field of view.state.config.fields) wrap(field, 'apply', 'state apply ' + field.name);
  // Plugin views are made in this order: the view's own plugins, then the state's.
  const owners = [...view.directPlugins, ...view.state.plugins].filter((plugin) => plugin.spec.view);
  view.pluginViews.forEach((pluginView, index) => {
    wrap(pluginView, 'update', 'plugin view ' + (owners[index]?.key ?? index));
  });
  wrap(view.domObserver, 'flush', 'view: domObserver.flush');
  wrap(view, 'dispatch', 'view: dispatch');
  wrap(view, 'updateState', 'view: updateState');
  wrap(view, 'scrollToSelection', 'view: scrollToSelection');
  wrap(editor, 'emit', 'tiptap: emit');
  const callbacks = editor.callbacks ?? {};
  for (const event of Object.keys(callbacks)) {
    callbacks[event].forEach((listener, index) => wrap(callbacks[event], index, 'tiptap: on ' + event + ' #' + index));
  }
})()`;

async function measure(
  page: Page,
  selector: string,
  keys: number,
): Promise<Map<string, [number, number]>> {
  await page.evaluate(instrument(selector));
  const cdp = await page.context().newCDPSession(page);
  await page.bringToFront();
  await caretInMiddle(page, selector);
  await page.evaluate(() => {
    const totals = (window as unknown as { __hookCost: Record<string, unknown> }).__hookCost;
    for (const key of Object.keys(totals)) Reflect.deleteProperty(totals, key);
  });
  await typeKeys(page, cdp, keys, 0);
  await sleep(2000);
  const totals = await page.evaluate(
    () => (window as unknown as { __hookCost: Record<string, [number, number]> }).__hookCost,
  );
  return new Map(Object.entries(totals));
}

async function main(): Promise<void> {
  const words = Number(flag('words') ?? 20_000);
  const keys = Number(flag('keys') ?? 200);
  const spellCheck = (flag('spell') ?? 'on') === 'on';
  await ensureRendererBuild((line: string) => process.stderr.write(`${line}\n`));
  const { work, libraryFile, articles } = await createTypingLibrary('galley-hooks-', words, 1);
  const server = await startGalleyServer(libraryFile, [], { env: productionEnv() });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(
      (on) => localStorage.setItem('galley:spellCheck', on ? 'on' : 'off'),
      spellCheck,
    );
    await page.goto(`${server.launchUrl}&article=${articles[0]!.id}`);
    await page.locator('.factcheck-panel').waitFor({ timeout: 60_000 });
    if (spellCheck) await page.locator('.spelling-error').first().waitFor({ timeout: 120_000 });
    await sleep(4000);
    const editorWidth = await page
      .locator(editorSelector)
      .evaluate((element) => element.clientWidth);
    const { css } = await editorSnapshot(page, editorSelector);

    const { build } = await import('esbuild');
    const bundle = await build({
      entryPoints: [path.join(import.meta.dirname, 'plainTiptapPage.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const plain = await context.newPage();
    await plain.setContent(
      `<!doctype html><html lang="ru"><head><meta charset="utf-8"><style>${css}</style></head><body><div class="body-editor-frame"><div id="plain" style="width:${editorWidth}px"></div></div></body></html>`,
    );
    await plain.addScriptTag({ content: bundle.outputFiles[0]!.text });
    await plain.evaluate((content) => {
      const element = document.getElementById('plain');
      if (element) window.startPlainTiptap?.(element, content);
    }, articles[0]!.body);

    const galley = await measure(page, editorSelector, keys);
    const tiptap = await measure(plain, '#plain .ProseMirror', keys);
    const perKey = (entry: [number, number] | undefined) =>
      entry ? ((entry[0] / keys) * 1000).toFixed(1) : '-';
    const labels = [...new Set([...galley.keys(), ...tiptap.keys()])].sort(
      (a, b) =>
        Math.max(galley.get(b)?.[0] ?? 0, tiptap.get(b)?.[0] ?? 0) -
        Math.max(galley.get(a)?.[0] ?? 0, tiptap.get(a)?.[0] ?? 0),
    );
    const lines = [
      `${words} words asked, ${keys} keys a page, spell check ${spellCheck ? 'on' : 'off'}, load average at the end ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
      'µs a key: Galley | plain Tiptap (calls in Galley) hook',
    ];
    for (const label of labels) {
      const mine = galley.get(label);
      const theirs = tiptap.get(label);
      if (Math.max(mine?.[0] ?? 0, theirs?.[0] ?? 0) / keys < 0.002) continue;
      lines.push(
        `${perKey(mine).padStart(8)} | ${perKey(theirs).padStart(8)}  (${mine?.[1] ?? 0}) ${label}`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
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
