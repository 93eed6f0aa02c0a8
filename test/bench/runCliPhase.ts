import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { benchLog } from './benchLog';
import type { Metric, PhaseRunner } from './benchTypes';
import { summarize } from './summarize';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const galleyBin = path.join(projectRoot, 'electron', 'bin', 'galley.mjs');
const warmups = 3;
const runs = 30;

/** Wall time of whole processes, as a person at a shell (or cron) waits for them. */
function timeProcess(args: readonly string[]): number[] {
  const times: number[] = [];
  for (let run = 0; run < warmups + runs; run += 1) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const elapsed = performance.now() - start;
    if (result.status !== 0) {
      throw new Error(
        `${args.join(' ')} exited ${String(result.status)}: ${String(result.stderr)}`,
      );
    }
    if (run >= warmups) times.push(elapsed);
  }
  return times;
}

/**
 * How long the `galley` command takes to start, on the bundle `npm run build:cli` writes (built
 * here first, so the run measures the bundle and never the TypeScript fallback), against
 * `node -e 0`. `list --json` runs on a new library: the seed a person starts with.
 */
export const runCliPhase: PhaseRunner = (config) => {
  const build = spawnSync(process.execPath, [path.join(projectRoot, 'build', 'buildCli.mjs')], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error('npm run build:cli failed');
  const seedDir = path.join(config.workDir, 'cli-seed');
  fs.rmSync(seedDir, { recursive: true, force: true });
  fs.mkdirSync(seedDir, { recursive: true });
  const seedLibrary = path.join(seedDir, 'library.sqlite');

  const node = summarize(timeProcess(['-e', '0']));
  const help = summarize(timeProcess([galleyBin, '--help']));
  const list = summarize(timeProcess([galleyBin, 'list', '--json', '--library', seedLibrary]));
  benchLog(
    'cli',
    `node -e 0 ${node.p50.toFixed(0)} ms; galley --help ${help.p50.toFixed(0)} ms; list --json ${list.p50.toFixed(0)} ms (medians of ${runs})`,
  );
  const figures = (key: string, label: string, summary: typeof node, note?: string): Metric[] => [
    {
      key: `${key}.p50`,
      label: `${label}, median of ${runs}`,
      value: summary.p50,
      unit: 'ms',
      note,
    },
    { key: `${key}.p95`, label: `${label}, p95 of ${runs}`, value: summary.p95, unit: 'ms' },
  ];
  return Promise.resolve({
    metrics: [
      ...figures('cli.node', '`node -e 0` (the floor)', node),
      ...figures('cli.help', '`galley --help`', help, 'the bundled command (dist/cli)'),
      ...figures('cli.list', '`galley list --json` on a new library', list, 'the seed article'),
    ],
    comparisons: [],
    notes: [
      `Wall time of whole processes (${runs} runs after ${warmups} warm-ups each), the bundle built first.`,
    ],
  });
};
