// better-sqlite3 built for Electron's ABI, in dist/native/electron/ beside a stamp that names the
// Electron and better-sqlite3 versions (and platform, CPU) it was built for. `npm start`,
// `npm run rebuild:electron` and `npm run dist` all come through here: one rule for when it is
// built and how. The Electron main process loads it through better-sqlite3's `nativeBinding`
// option; the Node build in node_modules (the CLI, `galley serve`, the tests) is never touched,
// because both ways of making it work in a copy of better-sqlite3's sources.
//
// How, in order:
// 1. The prebuilt binary better-sqlite3 publishes for each Electron ABI, fetched with its own
//    `prebuild-install` (a dependency of better-sqlite3, the same tool its install script runs
//    for Node): seconds, and no compiler, on every platform and CPU better-sqlite3 releases for.
// 2. Compiling with node-gyp against Electron's headers, for what no prebuilt binary covers (a
//    new Electron before better-sqlite3 publishes for it, an unusual CPU, no access to GitHub's
//    releases). This needs a C++ toolchain, which the one-line failure names.
// Not @electron/rebuild: it rebuilds in node_modules in place, swapping out the Node build the
// CLI and the tests load, and it is here only as a dependency of electron-builder.
//
// Every path is resolved from the project folder given (npm runs scripts in it), so the
// launcher-logic tests run this against a stand-in project with stand-in tools.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export const nativeFileName = 'better_sqlite3.node';
const stampKeys = ['electron', 'betterSqlite3', 'platform', 'arch'];
const electronHeadersUrl = 'https://electronjs.org/headers';

/** A failure told in one line, with what to do about it. */
export class ElectronNativeError extends Error {
  name = 'ElectronNativeError';
}

/** What the Electron build must match, and where it and its stamp live, for `root`. */
export function describeElectronNative(root, platform = process.platform, arch = process.arch) {
  const projectRequire = createRequire(path.join(root, 'package.json'));
  const electronPackage = resolvePackage(projectRequire, 'electron');
  const sqlitePackage = resolvePackage(projectRequire, 'better-sqlite3');
  const outDir = path.join(root, 'dist', 'native', 'electron');
  return {
    root,
    wanted: {
      electron: electronPackage.version,
      betterSqlite3: sqlitePackage.version,
      platform,
      arch,
    },
    sourceDir: sqlitePackage.dir,
    binary: path.join(outDir, nativeFileName),
    stampFile: path.join(outDir, 'better_sqlite3.stamp.json'),
    logFile: path.join(root, 'dist', 'native', 'electron-build.log'),
  };
}

/** `ready`, `missing`, or `stale` (with the stamp found, if any) for a described target. */
export function electronNativeState(target) {
  if (!fs.existsSync(target.binary)) return { state: 'missing' };
  const stamp = readStamp(target.stampFile);
  if (stamp && stampKeys.every((key) => stamp[key] === target.wanted[key]))
    return { state: 'ready', stamp };
  return { state: 'stale', stamp };
}

/**
 * Makes sure dist/native/electron holds a build matching the installed Electron and
 * better-sqlite3, building it when missing, stale or `force`d. Prints one progress line when it
 * builds; throws ElectronNativeError (a one-line message with the fix) when it cannot.
 */
export function prepareElectronNative({
  root,
  force = false,
  retryCommand = 'npm start',
  log = (line) => console.log(line),
}) {
  const target = describeElectronNative(root);
  const current = electronNativeState(target);
  if (current.state === 'ready' && !force) return { built: false, binary: target.binary };
  log(progressLine(target.wanted, current, force));
  const via = buildInCopy(target, retryCommand);
  return { built: true, via, binary: target.binary };
}

function progressLine(wanted, current, force) {
  const subject = `better-sqlite3 for Electron ${wanted.electron}`;
  if (force || current.state === 'ready') return `Building ${subject} (about a minute)…`;
  if (current.state === 'missing') return `Building ${subject} (first start, about a minute)…`;
  const before = current.stamp;
  const why =
    before && before.electron !== wanted.electron
      ? `the last build was for Electron ${before.electron}`
      : before && before.betterSqlite3 !== wanted.betterSqlite3
        ? `the last build was of better-sqlite3 ${before.betterSqlite3}`
        : before
          ? `the last build was for ${before.platform}-${before.arch}`
          : 'the last build has no record of its versions';
  return `Rebuilding ${subject} (${why}; about a minute)…`;
}

/** Tries the prebuilt binary, then compiling; installs the result with its stamp. */
function buildInCopy(target, retryCommand) {
  const { wanted } = target;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-native-'));
  const transcript = [];
  try {
    fs.cpSync(target.sourceDir, workDir, {
      recursive: true,
      // Never the Node build (build/) nor nested installs: only the sources and package.json.
      filter: (source) => {
        const relative = path.relative(target.sourceDir, source).split(path.sep)[0];
        return relative !== 'build' && relative !== 'node_modules';
      },
    });
    const built = path.join(workDir, 'build', 'Release', nativeFileName);
    const sourceRequire = createRequire(path.join(target.sourceDir, 'package.json'));
    const prebuildInstall = resolveOptional(sourceRequire, 'prebuild-install/bin.js');
    let via;
    if (prebuildInstall) {
      const ok = runTool(transcript, prebuildInstall, workDir, 2 * 60_000, [
        '--runtime=electron',
        `--target=${wanted.electron}`,
        `--arch=${wanted.arch}`,
        `--platform=${wanted.platform}`,
        '--verbose',
      ]);
      if (ok && fs.existsSync(built)) via = 'prebuilt';
    } else {
      transcript.push('prebuild-install is not installed beside better-sqlite3: compiling.');
    }
    if (!via) {
      const nodeGyp =
        resolveOptional(
          createRequire(path.join(target.root, 'package.json')),
          'node-gyp/bin/node-gyp.js',
        ) ??
        // npm carries its own node-gyp and names it to the scripts it runs.
        process.env['npm_config_node_gyp'];
      if (!nodeGyp) {
        transcript.push('node-gyp was not found in node_modules nor beside npm.');
      } else {
        fs.rmSync(path.join(workDir, 'build'), { recursive: true, force: true });
        const ok = runTool(transcript, nodeGyp, workDir, 20 * 60_000, [
          'rebuild',
          '--release',
          `--target=${wanted.electron}`,
          `--arch=${wanted.arch}`,
          `--dist-url=${electronHeadersUrl}`,
        ]);
        if (ok && fs.existsSync(built)) via = 'compiled';
      }
    }
    if (!via) throw new ElectronNativeError(failureLine(target, transcript, retryCommand));
    install(built, target, via);
    return via;
  } finally {
    fs.mkdirSync(path.dirname(target.logFile), { recursive: true });
    fs.writeFileSync(target.logFile, `${transcript.join('\n')}\n`);
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

function runTool(transcript, script, cwd, timeout, args) {
  transcript.push(`$ node ${script} ${args.join(' ')}  (in ${cwd})`);
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd,
    encoding: 'utf8',
    timeout,
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  transcript.push(result.stdout ?? '', result.stderr ?? '');
  if (result.error) transcript.push(String(result.error.message));
  transcript.push(`exit ${result.status ?? result.signal}`);
  return result.status === 0;
}

/** The binary, then its stamp, each swapped in whole: a reader sees the old pair or the new. */
function install(built, target, via) {
  fs.mkdirSync(path.dirname(target.binary), { recursive: true });
  fs.rmSync(target.stampFile, { force: true });
  const staged = `${target.binary}.${process.pid}.tmp`;
  fs.copyFileSync(built, staged);
  fs.renameSync(staged, target.binary);
  const stamp = { ...target.wanted, via, builtAt: new Date().toISOString() };
  fs.writeFileSync(`${target.stampFile}.${process.pid}.tmp`, `${JSON.stringify(stamp, null, 2)}\n`);
  fs.renameSync(`${target.stampFile}.${process.pid}.tmp`, target.stampFile);
}

function failureLine(target, transcript, retryCommand) {
  const problem = compileProblem(transcript.join('\n'));
  const fix =
    problem === offlineProblem
      ? 'connect to the internet (the prebuilt binary, or the headers to compile against, are downloaded once)'
      : toolchainFix(target.wanted.platform);
  return (
    `cannot build better-sqlite3 for Electron ${target.wanted.electron}: ` +
    `no prebuilt binary could be fetched and compiling failed (${problem}). ` +
    `Fix: ${fix}, then run \`${retryCommand}\` again ` +
    `(details in ${path.relative(target.root, target.logFile)}).`
  );
}

const offlineProblem = "Electron's headers could not be downloaded";

/** What stopped the compile, read from node-gyp's error lines only (its info lines mislead). */
function compileProblem(text) {
  if (/node-gyp was not found/.test(text)) return 'node-gyp is not installed';
  const errors = text
    .split('\n')
    .filter((line) => /ERR!|error/i.test(line))
    .join('\n');
  if (/network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT/.test(errors))
    return offlineProblem;
  if (/find Python|Could not find any Python/i.test(errors))
    return 'Python, which node-gyp needs, was not found';
  if (
    /find VS|Visual Studio|xcrun|xcode-select|Command Line Tools|not found: (make|g\+\+|c\+\+|cc|gcc)/i.test(
      errors,
    )
  )
    return 'no C++ compiler was found';
  return 'the C++ build stopped with an error';
}

function toolchainFix(platform) {
  if (platform === 'darwin')
    return 'install the Xcode Command Line Tools (`xcode-select --install`)';
  if (platform === 'win32')
    return 'install Visual Studio Build Tools with the "Desktop development with C++" workload, and Python 3';
  return 'install a C++ toolchain and Python 3 (Debian/Ubuntu: `sudo apt-get install build-essential python3`)';
}

function resolvePackage(requireFrom, name) {
  const file = requireFrom.resolve(`${name}/package.json`);
  return { dir: path.dirname(file), version: JSON.parse(fs.readFileSync(file, 'utf8')).version };
}

function resolveOptional(requireFrom, request) {
  try {
    return requireFrom.resolve(request);
  } catch {
    return undefined;
  }
}

function readStamp(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

// `node build/prepareElectronNative.mjs [--force]`: `npm run rebuild:electron` (forced), the
// step `npm run dist` runs before packaging, and the Electron spec's preparation.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const script = process.env['npm_lifecycle_event'];
  try {
    const result = prepareElectronNative({
      root: process.cwd(),
      force: process.argv.includes('--force'),
      retryCommand: script ? `npm run ${script}` : 'npm run rebuild:electron',
    });
    const shown = path.relative(process.cwd(), result.binary);
    console.log(
      result.built
        ? `Built ${shown} (${result.via === 'prebuilt' ? 'prebuilt binary' : 'compiled'}).`
        : `${shown} matches Electron and better-sqlite3: nothing to build.`,
    );
  } catch (error) {
    console.error(`galley: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
