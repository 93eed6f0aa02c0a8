import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../services/library/openLibrary';
import { runCliCaptured } from '../../test/support/runCliCaptured';
import { annotateFirstCharacter } from '../../test/support/annotateFirstCharacter';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-cli-publish-'));
const library = path.join(dir, 'library.sqlite');
const fixture = path.resolve(import.meta.dirname, '../../test/fixtures/seed-article-ru.txt');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => runCliCaptured([...args, '--library', library]);

describe('galley quotes', () => {
  it('finds exactly the one quotation of the seed page, spoken by Наталья Сергунина', async () => {
    const { code, stdout } = await run('quotes', fixture, '--json');
    expect(code).toBe(0);
    const { quotes } = JSON.parse(stdout) as { quotes: Array<Record<string, unknown>> };
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      speaker: 'Наталья Сергунина',
      cue: 'рассказала',
      inferred: false,
      speakerKind: 'person',
    });
    expect(quotes[0]?.['confidence']).toBeGreaterThanOrEqual(0.5);
    expect(String(quotes[0]?.['text'])).toMatch(/^Московский инновационный кластер объединяет/);
    expect(Object.keys(quotes[0] ?? {}).sort()).toEqual([
      'confidence',
      'cue',
      'end',
      'inferred',
      'role',
      'speaker',
      'speakerKind',
      'start',
      'text',
    ]);
  });
});

describe('galley import, export and the quote gate', () => {
  let id = '';

  it('imports the seed page and holds it back from export while its quote is unchecked', async () => {
    const imported = await run('import', fixture, '--json');
    expect(imported.code).toBe(0);
    id = (JSON.parse(imported.stdout) as { imported: Array<{ id: string }> }).imported[0]!.id;
    const out = path.join(dir, 'site');
    const held = await run(
      'export',
      '--ids',
      id,
      '--out',
      out,
      '--base-url',
      'https://news.example',
      '--json',
    );
    expect(held.code).toBe(0);
    const summary = JSON.parse(held.stdout) as {
      written: number;
      blocked: Array<{ id: string; headline: string; reason: string; rule: { code: string } }>;
    };
    expect(summary.written).toBe(0);
    expect(summary.blocked).toEqual([
      {
        id,
        headline: 'Московский инновационный кластер выходит на международный уровень',
        reason: expect.stringContaining('not verified') as unknown,
        rule: expect.objectContaining({ code: 'quotes_open' }) as unknown,
      },
    ]);
  });

  it('exports with --allow-unverified, marks published, and re-exports nothing when unchanged', async () => {
    const out = path.join(dir, 'site');
    const first = await run('export', '--ids', id, '--out', out, '--allow-unverified', '--json');
    expect(JSON.parse(first.stdout)).toMatchObject({
      written: 1,
      unchanged: 0,
      failed: 0,
      published: 1,
    });
    const second = await run('export', '--ids', id, '--out', out, '--allow-unverified', '--json');
    expect(JSON.parse(second.stdout)).toMatchObject({ written: 0, unchanged: 1, failed: 0 });
    expect(fs.existsSync(path.join(out, 'manifest.json'))).toBe(true);
    expect(
      (JSON.parse((await run('show', id, '--json')).stdout) as { status: string }).status,
    ).toBe('published');
  });

  it('prints annotations as W3C Web Annotation JSON-LD', async () => {
    const lib = openLibrary(library);
    const article = lib.articles.get(id)!;
    annotateFirstCharacter(lib.articles, id, '01ARZ3NDEKTSV4RRFFQ69G5FAV', article.updatedAt);
    lib.close();
    const { stdout } = await run('quotes', '--article', id, '--annotations');
    const collection = JSON.parse(stdout) as {
      type: string;
      first: { items: Array<{ target: { selector: Array<{ type: string }> } }> };
    };
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.items[0]?.target.selector.map((selector) => selector.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
  });

  it('refuses bad export options in one line', async () => {
    for (const args of [
      ['export'],
      ['export', '--out', dir, '--all', '--status', 'ready'],
      ['export', '--out', dir, '--ids', '../x'],
      ['export', '--out', dir, '--since', 'yesterday'],
    ]) {
      const { code, stderr } = await run(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
