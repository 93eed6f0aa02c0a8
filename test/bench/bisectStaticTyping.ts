// `npx tsx test/bench/bisectStaticTyping.ts [flags]`: why the browser's own editing costs more
// in Galley's page than in a bare contenteditable holding the same HTML. Opens the long article
// in Galley once, copies the whole page (DOM and stylesheet, no script), and types into
// variants of that static copy (a stylesheet rule group or a part of the DOM taken out, an
// attribute changed) and into the bare page, in rounds that alternate them. Each page's main
// thread CPU per 100 keys comes from Chromium's counters (`Performance.getMetrics` ThreadTime).
//
// Flags: --words N (20000), --keys N (100), --rounds N (3), --variants a,b (default all),
// --list (print the variants' names), --spell on|off (on: the copy carries the underlines),
// --save DIR (write the static copy and the bare page there), --trace DIR (a Chromium trace of
// each round, with the editing internals: `blink`, `blink_style`).
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { ensureRendererBuild } from '../../build/buildRenderer.mjs';
import { chromiumLaunchOptions } from '../support/chromiumLaunchOptions';
import { startGalleyServer } from '../support/galleyServer';
import { createTypingLibrary } from './typingLibrary';
import { productionEnv } from './productionEnv';
import { typeKeys } from './runEditorPhase';
import { summarize } from './summarize';

const editorSelector = '[data-testid=body-editor]';

interface Snapshot {
  /** The page's <body> inner HTML, the editor's contenteditable included. */
  bodyHtml: string;
  htmlAttributes: Record<string, string>;
  bodyAttributes: Record<string, string>;
  /** Every stylesheet rule's text, in order. */
  rules: string[];
  editorWidth: number;
  /** The editor's inner HTML, for the bare page. */
  editorHtml: string;
}

interface Variant {
  name: string;
  /** The root to place the caret in. */
  root: string;
  page(snapshot: Snapshot): string;
  /** Run in the page after it loads, before the caret is placed. */
  script?: string;
}

const attributes = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`)
    .join('');

function staticPage(snapshot: Snapshot, rules: readonly string[] = snapshot.rules): string {
  return `<!doctype html><html${attributes(snapshot.htmlAttributes)}><head><meta charset="utf-8"><style>${rules.join('\n')}</style></head><body${attributes(snapshot.bodyAttributes)}>${snapshot.bodyHtml}</body></html>`;
}

const bare = (snapshot: Snapshot, lang = 'ru') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${snapshot.rules.join('\n')}</style></head><body><div class="body-editor-frame"><div id="bare" class="body-editor ProseMirror" contenteditable="true" style="width:${snapshot.editorWidth}px">${snapshot.editorHtml}</div></div></body></html>`;

/** A static copy without the rules whose text matches. */
const withoutRules =
  (pattern: RegExp) =>
  (snapshot: Snapshot): string =>
    staticPage(
      snapshot,
      snapshot.rules.filter((rule) => !pattern.test(rule)),
    );

const removeScript = (selectors: string) =>
  `for (const element of document.querySelectorAll(${JSON.stringify(selectors)})) element.remove();`;

const contentVisibility =
  '.body-editor > * { content-visibility: auto; contain-intrinsic-size: auto 6em; }';
const withRule = (snapshot: Snapshot, rule: string): Snapshot => ({
  ...snapshot,
  rules: [...snapshot.rules, rule],
});

const variants: Variant[] = [
  { name: 'bare', root: '#bare', page: (snapshot) => bare(snapshot) },
  {
    name: 'bare-cv',
    root: '#bare',
    page: (snapshot) => bare(withRule(snapshot, contentVisibility)),
  },
  {
    name: 'static-cv',
    root: editorSelector,
    page: (snapshot) => staticPage(withRule(snapshot, contentVisibility)),
  },
  { name: 'bare-en', root: '#bare', page: (snapshot) => bare(snapshot, 'en') },
  {
    // The bare page's editor in a scroller of the window's height, as Galley's editor pane is.
    name: 'bare-in-scroller',
    root: '#bare',
    page: (snapshot) =>
      bare(snapshot).replace(
        '<div class="body-editor-frame">',
        '<div style="height:100vh;overflow-y:auto"><div class="body-editor-frame">',
      ),
  },
  {
    // The static copy with the window scrolling instead of the editor pane.
    name: 'static-window-scrolls',
    root: editorSelector,
    page: (snapshot) =>
      staticPage(
        withRule(snapshot, '.app-shell { height: auto; } .editor-pane { overflow: visible; }'),
      ),
  },
  { name: 'static', root: editorSelector, page: (snapshot) => staticPage(snapshot) },
  { name: 'static-nocss', root: editorSelector, page: (snapshot) => staticPage(snapshot, []) },
  {
    name: 'static-lang-ru',
    root: editorSelector,
    page: (snapshot) => staticPage({ ...snapshot, htmlAttributes: { lang: 'ru' } }),
  },
  {
    name: 'static-no-aria',
    root: editorSelector,
    page: (snapshot) => staticPage(snapshot),
    script: `const e = document.querySelector('${editorSelector}'); for (const a of ['role','aria-multiline','aria-label','translate']) e.removeAttribute(a);`,
  },
  {
    name: 'static-spellcheck-false',
    root: editorSelector,
    page: (snapshot) => staticPage(snapshot),
    script: `document.querySelector('${editorSelector}').setAttribute('spellcheck', 'false');`,
  },
  {
    name: 'static-no-overflow',
    root: editorSelector,
    page: withoutRules(/overflow/),
  },
  {
    name: 'static-no-sticky',
    root: editorSelector,
    page: withoutRules(/sticky/),
  },
  {
    name: 'static-no-grid',
    root: editorSelector,
    page: withoutRules(/display: grid/),
  },
  {
    name: 'static-no-focus-selectors',
    root: editorSelector,
    page: withoutRules(/:focus|:has\(|:hover|:active/),
  },
  {
    name: 'static-no-vars',
    root: editorSelector,
    page: withoutRules(/^:root/),
  },
  {
    name: 'static-only-editor-dom',
    root: editorSelector,
    page: (snapshot) => staticPage(snapshot),
    // Everything but the editor's ancestors and the editor taken out of the page.
    script: `(() => {
      const editor = document.querySelector('${editorSelector}');
      let node = editor;
      while (node && node !== document.body) {
        for (const sibling of [...node.parentElement.children]) if (sibling !== node) sibling.remove();
        node = node.parentElement;
      }
    })()`,
  },
  {
    name: 'static-no-sidebar',
    root: editorSelector,
    page: (snapshot) => staticPage(snapshot),
    script: removeScript('.app-shell > :not(.editor-pane):not(header)'),
  },
  {
    name: 'static-no-panel',
    root: editorSelector,
    page: (snapshot) => staticPage(snapshot),
    script: removeScript('.metadata-panel, .article-workspace > aside'),
  },
];

/** A string, not a function: tsx's name helpers do not exist in the page. */
const snapshotScript = `(() => {
  const read = (element) => Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));
  const body = document.body.cloneNode(true);
  for (const script of body.querySelectorAll('script')) script.remove();
  return {
    bodyHtml: body.innerHTML,
    htmlAttributes: read(document.documentElement),
    bodyAttributes: read(document.body),
    rules: [...document.styleSheets].flatMap((sheet) => {
      try {
        return [...sheet.cssRules].map((rule) => rule.cssText);
      } catch {
        return [];
      }
    }),
    editorWidth: document.querySelector('${editorSelector}')?.clientWidth ?? 0,
    editorHtml: document.querySelector('${editorSelector}')?.innerHTML ?? '',
  };
})()`;

function snapshotGalley(page: Page): Promise<Snapshot> {
  return page.evaluate<Snapshot>(snapshotScript);
}

/**
 * The caret at the end of the middle paragraph's first line, placed without a click (a variant's
 * layout may put something over the paragraph), the paragraph scrolled to the window's middle.
 */
const caretScript = (root: string) => `(() => {
  const editor = document.querySelector('${root}');
  const paragraphs = editor.querySelectorAll(':scope > p');
  const paragraph = paragraphs[Math.floor(paragraphs.length / 2)];
  paragraph.scrollIntoView({ block: 'center' });
  editor.focus();
  const text = paragraph.firstChild;
  const selection = getSelection();
  selection.collapse(text, Math.min(40, text.length));
  selection.modify('move', 'forward', 'lineboundary');
})()`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
  };
  if (args.includes('--list')) {
    process.stdout.write(`${variants.map((variant) => variant.name).join('\n')}\n`);
    return;
  }
  const words = Number(flag('words') ?? 20_000);
  const keys = Number(flag('keys') ?? 100);
  const rounds = Number(flag('rounds') ?? 3);
  const spellCheck = (flag('spell') ?? 'on') === 'on';
  const wanted = flag('variants')?.split(',');
  const chosen = wanted
    ? wanted.map((name) => {
        const variant = variants.find((candidate) => candidate.name === name);
        if (!variant) throw new Error(`no variant "${name}"`);
        return variant;
      })
    : variants;
  const saveDir = flag('save');
  const traceDir = flag('trace');
  await ensureRendererBuild((line: string) => process.stderr.write(`${line}\n`));

  const {
    work,
    libraryFile,
    articles: [article],
  } = await createTypingLibrary('galley-bisect-', words, 1);
  if (!article) throw new Error('no article');
  const blocks = article.body.content?.length ?? 0;

  const server = await startGalleyServer(libraryFile, [], { env: productionEnv() });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const galley = await context.newPage();
    await galley.addInitScript(
      (on) => localStorage.setItem('galley:spellCheck', on ? 'on' : 'off'),
      spellCheck,
    );
    await galley.goto(`${server.launchUrl}&article=${article.id}`);
    await galley.waitForFunction(
      ({ selector, expected }) =>
        (document.querySelector(selector)?.childElementCount ?? 0) >= expected,
      { selector: editorSelector, expected: blocks },
      { polling: 'raf', timeout: 300_000 },
    );
    await galley.locator('.factcheck-panel').waitFor({ timeout: 60_000 });
    if (spellCheck) await galley.locator('.spelling-error').first().waitFor({ timeout: 120_000 });
    await sleep(5000);
    const snapshot = await snapshotGalley(galley);
    await galley.close();
    if (saveDir) {
      fs.mkdirSync(saveDir, { recursive: true });
      fs.writeFileSync(path.join(saveDir, 'static.html'), staticPage(snapshot));
      fs.writeFileSync(path.join(saveDir, 'bare.html'), bare(snapshot));
    }
    process.stderr.write(
      `snapshot: ${snapshot.bodyHtml.length} characters of body, ${snapshot.rules.length} rules\n`,
    );

    const pages: {
      variant: Variant;
      page: Page;
      cdp: CDPSession;
      cpu: number[];
      latencies: number[];
    }[] = [];
    for (const variant of chosen) {
      const page = await context.newPage();
      await page.setContent(variant.page(snapshot));
      if (variant.script) await page.evaluate(variant.script);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.bringToFront();
      await page.evaluate(caretScript(variant.root));
      pages.push({ variant, page, cdp, cpu: [], latencies: [] });
    }
    for (let round = 0; round < rounds; round += 1) {
      // Rotate the order too, so no variant always follows the same one.
      const order = pages.map((_, index) => pages[(index + round) % pages.length]!);
      for (const entry of order) {
        await entry.page.bringToFront();
        await sleep(300);
        const read = async () => {
          const { metrics } = await entry.cdp.send('Performance.getMetrics');
          return metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? Number.NaN;
        };
        if (traceDir) {
          fs.mkdirSync(traceDir, { recursive: true });
          await browser.startTracing(entry.page, {
            path: path.join(traceDir, `${entry.variant.name}-round${round + 1}.json`),
            categories: [
              'devtools.timeline',
              'disabled-by-default-devtools.timeline',
              'blink',
              'blink_style',
            ],
          });
        }
        const before = await read();
        const typed = await typeKeys(entry.page, entry.cdp, keys, round * keys);
        await sleep(300);
        const after = await read();
        if (traceDir) await browser.stopTracing();
        entry.cpu.push(((after - before) * 1000 * 100) / keys);
        entry.latencies.push(...typed.latencies);
        process.stderr.write(
          `round ${round + 1} ${entry.variant.name}: ${entry.cpu.at(-1)!.toFixed(0)} ms\n`,
        );
      }
    }
    const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    const lines = [
      `${words} words target, ${keys} keys a round, ${rounds} rounds, load average at the end ${load}`,
      'main thread CPU per 100 keys (ms), each round | median; key to paint p50 / p95 (ms)',
    ];
    for (const entry of pages) {
      const sorted = [...entry.cpu].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
      const latency = summarize(entry.latencies);
      lines.push(
        `${entry.variant.name.padEnd(28)} ${entry.cpu.map((value) => value.toFixed(0)).join('/')} | ${median.toFixed(0)}; ${latency.p50.toFixed(1)} / ${latency.p95.toFixed(1)}`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    await context.close();
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
