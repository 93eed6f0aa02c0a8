#!/usr/bin/env node
// `npm start`: builds what is stale, then runs the Electron app. Where the Electron binary
// is missing and cannot be downloaded (no network, ELECTRON_SKIP_BINARY_DOWNLOAD) it says so
// in one line.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));

/** The binary's path without triggering electron's own download-on-require. */
function findElectronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return undefined;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8'));
  return fs.existsSync(binary) ? binary : undefined;
}

let electronBinary = findElectronBinary();
if (!electronBinary && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore' });
  electronBinary = findElectronBinary();
}
if (!electronBinary) {
  console.error(
    'galley: the Electron binary is not installed here; run `npx galley serve` to use Galley in a browser.',
  );
  process.exit(1);
}

execFileSync(process.execPath, ['electron/bin/galley.mjs', 'build-ui'], { stdio: 'inherit' });
execFileSync(process.execPath, ['build/buildElectron.mjs'], { stdio: 'inherit' });
const child = spawn(electronBinary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
