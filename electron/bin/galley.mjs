#!/usr/bin/env node
// The `galley` command. It runs the bundle `npm run build:cli` writes (dist/cli) while no source
// this run can load changed since the build (dist/cli/sources/ lists them per command: a stat
// each, no walk of the tree); otherwise the TypeScript through tsx, so an edit is never run
// stale. `npm ci` builds the bundle (prepare).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bundleDir = path.join(root, 'dist', 'cli');

// The sources this run can load: the entry's, and those of any command named in the arguments
// (a word that is also an option's value only adds a few files). dist/cli/sources/ holds one
// small list each, so a run reads only the lists it needs; a bundle without them is stale.
function sourcesToCheck(args) {
  const readList = (name) =>
    JSON.parse(fs.readFileSync(path.join(bundleDir, 'sources', `${name}.json`), 'utf8'));
  const entry = readList('entry');
  if (
    !Number.isFinite(entry?.startedAt) ||
    !Array.isArray(entry.sources) ||
    !Array.isArray(entry.commands)
  )
    return undefined;
  const lists = [entry.sources];
  for (const name of entry.commands) if (args.includes(name)) lists.push(readList(name));
  return { startedAt: entry.startedAt, lists };
}

function bundleIsCurrent() {
  let toCheck;
  try {
    toCheck = sourcesToCheck(process.argv.slice(2));
  } catch {
    return false;
  }
  if (!toCheck) return false;
  // A source that was edited, replaced or removed since the build started makes it stale; a new
  // file matters only once an edited one imports it. The paths are relative and normalised by
  // the build: joined by hand, as path.join costs more than the stat here.
  const prefix = root + path.sep;
  for (const list of toCheck.lists) {
    if (!Array.isArray(list)) return false;
    for (const source of list) {
      const stat = fs.statSync(prefix + source, { throwIfNoEntry: false });
      if (!stat || stat.mtimeMs > toCheck.startedAt) return false;
    }
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
