import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openLibrary } from '../../electron/services/library/openLibrary';
import type { FaultOptions, FaultScenario, ScenarioReport } from './faultScenario';
import { addArticles } from './support/addArticles';
import { childEnv } from './support/childEnv';
import { diffTrees } from './support/diffTrees';
import { projectPaths } from './support/projectPaths';
import { runGalley, type GalleyRun } from './support/runGalley';
import { sleep } from './support/sleep';
import { snapshotTree } from './support/snapshotTree';
import { trackChild } from './support/trackChild';
import { exportAllArgs } from './support/exportAllArgs';

interface ExportOutcome {
  code: number | null;
  /** The JSON summary's failures; undefined when the run printed no summary. */
  failures: Array<{ id: string; message: string }> | undefined;
  stderr: string;
}

/**
 * Two `galley export` runs into the same folder at once (the app's export dialog and the
 * command line, or two scheduled runs): the second starts while the first is staging.
 * Each run must either export everything or be refused up front with one line; neither
 * may lose articles to the other, and the folder must end as a clean export.
 */
export const concurrentExports: FaultScenario = {
  name: 'concurrent-exports',
  title: 'Two exports into one folder at once',
  async run(options: FaultOptions): Promise<ScenarioReport> {
    const work = (name: string) => path.join(options.workDir, name);
    const articleCount = options.size === 'large' ? 600 : 300;
    const offsets = options.size === 'large' ? [0.1, 0.25, 0.4, 0.55, 0.7] : [0.2, 0.5];
    const failures: string[] = [];
    const notes: string[] = [];
    const library = openLibrary(work('library.sqlite'));
    addArticles(library, articleCount);
    library.close();
    // A first export publishes every article, so each later one renders the same dates.
    const publish = await runGalley(exportAllArgs(work('library.sqlite'), work('first')), {
      timeoutMs: 300_000,
      cwd: options.workDir,
    });
    if (publish.code !== 0)
      throw new Error(`the first export failed: ${publish.stderr.slice(-300)}`);
    const clean: GalleyRun = await runGalley(exportAllArgs(work('library.sqlite'), work('clean')), {
      timeoutMs: 300_000,
      cwd: options.workDir,
    });
    if (clean.code !== 0) throw new Error(`the clean export failed: ${clean.stderr.slice(-300)}`);
    const cleanTree = snapshotTree(work('clean'));
    const startupMs = (await runGalley(['--help'])).ms;
    const stagingMs = Math.max(100, clean.ms - startupMs);
    notes.push(
      `an export takes ${Math.round(clean.ms)} ms, ${Math.round(stagingMs)} ms past start-up`,
    );

    let passed = 0;
    let lostArticles = 0;
    let refused = 0;
    const refusals = new Set<string>();
    for (const [trial, offset] of offsets.entries()) {
      const out = work(`site-${trial}`);
      const first = exportInChild(exportAllArgs(work('library.sqlite'), out), options.workDir);
      await sleep(Math.round(stagingMs * offset));
      const second = exportInChild(exportAllArgs(work('library.sqlite'), out), options.workDir);
      const outcomes = await Promise.all([first, second]);
      const problems: string[] = [];
      let succeeded = 0;
      for (const [index, outcome] of outcomes.entries()) {
        const refusedUpFront =
          outcome.code !== 0 &&
          outcome.failures === undefined &&
          /^galley: [^\n]+\n?$/.test(outcome.stderr);
        if (outcome.code === 0 && outcome.failures?.length === 0) succeeded += 1;
        else if (refusedUpFront) {
          refused += 1;
          if (refusals.size < 3) refusals.add(outcome.stderr.trim().replace(/\d{2,}/g, 'N'));
        } else {
          lostArticles += outcome.failures?.length ?? 0;
          problems.push(
            `run ${index + 1} exited ${outcome.code} with ${outcome.failures?.length ?? 'no'} failed articles: ${(outcome.failures?.[0]?.message ?? outcome.stderr).slice(0, 200)}`,
          );
        }
      }
      if (succeeded === 0) problems.push('neither run exported');
      const difference = diffTrees(cleanTree, snapshotTree(out));
      if (difference.added.length + difference.removed.length + difference.changed.length)
        problems.push(
          `the folder differs from a clean export: ${JSON.stringify(difference).slice(0, 300)}`,
        );
      if (problems.length)
        failures.push(
          `second run started ${Math.round(offset * 100)}% into the first's staging: ${problems.join('; ')}`,
        );
      else passed += 1;
      fs.rmSync(out, { recursive: true, force: true });
    }
    for (const refusal of refusals) notes.push(`refused with: ${refusal}`);
    return {
      tried: offsets.length,
      passed,
      figures: {
        articles: articleCount,
        'pairs of exports': offsets.length,
        'pairs that ended well': passed,
        'runs refused up front': refused,
        'articles lost to the other run': lostArticles,
      },
      failures,
      notes,
    };
  },
};

function exportInChild(args: string[], cwd: string): Promise<ExportOutcome> {
  const child = trackChild(
    spawn(process.execPath, [projectPaths.galleyBin, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: childEnv(),
    }),
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const cap = setTimeout(() => child.kill('SIGKILL'), 300_000);
  return new Promise((resolve) => {
    child.once('close', (code) => {
      clearTimeout(cap);
      let failures: ExportOutcome['failures'];
      try {
        failures = (JSON.parse(stdout) as { failures?: ExportOutcome['failures'] }).failures ?? [];
      } catch {
        failures = undefined;
      }
      resolve({ code, failures, stderr });
    });
  });
}
