// Bundles the `galley` command into dist/cli (dependencies stay in node_modules), so a command
// starts without transpiling TypeScript. Split into chunks: each command's modules load only when
// that command runs (electron/cli/runCli.ts imports them lazily), so `galley --help` loads only
// the entry. Beside the bundle, sources.json lists every project file it was built from and when
// the build started; electron/bin/galley.mjs uses the bundle while none of those files changed
// since, and tsx otherwise. Checking the listed files costs a stat each, not a walk of the tree.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSpellDictionaries } from './buildSpellDictionaries.mjs';
import { cliBuildOptions } from './cliBuildOptions.mjs';
import { importBuildTool } from './importBuildTool.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'cli');
const staging = `${outdir}.build-${process.pid}`;
// A source saved while esbuild reads the tree is newer than this, so the bundle counts as stale.
const startedAt = Date.now();

const { build } = await importBuildTool('esbuild', 'the command (dist/cli)');
const result = await build(cliBuildOptions(root, staging));

// better-sqlite3's JavaScript as one CommonJS file beside the bundle, where sqliteDriver.ts
// looks for it: required from node_modules it is 14 modules, about 4 ms of CPU at every start.
// Its native module stays where the package built it.
const driver = await build({
  absWorkingDir: root,
  entryPoints: ['node_modules/better-sqlite3/lib/index.js'],
  outfile: path.join(staging, 'betterSqlite3.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  preserveSymlinks: true,
  metafile: true,
  logLevel: 'warning',
});
// The copy is as current as the installed package; npm's files keep their packed dates, so
// the lockfile (which npm rewrites when it changes a package) stands for them.
const driverSources = [...Object.keys(driver.metafile.inputs), 'package-lock.json'];

// package.json counts too: it names the dependencies the bundle leaves to node_modules.
const sources = [
  ...new Set([...Object.keys(result.metafile.inputs), 'package.json', ...driverSources]),
].sort();

// What a run can load: the entry with everything it may import but the commands' chunks (`galley
// --help` loads the entry alone, a failure the error classes too), and per command the chunk
// runCli imports for it with everything that chunk may import. A run then checks only the
// sources of what it can load, not all of them.
const outputs = result.metafile.outputs;
const outputKey = (file) => path.relative(root, path.join(staging, file));
function closure(start, followDynamic, leaveOut = new Set()) {
  const seen = new Set();
  const inputs = new Set();
  const visit = (key) => {
    if (seen.has(key) || leaveOut.has(key)) return;
    seen.add(key);
    const output = outputs[key];
    if (!output) throw new Error(`buildCli: ${key} is not among esbuild's outputs`);
    for (const input of Object.keys(output.inputs)) inputs.add(input);
    for (const imported of output.imports) {
      if (imported.external) continue;
      if (imported.kind === 'import-statement' || followDynamic) visit(imported.path);
    }
  };
  visit(start);
  return [...inputs, 'package.json'].sort();
}
const entryKey = outputKey('galley.mjs');
// runCli's table of commands: `name: async () => (await import('./commands/x')).y`.
const runCliSource = fs.readFileSync(path.join(root, 'electron/cli/runCli.ts'), 'utf8');
const commands = {};
const commandChunks = new Set();
for (const [, name, module] of runCliSource.matchAll(
  /^\s+(\w+): async \(\) => \(await import\('(\.\/commands\/\w+)'\)\)\.\w+,$/gm,
)) {
  const entryPoint = path.join('electron/cli', `${module}.ts`);
  const chunk = Object.keys(outputs).find((key) => outputs[key].entryPoint === entryPoint);
  if (!chunk) throw new Error(`buildCli: no chunk for the ${name} command (${entryPoint})`);
  commands[name] = closure(chunk, true);
  commandChunks.add(chunk);
}
if (Object.keys(commands).length === 0) throw new Error('buildCli: found no command in runCli.ts');
// A command that can export starts render threads from their own entry: its sources count too.
const workerKey = outputKey('exportRenderWorker.mjs');
const workerSources = closure(workerKey, true);
// So does one that opens a library, for the autosave's typesetting thread.
const typesettingSources = closure(outputKey('autosaveTypesettingWorker.mjs'), true);
for (const [name, list] of Object.entries(commands)) {
  if (list.includes('electron/services/export/exportSite.ts'))
    commands[name] = [...new Set([...list, ...workerSources])].sort();
  if (list.includes('electron/services/export/autosaveTypesettingThread.ts'))
    commands[name] = [...new Set([...commands[name], ...typesettingSources])].sort();
  if (commands[name].includes('electron/services/library/sqliteDriver.ts'))
    commands[name] = [...new Set([...commands[name], ...driverSources])].sort();
}
const entry = closure(entryKey, true, commandChunks);
fs.writeFileSync(
  path.join(staging, 'sources.json'),
  `${JSON.stringify({ startedAt, sources, entry, commands }, null, 1)}\n`,
);
// What electron/bin/galley.mjs reads at every start: sources.json is about 150 KB, whose parsing
// cost `galley --help` about a millisecond, so each run reads only the lists it needs, the
// entry's (with the commands' names) and one per command named, without the entry's sources.
fs.mkdirSync(path.join(staging, 'sources'));
fs.writeFileSync(
  path.join(staging, 'sources', 'entry.json'),
  JSON.stringify({ startedAt, sources: entry, commands: Object.keys(commands) }),
);
const inEntry = new Set(entry);
for (const [name, list] of Object.entries(commands)) {
  fs.writeFileSync(
    path.join(staging, 'sources', `${name}.json`),
    JSON.stringify(list.filter((source) => !inEntry.has(source))),
  );
}

// Swapped in whole: a `galley` starting meanwhile sees the old bundle or the new one, never an
// entry with chunks it does not know.
const retired = `${outdir}.old-${process.pid}`;
if (fs.existsSync(outdir)) fs.renameSync(outdir, retired);
fs.renameSync(staging, outdir);
fs.rmSync(retired, { recursive: true, force: true });

// The spell checker's compiled dictionaries (dist/spell), which `galley serve` loads: rewritten
// only when the installed dictionaries or nspell changed.
await buildSpellDictionaries();
