import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { projectPaths } from './projectPaths';

let bundled: Promise<string> | undefined;

/**
 * The bundled script of a child entry (`test/faults/children/NAME.ts`), for plain `node`. The
 * children are bundled once per run: through tsx, a child's start cost about 1.1 CPU-seconds,
 * bundled 0.4, and the migration kills start sixteen. The bundle goes in a folder of this run
 * under dist/ (a run's own, so two runs never share one), where the packages it leaves out
 * resolve from node_modules as they do for dist/cli; it is removed when the run exits.
 */
export async function childScript(name: string): Promise<string> {
  bundled ??= bundleChildren();
  return path.join(await bundled, `${name}.mjs`);
}

async function bundleChildren(): Promise<string> {
  const outdir = path.join(projectPaths.root, 'dist', `fault-children-${process.pid}`);
  process.once('exit', () => fs.rmSync(outdir, { recursive: true, force: true }));
  await build({
    absWorkingDir: projectPaths.root,
    entryPoints: fs
      .readdirSync(projectPaths.children)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => path.join(projectPaths.children, file)),
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return outdir;
}
