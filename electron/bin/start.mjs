#!/usr/bin/env node
// `npm start`: builds what is missing or stale, then runs the Electron app. In order:
// 1. the Electron binary (`npm ci` downloads it; where it is missing and cannot be downloaded —
//    no network, ELECTRON_SKIP_BINARY_DOWNLOAD — one line says so, pointing to `galley serve`);
// 2. better-sqlite3 for Electron's ABI (build/prepareElectronNative.mjs, shared with
//    `npm run rebuild:electron` and `npm run dist`); where it cannot be built, one line says why
//    and how to fix it, and the app is not launched, since it could not open its library;
// 3. the interface and the main-process bundle; then Electron itself.
// The project is the working folder, where npm runs its scripts.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ElectronNativeError, prepareElectronNative } from '../../build/prepareElectronNative.mjs';

const root = process.cwd();
/** Undefined when the electron package itself is absent (`npm ci --omit=dev`). */
const electronDir = resolveElectronDir();

function resolveElectronDir() {
  try {
    return path.dirname(
      createRequire(path.join(root, 'package.json')).resolve('electron/package.json'),
    );
  } catch {
    return undefined;
  }
}

/** The binary's path without triggering electron's own download-on-require. */
function findElectronBinary() {
  if (!electronDir) return undefined;
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return undefined;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8'));
  return fs.existsSync(binary) ? binary : undefined;
}

/** Runs a build step with its output shown; a failed step ends the launch with its code. */
function runStep(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

let electronBinary = findElectronBinary();
if (!electronBinary && electronDir && !process.env['ELECTRON_SKIP_BINARY_DOWNLOAD']) {
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore' });
  electronBinary = findElectronBinary();
}
if (!electronBinary) {
  console.error(
    'galley: the Electron binary is not installed here; run `npx galley serve` to use Galley in a browser.',
  );
  process.exit(1);
}

try {
  prepareElectronNative({ root, retryCommand: 'npm start' });
} catch (error) {
  if (!(error instanceof ElectronNativeError)) throw error;
  console.error(`galley: ${error.message}`);
  process.exit(1);
}

runStep([path.join(root, 'build', 'buildRenderer.mjs')]);
runStep([path.join(root, 'build', 'buildElectron.mjs')]);
const child = spawn(electronBinary, ['.', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
child.on('exit', (code) => process.exit(code ?? 0));
