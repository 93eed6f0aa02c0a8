// Builds better-sqlite3 for Electron's ABI into dist/native/electron/, leaving the Node build
// in node_modules (used by the CLI, `galley serve` and the tests) untouched. The Electron main
// process loads it through better-sqlite3's `nativeBinding` option.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const sourceDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-native-'));
const outDir = path.resolve('dist/native/electron');

fs.cpSync(sourceDir, workDir, {
  recursive: true,
  filter: (source) =>
    !source.includes(`${path.sep}build${path.sep}`) && !source.endsWith(`${path.sep}build`),
});
console.log(`Building better-sqlite3 for Electron ${electronVersion} in ${workDir}…`);
const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
execFileSync(
  process.execPath,
  [
    nodeGyp,
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    '--dist-url=https://electronjs.org/headers',
    '--runtime=electron',
  ],
  { cwd: workDir, stdio: 'inherit' },
);
fs.mkdirSync(outDir, { recursive: true });
fs.copyFileSync(
  path.join(workDir, 'build', 'Release', 'better_sqlite3.node'),
  path.join(outDir, 'better_sqlite3.node'),
);
fs.rmSync(workDir, { recursive: true, force: true });
console.log(`Wrote ${path.join(outDir, 'better_sqlite3.node')}`);
