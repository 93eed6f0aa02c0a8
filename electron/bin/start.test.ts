import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * Launcher-logic tests: the real `start.mjs` (and the build/prepareElectronNative.mjs it
 * shares with `npm run rebuild:electron` and `npm run dist`) runs as `npm start` would, in a
 * stand-in project in a temporary folder. Everything the launcher resolves from the project
 * is a recording stand-in there: the Electron binary and its downloader, better-sqlite3's
 * package, prebuild-install and node-gyp (the native build step), and the interface and bundle
 * builds. They test the launcher's decisions, not Electron, nor a real native build.
 */
const startScript = path.join(import.meta.dirname, 'start.mjs');
const electronVersion = '45.5.0';
const betterSqlite3Version = '12.6.2';
const firstStartLine = `Building better-sqlite3 for Electron ${electronVersion} (first start, about a minute)…`;

type Outcome = 'works' | 'fails';

interface StandInProject {
  dir: string;
  nativeBinary: string;
  stampFile: string;
  /** What the stand-ins were asked to do, one line each, in order. */
  recorded(): string[];
}

const projects: string[] = [];
afterEach(() => {
  for (const dir of projects.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A script run by `node` (or executed through its #! line) that records its arguments. */
function writeStandIn(file: string, record: string, name: string, then = ''): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    `#!${process.execPath}
const fs = process.getBuiltinModule('node:fs');
const path = process.getBuiltinModule('node:path');
fs.appendFileSync(${JSON.stringify(record)}, [${JSON.stringify(name)}, ...process.argv.slice(2)].join(' ') + '\\n');
${then}
`,
    { mode: 0o755 },
  );
}

/** Writes `better_sqlite3.node` where prebuild-install and node-gyp leave it, or fails. */
function nativeStep(outcome: Outcome, madeBy: string, errorLines: string): string {
  return outcome === 'works'
    ? `fs.mkdirSync(path.join('build', 'Release'), { recursive: true });
fs.writeFileSync(path.join('build', 'Release', 'better_sqlite3.node'), ${JSON.stringify(madeBy)});`
    : `process.stderr.write(${JSON.stringify(errorLines)}); process.exit(1);`;
}

function makeProject(options: {
  /** false: the electron package without its binary; 'absent': no electron package at all. */
  electronInstalled?: boolean | 'absent';
  prebuilt?: Outcome;
  compile?: Outcome;
}): StandInProject {
  const { electronInstalled = true, prebuilt = 'works', compile = 'works' } = options;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-launcher-'));
  projects.push(dir);
  const record = path.join(dir, 'recorded.log');
  fs.writeFileSync(record, '');
  const write = (file: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  const json = (value: object): string => JSON.stringify(value);

  write('package.json', json({ name: 'stand-in-project', private: true }));
  if (electronInstalled !== 'absent') {
    write(
      'node_modules/electron/package.json',
      json({ name: 'electron', version: electronVersion }),
    );
    writeStandIn(path.join(dir, 'node_modules/electron/install.js'), record, 'download-electron');
  }
  if (electronInstalled === true) {
    write('node_modules/electron/path.txt', 'electron');
    writeStandIn(path.join(dir, 'node_modules/electron/dist/electron'), record, 'electron');
  }
  write(
    'node_modules/better-sqlite3/package.json',
    json({ name: 'better-sqlite3', version: betterSqlite3Version }),
  );
  write('node_modules/better-sqlite3/src/better_sqlite3.cpp', '// sources');
  write('node_modules/better-sqlite3/build/Release/better_sqlite3.node', 'the Node build');
  write('node_modules/prebuild-install/package.json', json({ name: 'prebuild-install' }));
  writeStandIn(
    path.join(dir, 'node_modules/prebuild-install/bin.js'),
    record,
    'prebuild-install',
    nativeStep(
      prebuilt,
      'prebuilt',
      'prebuild-install warn install getaddrinfo ENOTFOUND github.com\n',
    ),
  );
  write('node_modules/node-gyp/package.json', json({ name: 'node-gyp' }));
  writeStandIn(
    path.join(dir, 'node_modules/node-gyp/bin/node-gyp.js'),
    record,
    'node-gyp',
    nativeStep(compile, 'compiled', 'gyp ERR! stack Error: not found: make\ngyp ERR! not ok\n'),
  );
  writeStandIn(path.join(dir, 'build/buildRenderer.mjs'), record, 'build-ui');
  writeStandIn(path.join(dir, 'build/buildElectron.mjs'), record, 'bundle-main');

  return {
    dir,
    nativeBinary: path.join(dir, 'dist/native/electron/better_sqlite3.node'),
    stampFile: path.join(dir, 'dist/native/electron/better_sqlite3.stamp.json'),
    recorded: () => fs.readFileSync(record, 'utf8').split('\n').filter(Boolean),
  };
}

/** A native build left by an earlier start, with the stamp it was made with. */
function leaveEarlierBuild(project: StandInProject, stamp: Record<string, string>): void {
  fs.mkdirSync(path.dirname(project.nativeBinary), { recursive: true });
  fs.writeFileSync(project.nativeBinary, 'the earlier build');
  fs.writeFileSync(project.stampFile, JSON.stringify(stamp));
}

function npmStart(project: StandInProject, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const inherited = { ...process.env };
  // Whatever the machine running the tests has set, the launcher sees only what a test sets.
  delete inherited['ELECTRON_SKIP_BINARY_DOWNLOAD'];
  delete inherited['npm_config_node_gyp'];
  delete inherited['npm_lifecycle_event'];
  const result = spawnSync(process.execPath, [startScript, ...args], {
    cwd: project.dir,
    encoding: 'utf8',
    env: { ...inherited, ...env },
    timeout: 20_000,
  });
  return {
    status: result.status,
    stdoutLines: result.stdout.split('\n').filter(Boolean),
    stderrLines: result.stderr.split('\n').filter(Boolean),
  };
}

function readStamp(project: StandInProject): Record<string, string> {
  return JSON.parse(fs.readFileSync(project.stampFile, 'utf8')) as Record<string, string>;
}

const currentStamp = {
  electron: electronVersion,
  betterSqlite3: betterSqlite3Version,
  platform: process.platform,
  arch: process.arch,
};

// The stand-ins run through their #! line, which Windows does not honour.
describe.skipIf(process.platform === 'win32')('launcher logic (npm start)', () => {
  it('builds the native module when there is none, with one progress line, then launches', () => {
    const project = makeProject({});
    const run = npmStart(project, ['--library', 'x.sqlite']);

    expect(run.status).toBe(0);
    expect(run.stdoutLines).toEqual([firstStartLine]);
    expect(run.stderrLines).toEqual([]);
    expect(project.recorded()).toEqual([
      `prebuild-install --runtime=electron --target=${electronVersion} --arch=${process.arch} --platform=${process.platform} --verbose`,
      'build-ui',
      'bundle-main',
      'electron . --library x.sqlite',
    ]);
    expect(fs.readFileSync(project.nativeBinary, 'utf8')).toBe('prebuilt');
    expect(readStamp(project)).toMatchObject({ ...currentStamp, via: 'prebuilt' });
    // The Node build the CLI and the tests load is left as it was.
    const nodeBuild = path.join(project.dir, 'node_modules/better-sqlite3/build/Release');
    expect(fs.readFileSync(path.join(nodeBuild, 'better_sqlite3.node'), 'utf8')).toBe(
      'the Node build',
    );
  });

  it('compiles against Electron’s headers when no prebuilt binary can be fetched', () => {
    const project = makeProject({ prebuilt: 'fails' });
    const run = npmStart(project);

    expect(run.status).toBe(0);
    expect(run.stdoutLines).toEqual([firstStartLine]);
    expect(project.recorded()).toEqual([
      expect.stringMatching(/^prebuild-install /),
      `node-gyp rebuild --release --target=${electronVersion} --arch=${process.arch} --dist-url=https://electronjs.org/headers`,
      'build-ui',
      'bundle-main',
      'electron .',
    ]);
    expect(fs.readFileSync(project.nativeBinary, 'utf8')).toBe('compiled');
    expect(readStamp(project)).toMatchObject({ ...currentStamp, via: 'compiled' });
  });

  it('rebuilds when the stamp names another Electron version', () => {
    const project = makeProject({});
    leaveEarlierBuild(project, { ...currentStamp, electron: '44.0.0' });
    const run = npmStart(project);

    expect(run.status).toBe(0);
    expect(run.stdoutLines).toEqual([
      `Rebuilding better-sqlite3 for Electron ${electronVersion} (the last build was for Electron 44.0.0; about a minute)…`,
    ]);
    expect(project.recorded()[0]).toMatch(/^prebuild-install .*--target=45\.5\.0/);
    expect(project.recorded().at(-1)).toBe('electron .');
    expect(fs.readFileSync(project.nativeBinary, 'utf8')).toBe('prebuilt');
    expect(readStamp(project)).toMatchObject(currentStamp);
  });

  it('rebuilds a build that has no stamp (made before stamps, or half-written)', () => {
    const project = makeProject({});
    fs.mkdirSync(path.dirname(project.nativeBinary), { recursive: true });
    fs.writeFileSync(project.nativeBinary, 'unknown');
    const run = npmStart(project);

    expect(run.status).toBe(0);
    expect(run.stdoutLines).toEqual([
      `Rebuilding better-sqlite3 for Electron ${electronVersion} (the last build has no record of its versions; about a minute)…`,
    ]);
    expect(fs.readFileSync(project.nativeBinary, 'utf8')).toBe('prebuilt');
  });

  it('launches without building when the stamp matches', () => {
    const project = makeProject({});
    leaveEarlierBuild(project, currentStamp);
    const run = npmStart(project);

    expect(run.status).toBe(0);
    expect(run.stdoutLines).toEqual([]);
    expect(project.recorded()).toEqual(['build-ui', 'bundle-main', 'electron .']);
    expect(fs.readFileSync(project.nativeBinary, 'utf8')).toBe('the earlier build');
  });

  it('says in one line what to fix, exits non-zero and never launches Electron when the build fails', () => {
    const project = makeProject({ prebuilt: 'fails', compile: 'fails' });
    const run = npmStart(project);

    expect(run.status).toBe(1);
    expect(run.stdoutLines).toEqual([firstStartLine]);
    expect(run.stderrLines).toHaveLength(1);
    expect(run.stderrLines[0]).toMatch(
      /^galley: cannot build better-sqlite3 for Electron 45\.5\.0: no prebuilt binary could be fetched and compiling failed \(no C\+\+ compiler was found\)\. Fix: .+, then run `npm start` again \(details in dist\/native\/electron-build\.log\)\.$/,
    );
    expect(project.recorded()).toEqual([
      expect.stringMatching(/^prebuild-install /),
      expect.stringMatching(/^node-gyp rebuild /),
    ]);
    expect(fs.existsSync(project.nativeBinary)).toBe(false);
    // The whole story is in the log the line names.
    const log = fs.readFileSync(path.join(project.dir, 'dist/native/electron-build.log'), 'utf8');
    expect(log).toContain('gyp ERR! stack Error: not found: make');
  });

  it('keeps a stale build when the rebuild fails, and still refuses to launch', () => {
    const project = makeProject({ prebuilt: 'fails', compile: 'fails' });
    leaveEarlierBuild(project, { ...currentStamp, electron: '44.0.0' });
    const run = npmStart(project);

    expect(run.status).toBe(1);
    expect(run.stderrLines).toHaveLength(1);
    expect(project.recorded()).not.toContain('electron .');
    // The next start tries again rather than trusting the old build.
    expect(readStamp(project)).toMatchObject({ electron: '44.0.0' });
  });

  it('says in one line that the Electron binary is missing, after trying to download it', () => {
    const project = makeProject({ electronInstalled: false });
    const run = npmStart(project);

    expect(run.status).toBe(1);
    expect(run.stdoutLines).toEqual([]);
    expect(run.stderrLines).toEqual([
      'galley: the Electron binary is not installed here; run `npx galley serve` to use Galley in a browser.',
    ]);
    expect(project.recorded()).toEqual(['download-electron']);
    expect(fs.existsSync(project.nativeBinary)).toBe(false);
  });

  it('does not try to download Electron when ELECTRON_SKIP_BINARY_DOWNLOAD is set', () => {
    const project = makeProject({ electronInstalled: false });
    const run = npmStart(project, [], { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });

    expect(run.status).toBe(1);
    expect(run.stderrLines).toHaveLength(1);
    expect(project.recorded()).toEqual([]);
  });

  it('says the same when the electron package is not installed at all (npm ci --omit=dev)', () => {
    const project = makeProject({ electronInstalled: 'absent' });
    const run = npmStart(project);

    expect(run.status).toBe(1);
    expect(run.stderrLines).toEqual([
      'galley: the Electron binary is not installed here; run `npx galley serve` to use Galley in a browser.',
    ]);
    expect(project.recorded()).toEqual([]);
  });
});
