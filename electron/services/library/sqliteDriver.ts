import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type BetterSqlite3 from 'better-sqlite3';

const require = createRequire(import.meta.url);

/**
 * better-sqlite3, required rather than imported: an ES module importing a CommonJS package
 * makes Node parse the package with its export lexer first, which cost a `galley list` about
 * 30 ms of CPU (the whole command's reading of rows costs less). In the command's bundle it is
 * the copy build/buildCli.mjs bundles into one file beside it: the package's 14 modules, each
 * resolved, read and compiled, cost about 4 ms of CPU at every start.
 */
export const SqliteDriver = require(bundledDriver() ?? 'better-sqlite3') as typeof BetterSqlite3;

/** dist/cli/betterSqlite3.cjs, when this code runs from dist/cli or dist/cli/chunks. */
function bundledDriver(): string | undefined {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return undefined;
  for (const candidate of ['./betterSqlite3.cjs', '../betterSqlite3.cjs']) {
    const url = new URL(candidate, here);
    if (url.protocol === 'file:' && fs.existsSync(fileURLToPath(url))) return fileURLToPath(url);
  }
  return undefined;
}

/**
 * The Node build of the native module, named directly: without it better-sqlite3 asks the
 * `bindings` package, which walks the call stack and tries a dozen paths (about 20 ms of CPU
 * at every start). Undefined where that build is missing (then `bindings` looks as before) and
 * in Electron, whose main process names its own build (see README, "Two builds").
 */
export const nodeNativeBinding: string | undefined = findNodeBuild();

function findNodeBuild(): string | undefined {
  if (process.versions.electron) return undefined;
  const build = path.join(
    path.dirname(require.resolve('better-sqlite3')),
    '..',
    'build',
    'Release',
    'better_sqlite3.node',
  );
  return fs.existsSync(build) ? build : undefined;
}
