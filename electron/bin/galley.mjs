#!/usr/bin/env node
// The `galley` command. It runs the bundle `npm run build:cli` writes (dist/cli) while no source
// this run can load changed since the build (dist/cli/sources.json lists them per command: a
// stat each, no walk of the tree); otherwise the TypeScript through tsx, so an edit is never run stale. `npm ci` builds the
// bundle (prepare).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bundleDir = path.join(root, 'dist', 'cli');

// The sources this run can load: the entry's, and those of any command named in the arguments
// (a word that is also an option's value only adds a few files); every source when the bundle
// predates the per-command lists.
function sourcesToCheck(manifest, args) {
  if (!Array.isArray(manifest.entry) || typeof manifest.commands !== 'object') {
    return manifest.sources;
  }
  const lists = [manifest.entry];
  for (const arg of args) {
    const list = Object.hasOwn(manifest.commands, arg) ? manifest.commands[arg] : undefined;
    if (Array.isArray(list)) lists.push(list);
  }
  return new Set(lists.flat());
}

function bundleIsCurrent() {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(bundleDir, 'sources.json'), 'utf8'));
  } catch {
    return false;
  }
  if (!Number.isFinite(manifest?.startedAt) || !Array.isArray(manifest.sources)) return false;
  // A source that was edited, replaced or removed since the build started makes it stale; a new
  // file matters only once an edited one imports it.
  for (const source of sourcesToCheck(manifest, process.argv.slice(2))) {
    const stat = fs.statSync(path.join(root, source), { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs > manifest.startedAt) return false;
  }
  return true;
}

if (bundleIsCurrent()) {
  await import(pathToFileURL(path.join(bundleDir, 'galley.mjs')).href);
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write(
      'galley: the command is not built (dist/cli is missing or older than its sources) and tsx is not installed to run the sources: run `npm run build:cli` where the development dependencies are installed\n',
    );
    process.exit(1);
  }
  register();
  await import('../cli/main.ts');
}
