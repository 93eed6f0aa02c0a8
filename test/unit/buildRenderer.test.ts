import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireBuildLock } from '../../build/buildRenderer.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function lockPath(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-build-lock-'));
  dirs.push(dir);
  return path.join(dir, 'dist', 'renderer.build-lock');
}

describe('the interface build lock', () => {
  it('lets one builder in at a time; the next waits, says so once, and gets it on release', async () => {
    const lock = lockPath();
    const releaseFirst = await acquireBuildLock(lock, () => {
      throw new Error('the first builder must not wait');
    });
    expect(fs.existsSync(lock)).toBe(true);
    let waits = 0;
    let secondHasIt = false;
    const second = acquireBuildLock(lock, () => {
      waits += 1;
    }).then((release) => {
      secondHasIt = true;
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(secondHasIt).toBe(false);
    expect(waits).toBe(1);
    releaseFirst();
    const releaseSecond = await second;
    expect(secondHasIt).toBe(true);
    releaseSecond();
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('takes over a lock abandoned by a build that died', async () => {
    const lock = lockPath();
    fs.mkdirSync(path.dirname(lock), { recursive: true });
    fs.writeFileSync(lock, '999999');
    const longAgo = new Date(Date.now() - 60 * 60 * 1000);
    fs.utimesSync(lock, longAgo, longAgo);
    const release = await acquireBuildLock(lock, () => undefined);
    expect(fs.readFileSync(lock, 'utf8')).toBe(String(process.pid));
    release();
  });
});
