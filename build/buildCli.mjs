// Bundles the `galley` command into dist/cli (dependencies stay in node_modules), so a command
// starts without transpiling TypeScript. Split into chunks: each command's modules load only when
// that command runs (electron/cli/runCli.ts imports them lazily), so `galley --help` loads only
// the entry. Beside the bundle, sources.json lists every project file it was built from and when
// the build started; electron/bin/galley.mjs uses the bundle while none of those files changed
// since, and tsx otherwise. Checking the listed files costs a stat each, not a walk of the tree.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBuildTool } from './importBuildTool.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'cli');
const staging = `${outdir}.build-${process.pid}`;
// A source saved while esbuild reads the tree is newer than this, so the bundle counts as stale.
const startedAt = Date.now();

const { build } = await importBuildTool('esbuild', 'the command (dist/cli)');
const result = await build({
  absWorkingDir: root,
  entryPoints: { galley: 'electron/cli/main.ts' },
  outdir: staging,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});

// package.json counts too: it names the dependencies the bundle leaves to node_modules.
const sources = [...Object.keys(result.metafile.inputs), 'package.json'].sort();
fs.writeFileSync(
  path.join(staging, 'sources.json'),
  `${JSON.stringify({ startedAt, sources }, null, 1)}\n`,
);

// Swapped in whole: a `galley` starting meanwhile sees the old bundle or the new one, never an
// entry with chunks it does not know.
const retired = `${outdir}.old-${process.pid}`;
if (fs.existsSync(outdir)) fs.renameSync(outdir, retired);
fs.renameSync(staging, outdir);
fs.rmSync(retired, { recursive: true, force: true });
