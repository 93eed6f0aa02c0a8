// One phase in its own process, so its peak memory and its garbage are its own:
// `node --import tsx test/bench/runPhase.ts PHASE CONFIG.json OUT.json`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { benchPaths } from './benchPaths';
import type { BenchConfig, PhaseOutput, PhaseRunner } from './benchTypes';
import { runCliPhase } from './runCliPhase';
import { runDeskPhase } from './runDeskPhase';
import { runEditorPhase } from './runEditorPhase';
import { runExportPhase } from './runExportPhase';
import { runGeneratePhase } from './runGeneratePhase';
import { runImportPhase } from './runImportPhase';
import { runLibraryPhase } from './runLibraryPhase';
import { runPublishPhase } from './runPublishPhase';
import { runQuotesPhase } from './runQuotesPhase';
import { runSavePhase } from './runSavePhase';
import { runSearchPhase } from './runSearchPhase';
import { runViewPhase } from './runViewPhase';

const phaseRunners: Record<string, PhaseRunner> = {
  generate: runGeneratePhase,
  import: runImportPhase,
  library: runLibraryPhase,
  cli: runCliPhase,
  search: runSearchPhase,
  view: runViewPhase,
  quotes: runQuotesPhase,
  export: runExportPhase,
  save: runSavePhase,
  editor: runEditorPhase,
  desk: runDeskPhase,
  publish: runPublishPhase,
};

/** The checked-out commit, marked when app files differ from it (the bench's own files apart). */
function codeVersion(): string {
  const git = (args: string[]) => spawnSync('git', args, { encoding: 'utf8' }).stdout.trim();
  const commit = git(['rev-parse', '--short', 'HEAD']) || 'unknown';
  const dirty = git([
    'status',
    '--porcelain',
    '--untracked-files=no',
    '--',
    'electron',
    'shared',
    'renderer',
  ]);
  return dirty ? `${commit}+dirty` : commit;
}

async function main(): Promise<void> {
  const [phase = '', configFile = '', outFile = ''] = process.argv.slice(2);
  const runner = phaseRunners[phase];
  if (!runner) throw new Error(`unknown phase "${phase}"`);
  const config = JSON.parse(fs.readFileSync(configFile, 'utf8')) as BenchConfig;
  const code = codeVersion();
  const start = performance.now();
  const result = await runner(config, benchPaths(config));
  const ownPeakMb = process.resourceUsage().maxRSS / 1024;
  const output: PhaseOutput = {
    phase,
    code,
    seconds: (performance.now() - start) / 1000,
    ...result,
    peakRssMb: Math.max(ownPeakMb, result.peakRssMb ?? 0),
  };
  fs.writeFileSync(outFile, JSON.stringify(output));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
