// `npm run bench [-- --size 10000]`: measures Galley and its peers and writes
// bench/out/bench-<size>.json and .md (ignored by git: a run never dirties the checkout);
// `--save` writes bench/results/ instead, the figures the README quotes. Flags: --size N (1000),
// --seed N (1), --phases a,b (all; a partial run is named bench-<size>-partial), --keystrokes N
// (300), --editor-words N (20000), --work-dir DIR, --keep (keep the scratch folder), --save;
// --help prints them, and an unknown flag stops the run.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { benchLog } from './benchLog';
import type { BenchConfig, BenchResults, PhaseOutput } from './benchTypes';
import { ensurePeerTools } from './ensurePeerTools';
import { evaluateTargets } from './evaluateTargets';
import { renderReport } from './renderReport';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const allPhases = [
  'generate',
  'import',
  'library',
  'cli',
  'search',
  'view',
  'quotes',
  'export',
  'save',
  'editor',
  'desk',
  'publish',
];

function readFlags(argv: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"`);
    const [name = '', inline] = arg.slice(2).split('=', 2);
    const next = argv[index + 1];
    if (inline !== undefined) flags.set(name, inline);
    else if (next !== undefined && !next.startsWith('--')) {
      flags.set(name, next);
      index += 1;
    } else flags.set(name, 'true');
  }
  return flags;
}

function positiveInteger(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const number = Number(value.replace(/[_,]/g, ''));
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`--${name} takes a positive integer`);
  return number;
}

function firstLine(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.status === 0
    ? (result.stdout.split('\n')[0] ?? '').trim()
    : `${command}: not found`;
}

function machineInfo(): Record<string, string | number> {
  const db = new Database(':memory:');
  const sqlite = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  db.close();
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    sqlite,
    chromium: firstLine('/usr/bin/chromium', ['--version']),
    ripgrep: firstLine('rg', ['--version']),
    pandoc: firstLine('pandoc', ['--version']),
    loadAverage: os.loadavg()[0]?.toFixed(2) ?? 'n/a',
  };
}

function runPhaseProcess(phase: string, configFile: string, outFile: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(import.meta.dirname, 'runPhase.ts'),
        phase,
        configFile,
        outFile,
      ],
      // The phase's stdout joins stderr: stdout is the table's alone.
      { cwd: projectRoot, stdio: ['ignore', 2, 2] },
    );
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

function vocabularyOf(generate: PhaseOutput | undefined): string {
  const vocabulary = generate?.details?.['vocabulary'];
  return typeof vocabulary === 'string' ? vocabulary : 'see an earlier generate run';
}

const usage = `usage: npm run bench -- [--size N] [--seed N] [--phases ${allPhases.join(',')}]
  [--keystrokes N] [--editor-words N] [--work-dir DIR] [--keep] [--save]`;
const knownFlags = [
  'size',
  'seed',
  'phases',
  'keystrokes',
  'editor-words',
  'work-dir',
  'keep',
  'save',
];

async function main(): Promise<number> {
  const flags = readFlags(process.argv.slice(2));
  // A misspelt flag would otherwise start a full run (half an hour and more at 100,000).
  if (flags.has('help')) {
    console.log(usage);
    return 0;
  }
  const unknownFlags = [...flags.keys()].filter((name) => !knownFlags.includes(name));
  if (unknownFlags.length)
    throw new Error(
      `unknown flag(s): ${unknownFlags.map((name) => `--${name}`).join(', ')}\n${usage}`,
    );
  const size = positiveInteger(flags.get('size'), 1000, 'size');
  const phases = flags.get('phases')?.split(',') ?? allPhases;
  const unknown = phases.filter((phase) => !allPhases.includes(phase));
  if (unknown.length) throw new Error(`unknown phase(s): ${unknown.join(', ')}`);
  const corporaDir = path.resolve(projectRoot, '../shared/corpora');
  const config: BenchConfig = {
    size,
    seed: positiveInteger(flags.get('seed'), 1, 'seed'),
    // A fresh scratch folder per run unless one is named: two runs never share (or delete) one.
    workDir: path.resolve(
      flags.get('work-dir') ?? fs.mkdtempSync(path.join(os.tmpdir(), `galley-bench-${size}-`)),
    ),
    corporaDir: fs.existsSync(corporaDir) ? corporaDir : null,
    keystrokes: positiveInteger(flags.get('keystrokes'), 300, 'keystrokes'),
    editorWords: positiveInteger(flags.get('editor-words'), 20_000, 'editor-words'),
  };
  if (phases.includes('search') || phases.includes('export')) ensurePeerTools();
  fs.mkdirSync(config.workDir, { recursive: true });
  const configFile = path.join(config.workDir, 'config.json');
  fs.writeFileSync(configFile, JSON.stringify(config));

  const startedAt = new Date();
  const loadAtStart = os.loadavg()[0] ?? 0;
  const outputs: PhaseOutput[] = [];
  let failed = 0;
  for (const phase of phases) {
    benchLog(phase, 'start');
    const outFile = path.join(config.workDir, `phase-${phase}.json`);
    fs.rmSync(outFile, { force: true });
    const code = await runPhaseProcess(phase, configFile, outFile);
    if (code !== 0 || !fs.existsSync(outFile)) {
      failed += 1;
      benchLog(phase, `failed (exit ${code})`);
      outputs.push({
        phase,
        seconds: 0,
        peakRssMb: 0,
        metrics: [],
        comparisons: [],
        notes: [`failed (exit ${code}): see stderr`],
      });
      continue;
    }
    const output = JSON.parse(fs.readFileSync(outFile, 'utf8')) as PhaseOutput;
    outputs.push(output);
    benchLog(
      phase,
      `done in ${output.seconds.toFixed(1)} s, peak RSS ${output.peakRssMb.toFixed(0)} MiB`,
    );
  }

  const generate = outputs.find((output) => output.phase === 'generate');
  const results: BenchResults = {
    size,
    seed: config.seed,
    startedAt: startedAt.toISOString(),
    totalSeconds: (Date.now() - startedAt.getTime()) / 1000,
    machine: { ...machineInfo(), loadAverageAtStart: loadAtStart.toFixed(2) },
    vocabulary: vocabularyOf(generate),
    phases: outputs,
    targets: evaluateTargets(outputs),
  };
  const report = renderReport(results);
  const resultsFolder = flags.has('save') ? 'bench/results' : 'bench/out';
  const resultsDir = path.join(projectRoot, resultsFolder);
  fs.mkdirSync(resultsDir, { recursive: true });
  const name = phases.length === allPhases.length ? `bench-${size}` : `bench-${size}-partial`;
  fs.writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(path.join(resultsDir, `${name}.md`), report);
  process.stdout.write(report);
  benchLog('done', `wrote ${resultsFolder}/${name}.json and .md`);
  if (!flags.has('keep')) fs.rmSync(config.workDir, { recursive: true, force: true });
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
