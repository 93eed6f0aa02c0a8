// `npm run test:faults [-- --kills 100] [--size small|large]`: crash, damage and hostile-input
// scenarios against the real `galley` command and HTTP bridge. Prints a table of figures,
// writes test/faults/results/latest.json and exits non-zero when any scenario fails.
// Flags: --kills N (server kills in the save loop; 20, large 100), --size small|large,
// --seed N (1), --only a,b (scenario names), --keep (keep the scratch folders), --verbose
// (print every scenario's notes; they are always in latest.json).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import type { FaultScenario, ScenarioReport } from './faultScenario';
import { concurrentEdits } from './concurrentEdits';
import { concurrentExports } from './concurrentExports';
import { damagedLibrary } from './damagedLibrary';
import { durabilityReadBack } from './durabilityReadBack';
import { electronHardening } from './electronHardening';
import { hostileExport } from './hostileExport';
import { hostileImport } from './hostileImport';
import { httpBridge } from './httpBridge';
import { pathTraversal } from './pathTraversal';
import { searchInput } from './searchInput';
import { sqlConstruction } from './sqlConstruction';
import { killDuringExport } from './killDuringExport';
import { killDuringPublish } from './killDuringPublish';
import { killDuringWordPressPublish } from './killDuringWordPressPublish';
import { killDuringMigration } from './killDuringMigration';
import { killDuringSaves } from './killDuringSaves';
import { ensureRendererBuild } from '../../build/buildRenderer.mjs';
import { errorMessage } from './support/errorMessage';
import { projectPaths } from './support/projectPaths';
import { killTrackedChildren, withOwnChildren } from './support/trackChild';

const scenarios: readonly FaultScenario[] = [
  killDuringSaves,
  killDuringMigration,
  killDuringExport,
  killDuringPublish,
  killDuringWordPressPublish,
  concurrentExports,
  durabilityReadBack,
  concurrentEdits,
  damagedLibrary,
  hostileImport,
  hostileExport,
  pathTraversal,
  httpBridge,
  searchInput,
  sqlConstruction,
  electronHardening,
];

interface ScenarioResult extends ScenarioReport {
  name: string;
  title: string;
  ok: boolean;
  seconds: number;
}

const { values } = parseArgs({
  options: {
    kills: { type: 'string' },
    size: { type: 'string', default: 'small' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const size = values.size === 'large' ? 'large' : 'small';
if (values.size !== 'small' && values.size !== 'large') usage(`--size is small or large`);
const kills = values.kills === undefined ? (size === 'large' ? 100 : 20) : Number(values.kills);
if (!Number.isInteger(kills) || kills < 1) usage('--kills takes a positive integer');
const seed = Number(values.seed);
if (!Number.isInteger(seed)) usage('--seed takes an integer');
const only = values.only?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !scenarios.some((scenario) => scenario.name === name));
if (unknown?.length) usage(`unknown scenario ${unknown.join(', ')}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killTrackedChildren();
    process.exit(130);
  });
}
process.once('exit', killTrackedChildren);

// Build the interface once, up front (as the end-to-end tests do): when dist/renderer is stale,
// the first `galley serve` of a scenario would build it inside that scenario's kills and timings.
try {
  await ensureRendererBuild((line) => process.stderr.write(`faults: ${line}\n`));
} catch (error) {
  process.stdout.write(
    `faults: the interface (dist/renderer) does not build: ${errorMessage(error)}\nfaults: 0 passed, 1 failed\n`,
  );
  process.exit(1);
}

const rootDir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-faults-'));
const started = performance.now();
const chosen = scenarios.filter((scenario) => !only || only.includes(scenario.name));
// Two scenarios at a time: most of a scenario's time is spent waiting (servers starting, kills,
// timeouts), so a second one fills the other core. Each has its own folder, servers on free
// ports and its own children; the table keeps the declared order.
const lanes = Math.min(2, chosen.length);
const byOrder = new Map<string, ScenarioResult>();
let next = 0;
await Promise.all(
  Array.from({ length: lanes }, async () => {
    for (let index = next++; index < chosen.length; index = next++) {
      const scenario = chosen[index];
      if (scenario) byOrder.set(scenario.name, await runScenario(scenario));
    }
  }),
);
const results = chosen.flatMap((scenario) => byOrder.get(scenario.name) ?? []);
if (!values.keep) fs.rmSync(rootDir, { recursive: true, force: true });
else process.stderr.write(`faults: scratch folders kept in ${rootDir}\n`);

const seconds = Math.round((performance.now() - started) / 100) / 10;
const failed = results.filter((result) => !result.ok);
process.stdout.write(`${renderTable(results)}\n`);
for (const result of results) {
  if (!values.verbose && result.ok) continue;
  for (const note of result.notes) process.stdout.write(`  note ${result.name}: ${note}\n`);
}
for (const result of failed) {
  process.stdout.write(`\n${result.name} FAILED:\n`);
  for (const failure of result.failures.slice(0, 20)) process.stdout.write(`  - ${failure}\n`);
  if (result.failures.length > 20)
    process.stdout.write(`  … and ${result.failures.length - 20} more (see latest.json)\n`);
}
await writeResults(seconds);
process.stdout.write(
  `\n(${seconds} s, size ${size}, kills ${kills}, seed ${seed}; details in test/faults/results/latest.json)\nfaults: ${results.length - failed.length} passed, ${failed.length} failed\n`,
);
process.exitCode = failed.length > 0 ? 1 : 0;

async function runScenario(scenario: FaultScenario): Promise<ScenarioResult> {
  const workDir = path.join(rootDir, scenario.name);
  fs.mkdirSync(workDir, { recursive: true });
  const scenarioStart = performance.now();
  process.stderr.write(`faults: ${scenario.name}: ${scenario.title}…\n`);
  let report: ScenarioReport;
  try {
    report = await withOwnChildren(() =>
      scenario.run({
        size,
        kills,
        seed,
        workDir,
        log: (line) => process.stderr.write(`faults: ${scenario.name}: ${line}\n`),
      }),
    );
  } catch (error) {
    report = {
      tried: 1,
      passed: 0,
      figures: {},
      failures: [`the scenario itself failed: ${errorMessage(error)}`],
      notes: [error instanceof Error ? (error.stack ?? '') : ''],
    };
  }
  const seconds = Math.round((performance.now() - scenarioStart) / 100) / 10;
  const ok = report.failures.length === 0 && report.passed >= report.tried;
  process.stderr.write(`faults: ${scenario.name}: ${ok ? 'passed' : 'FAILED'} in ${seconds} s\n`);
  if (!values.keep) fs.rmSync(workDir, { recursive: true, force: true });
  return { name: scenario.name, title: scenario.title, ok, seconds, ...report };
}

function renderTable(rows: readonly ScenarioResult[]): string {
  const lines = rows.map((row) => [
    `${row.ok ? 'ok  ' : 'FAIL'} ${row.name}`,
    String(row.tried),
    String(row.passed),
    Object.entries(row.figures)
      .map(([key, value]) => `${key}: ${String(value)}`)
      .join('; '),
  ]);
  const header = ['scenario', 'tried', 'passed', 'figures'];
  const widths = [0, 1, 2].map((column) =>
    Math.max(header[column]?.length ?? 0, ...lines.map((line) => line[column]?.length ?? 0)),
  );
  const format = (cells: readonly string[]) =>
    cells.map((cell, column) => (column < 3 ? cell.padEnd(widths[column] ?? 0) : cell)).join(' | ');
  return [
    format(header),
    widths.map((width) => '-'.repeat(width)).join('-|-') + '-|-' + '-'.repeat(7),
    ...lines.map(format),
  ].join('\n');
}

async function writeResults(totalSeconds: number): Promise<void> {
  const file = path.join(projectPaths.results, 'latest.json');
  const report = {
    ok: failed.length === 0,
    size,
    kills,
    seed,
    seconds: totalSeconds,
    finishedAt: new Date().toISOString(),
    machine: { node: process.version, platform: process.platform, cpus: os.cpus().length },
    scenarios: results,
  };
  const config = (await prettier.resolveConfig(file)) ?? {};
  const text = await prettier.format(JSON.stringify(report), { ...config, parser: 'json' });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function usage(message: string): never {
  process.stderr.write(
    `runFaults: ${message}\nusage: tsx test/faults/runFaults.ts [--kills N] [--size small|large] [--seed N] [--only a,b] [--keep] [--verbose]\n`,
  );
  process.exit(2);
}
