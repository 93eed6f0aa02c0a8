import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../services/library/openLibrary';
import { runCliCaptured } from '../../test/support/runCliCaptured';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-cli-lib-'));
const library = path.join(dir, 'library.sqlite');
let sampleId = '';

const run = (...args: string[]) => runCliCaptured([...args, '--library', library]);

beforeAll(async () => {
  const listed = JSON.parse((await run('list', '--json')).stdout) as {
    articles: Array<{ id: string }>;
  };
  sampleId = listed.articles[0]?.id ?? '';
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('galley show', () => {
  it('prints the whole article, body and related included', async () => {
    const { code, stdout } = await run('show', sampleId, '--json');
    expect(code).toBe(0);
    const article = JSON.parse(stdout) as {
      body: { type: string };
      related: unknown[];
      bodyText: string;
    };
    expect(article.body.type).toBe('doc');
    expect(article.related).toHaveLength(6);
    expect(article.bodyText).toContain('рассказала Наталья Сергунина');
  });

  it('refuses a bad or unknown id in one line', async () => {
    expect((await run('show', '../../etc/passwd')).code).toBe(2);
    const unknown = await run('show', '01ARZ3NDEKTSV4RRFFQ69G5FAV');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('galley: no article with id 01ARZ3NDEKTSV4RRFFQ69G5FAV\n');
  });
});

describe('galley search', () => {
  it.each(['кластеру', 'Сергуниной', 'инновационному', 'ЗАРЯДЬЕ'])(
    'finds the sample article for %s',
    async (query) => {
      const { code, stdout } = await run('search', query, '--json');
      expect(code).toBe(0);
      const { results } = JSON.parse(stdout) as {
        results: Array<{ id: string; headline: string; snippet: string; score: number }>;
      };
      expect(results.map((result) => result.id)).toEqual([sampleId]);
      expect(results[0]?.score).toBeGreaterThan(0);
    },
  );

  it('answers hostile queries with results or nothing, never an error', async () => {
    for (const query of [
      '"',
      'NEAR(',
      "O'Brien",
      "'; DROP TABLE articles; --",
      'headline:x',
      '*',
      '-',
      'a'.repeat(10_000),
    ]) {
      const { code, stdout } = await run('search', query, '--json');
      expect(code, query.slice(0, 20)).toBe(0);
      expect(JSON.parse(stdout)).toHaveProperty('results');
    }
  });
});

describe('galley status', () => {
  it('moves an article along the workflow and refuses a jump', async () => {
    expect((await run('status', sampleId, 'published')).code).toBe(1);
    const moved = await run('status', sampleId, 'editing', '--json');
    expect(moved.code).toBe(0);
    expect(JSON.parse(moved.stdout)).toMatchObject({ id: sampleId, status: 'editing' });
    expect((await run('status', sampleId, 'finished')).code).toBe(2);
  });

  it('holds ready while the sample quotation is unchecked, and lets it through with a logged override', async () => {
    expect((await run('status', sampleId, 'fact-check')).code).toBe(0);
    const refused = await run('status', sampleId, 'ready');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^galley: Cannot mark ready: 1 quotation\(s\) not verified: «Московский/,
    );
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    const refusedJson = await run('status', sampleId, 'ready', '--json');
    expect(JSON.parse(refusedJson.stdout)).toMatchObject({
      error: { code: 'quotes_open', params: { gate: 'ready', count: 1 } },
    });
    expect((await run('status', sampleId, 'ready', '--override', ' x ')).code).toBe(2);
    expect(
      (JSON.parse((await run('show', sampleId, '--json')).stdout) as { status: string }).status,
    ).toBe('fact-check');

    const allowed = await run(
      'status',
      sampleId,
      'ready',
      '--override',
      'checked by phone',
      '--json',
    );
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout)).toMatchObject({
      id: sampleId,
      status: 'ready',
      override: { reason: 'checked by phone', actor: os.userInfo().username },
    });
    const lib = openLibrary(library);
    expect(lib.articles.quotes.overrides(sampleId)).toEqual([
      expect.objectContaining({ reason: 'checked by phone', actor: os.userInfo().username }),
    ]);
    lib.close();
  });
});

describe('galley backup and restore', () => {
  it('backs up and restores, keeping the replaced file', async () => {
    const out = path.join(dir, 'copy.sqlite');
    expect((await run('backup', '--out', out)).code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
    expect((await run('backup', '--out', out)).code).toBe(2);
    const restored = await run('restore', '--from', out, '--json');
    expect(restored.code).toBe(0);
    const { movedAside } = JSON.parse(restored.stdout) as { movedAside: string };
    expect(fs.existsSync(movedAside)).toBe(true);
    expect((await run('list', '--json')).stdout).toContain(sampleId);
  });
});

describe('galley assign and list --assignee', () => {
  it('hands an article to the local user and lists it by assignee', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-assign-cli-'));
    const file = path.join(dir, 'library.galley');
    try {
      const listed = await runCliCaptured(['list', '--library', file, '--json']);
      const [sample] = (JSON.parse(listed.stdout) as { articles: { id: string }[] }).articles;
      const me = os.userInfo().username;
      const assigned = await runCliCaptured([
        'assign',
        '--library',
        file,
        '--id',
        sample!.id,
        '--to',
        me,
      ]);
      expect(assigned.stdout).toBe(`${sample!.id} is assigned to ${me}\n`);
      const mine = await runCliCaptured(['list', '--library', file, '--assignee', 'me', '--json']);
      expect(
        (JSON.parse(mine.stdout) as { articles: { id: string }[] }).articles.map((a) => a.id),
      ).toEqual([sample!.id]);
      const nobody = await runCliCaptured([
        'list',
        '--library',
        file,
        '--assignee',
        'nobody',
        '--json',
      ]);
      expect((JSON.parse(nobody.stdout) as { articles: unknown[] }).articles).toEqual([]);
      const unknown = await runCliCaptured([
        'assign',
        '--library',
        file,
        '--id',
        sample!.id,
        '--to',
        'Никто Неизвестный',
      ]);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('nobody named "Никто Неизвестный"');
      expect(
        (await runCliCaptured(['assign', '--library', file, '--id', sample!.id, '--nobody']))
          .stdout,
      ).toContain('assigned to nobody');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
