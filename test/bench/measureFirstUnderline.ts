/**
 * From `galley serve`'s start to the first Russian misspelling underlined in the browser, as
 * spelling.spec.ts's first test sees it: a new library, a new Russian article, a sentence typed.
 * Old and new alternate on the same build: old with dist/spell moved aside for the run (the
 * checker then loads the dictionary itself, as every server did before), new with it.
 *
 *   npx tsx test/bench/measureFirstUnderline.ts [--rounds N]
 *
 * Needs the interface and the command built (`node build/buildRenderer.mjs && node
 * build/buildCli.mjs`). Prints, per run, the time from the server's spawn to the underline, from
 * the sentence typed to the underline, and the CPU the server's process used until then.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromiumLaunchOptions';
import { makeTempDir, projectRoot, startGalleyServer } from '../support/galleyServer';
import { threadCpuMs } from './threadCpuMs';

const flags = new Map<string, string>();
const argv = process.argv.slice(2);
for (let index = 0; index < argv.length; index += 2) flags.set(argv[index]!, argv[index + 1] ?? '');
const rounds = Number(flags.get('--rounds') ?? 3);
const spellDir = path.join(projectRoot, 'dist', 'spell');
const asideDir = `${spellDir}.aside-${process.pid}`;
if (!fs.existsSync(path.join(spellDir, 'ru.dict')))
  throw new Error('dist/spell/ru.dict is missing: run node build/buildSpellDictionaries.mjs');

interface Run {
  fromStartMs: number;
  fromTypingMs: number;
  serverCpuMs: number;
}

const browser = await chromium.launch(chromiumLaunchOptions);

async function measure(): Promise<Run> {
  const dir = makeTempDir('galley-underline-');
  const started = performance.now();
  const server = await startGalleyServer(path.join(dir, 'library.sqlite'), [], {
    env: { ...process.env, NODE_ENV: 'production' },
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      localStorage.setItem('galley:interfaceLanguage', 'en');
      localStorage.setItem('galley:spellCheck', 'on');
    });
    await page.goto(server.launchUrl);
    await page.getByRole('button', { name: 'New article' }).click();
    await page.locator('#article-headline').waitFor({ timeout: 60_000 });
    await page.locator('.language-field select').selectOption('ru');
    const body = page.getByTestId('body-editor');
    await body.click();
    await page.keyboard.type('Мы гаворим о транспорте, и Ковалёв согласен.');
    const typed = performance.now();
    await body
      .locator('.spelling-error', { hasText: 'гаворим' })
      .waitFor({ state: 'visible', timeout: 300_000 });
    const underlined = performance.now();
    const cpu = [...threadCpuMs(server.process.pid!).values()].reduce((a, b) => a + b, 0);
    await context.close();
    return {
      fromStartMs: underlined - started,
      fromTypingMs: underlined - typed,
      serverCpuMs: cpu,
    };
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const runs: Record<'old' | 'new', Run[]> = { old: [], new: [] };
try {
  for (let round = 0; round < rounds; round++) {
    for (const mode of ['old', 'new'] as const) {
      if (mode === 'old') fs.renameSync(spellDir, asideDir);
      try {
        const run = await measure();
        runs[mode].push(run);
        process.stdout.write(
          `round ${round + 1} ${mode}: start to underline ${run.fromStartMs.toFixed(0)} ms, typing to underline ${run.fromTypingMs.toFixed(0)} ms, server CPU ${run.serverCpuMs.toFixed(0)} ms, load ${os.loadavg()[0]!.toFixed(1)}\n`,
        );
      } finally {
        if (mode === 'old') fs.renameSync(asideDir, spellDir);
      }
    }
  }
} finally {
  await browser.close();
}
const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!;
for (const mode of ['old', 'new'] as const) {
  const list = runs[mode];
  process.stdout.write(
    `${mode}: median start to underline ${median(list.map((run) => run.fromStartMs)).toFixed(0)} ms, typing to underline ${median(list.map((run) => run.fromTypingMs)).toFixed(0)} ms, server CPU ${median(list.map((run) => run.serverCpuMs)).toFixed(0)} ms over ${list.length}\n`,
  );
}
