import fs from 'node:fs';
import path from 'node:path';
import type { FaultOptions, FaultScenario, ScenarioReport } from './faultScenario';
import { projectPaths } from './support/projectPaths';
import { runChild } from './support/runChild';

/** CPU cap for the scan's child: it takes 10-20 s of CPU; a spinning child is stopped. */
const cpuTimeoutMs = 240_000;

/**
 * A TypeScript AST scan (with the type checker) of electron/: no SQL handed to
 * `db.prepare`/`db.exec`/`db.pragma` may be built from anything but fixed fragments, except
 * reviewed allow-listed expressions (support/scanSqlConstruction.ts). It runs in a child
 * process: in the runner's own it blocked the other lane for 40 s at a time.
 */
export const sqlConstruction: FaultScenario = {
  name: 'sql-construction',
  title: 'Static scan: SQL built only from fixed fragments',
  async run(options: FaultOptions): Promise<ScenarioReport> {
    const outFile = path.join(fs.mkdtempSync(path.join(options.workDir, 'sql-')), 'report.json');
    const child = await runChild('sqlScan', [projectPaths.root, outFile], {
      cpuTimeoutMs,
      timeoutMs: 20 * 60_000,
    });
    if (child.code !== 0 || !fs.existsSync(outFile))
      return {
        tried: 1,
        passed: 0,
        figures: {},
        failures: [
          child.timedOut
            ? 'the scan was stopped at its time cap'
            : `the scan exited with ${child.code ?? child.signal} and no report: ${child.stderr.trim().slice(-400)}`,
        ],
        notes: [],
      };
    return JSON.parse(fs.readFileSync(outFile, 'utf8')) as ScenarioReport;
  },
};
