import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../test/support/runCliCaptured';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = runCliCaptured;

describe('galley list', () => {
  it('prints the sample article of a new library as JSON', async () => {
    const { code, stdout } = await run(['list', '--library', path.join(dir, 'a.sqlite'), '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { articles: Array<Record<string, unknown>> };
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]).toMatchObject({
      headline: 'Московский инновационный кластер выходит на международный уровень',
      rubric: 'Общество',
      status: 'draft',
      language: 'ru',
      slug: 'moskovskii-innovatsionnyi-klaster-vykhodit-na-mezhdunarodnyi-uroven',
    });
    expect(Object.keys(parsed.articles[0] ?? {})).toEqual(
      expect.arrayContaining([
        'id',
        'headline',
        'lede',
        'rubric',
        'slug',
        'status',
        'language',
        'updatedAt',
      ]),
    );
  });

  it('takes the library from $GALLEY_LIBRARY', async () => {
    const file = path.join(dir, 'env.sqlite');
    process.env['GALLEY_LIBRARY'] = file;
    try {
      expect((await run(['list'])).code).toBe(0);
      expect(fs.existsSync(file)).toBe(true);
    } finally {
      delete process.env['GALLEY_LIBRARY'];
    }
  });
});

describe('galley errors', () => {
  it('exits non-zero with one line for bad input', async () => {
    for (const args of [
      ['nonsense'],
      ['list', '--bogus'],
      ['serve', '--port', 'abc'],
      ['list', 'extra'],
    ]) {
      const { code, stderr } = await run([...args, '--library', path.join(dir, 'b.sqlite')]);
      expect(code, args.join(' ')).toBeGreaterThan(0);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^galley: /);
    }
  });

  it('refuses a file that is not a library, in one line, without changing it', async () => {
    const file = path.join(dir, 'notes.txt');
    fs.writeFileSync(file, 'not a database '.repeat(500));
    const { code, stderr } = await run(['list', '--library', file]);
    expect(code).toBeGreaterThan(0);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^not a database/);
  });
});

describe('the galley bin', () => {
  it('runs through node without a build step', () => {
    const bin = path.resolve(import.meta.dirname, '../bin/galley.mjs');
    const output = execFileSync(
      process.execPath,
      [bin, 'list', '--json', '--library', path.join(dir, 'c.sqlite')],
      {
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(output)).toHaveProperty('articles');
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('galley <command>');
  });
});
