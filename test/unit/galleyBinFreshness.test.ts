import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../../electron/bin/galley.mjs');

/**
 * The bin in a project of its own: a bundle that prints "bundle", the lists build/buildCli.mjs
 * writes, and no tsx to fall back to (so a stale bundle shows as the "not built" refusal).
 */
function makeProject(dir: string, startedAt: number): void {
  fs.mkdirSync(path.join(dir, 'electron', 'bin'), { recursive: true });
  fs.copyFileSync(bin, path.join(dir, 'electron', 'bin', 'galley.mjs'));
  fs.mkdirSync(path.join(dir, 'src'));
  for (const name of ['main.ts', 'list.ts', 'export.ts'])
    fs.writeFileSync(path.join(dir, 'src', name), '');
  const past = new Date(startedAt - 60_000);
  for (const name of ['main.ts', 'list.ts', 'export.ts'])
    fs.utimesSync(path.join(dir, 'src', name), past, past);
  const cli = path.join(dir, 'dist', 'cli');
  fs.mkdirSync(path.join(cli, 'sources'), { recursive: true });
  fs.writeFileSync(path.join(cli, 'galley.mjs'), "process.stdout.write('bundle\\n');\n");
  fs.writeFileSync(
    path.join(cli, 'sources', 'entry.json'),
    JSON.stringify({ startedAt, sources: ['src/main.ts'], commands: ['list', 'export'] }),
  );
  fs.writeFileSync(path.join(cli, 'sources', 'list.json'), JSON.stringify(['src/list.ts']));
  fs.writeFileSync(path.join(cli, 'sources', 'export.json'), JSON.stringify(['src/export.ts']));
}

function runBin(dir: string, args: string[]): { status: number | null; stdout: string } {
  const result = spawnSync(
    process.execPath,
    [path.join(dir, 'electron', 'bin', 'galley.mjs'), ...args],
    {
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout };
}

function touch(file: string): void {
  const future = new Date(Date.now() + 60_000);
  fs.utimesSync(file, future, future);
}

describe('the galley bin, choosing between the bundle and the sources', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-bin-'));
    makeProject(dir, Date.now());
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs the bundle while nothing it can load changed since the build', () => {
    expect(runBin(dir, ['--help'])).toEqual({ status: 0, stdout: 'bundle\n' });
    expect(runBin(dir, ['list', '--json'])).toEqual({ status: 0, stdout: 'bundle\n' });
  });

  it("checks the entry's sources for every run, and a command's only when it is named", () => {
    touch(path.join(dir, 'src', 'export.ts'));
    expect(runBin(dir, ['list']).stdout).toBe('bundle\n');
    expect(runBin(dir, ['export', '--all']).status).toBe(1);
    touch(path.join(dir, 'src', 'main.ts'));
    expect(runBin(dir, ['--help']).status).toBe(1);
  });

  it('counts a removed source, or a missing or damaged list, as stale', () => {
    fs.rmSync(path.join(dir, 'src', 'list.ts'));
    expect(runBin(dir, ['list']).status).toBe(1);
    expect(runBin(dir, ['--help']).stdout).toBe('bundle\n');
    fs.writeFileSync(path.join(dir, 'dist', 'cli', 'sources', 'export.json'), '{');
    expect(runBin(dir, ['export']).status).toBe(1);
    fs.rmSync(path.join(dir, 'dist', 'cli', 'sources', 'entry.json'));
    expect(runBin(dir, ['--help']).status).toBe(1);
  });
});
