#!/usr/bin/env node
// The `galley` command. It runs the bundle `npm run build:cli` writes (dist/cli) while that is
// newer than every source it is built from; otherwise the TypeScript through tsx, so `npx
// galley` works straight after `npm ci` with no build step, and an edit is never run stale.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = path.join(root, 'dist', 'cli', 'galley.mjs');

function newestSource() {
  let newest = fs.statSync(path.join(root, 'package.json')).mtimeMs;
  for (const dir of ['electron', 'shared']) {
    for (const entry of fs.readdirSync(path.join(root, dir), {
      recursive: true,
      withFileTypes: true,
    })) {
      if (entry.isFile() && /\.(ts|json)$/.test(entry.name))
        newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

let builtAt = 0;
try {
  builtAt = fs.statSync(bundle).mtimeMs;
} catch {
  // Not built: tsx below.
}
if (builtAt > 0 && builtAt >= newestSource()) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/main.ts');
}
