import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import { openLibrary } from '../library/openLibrary';
import { runLibraryExport } from './runLibraryExport';
import { annotateFirstCharacter } from '../../../test/support/annotateFirstCharacter';
import { fixedClockExportOptions } from '../../../test/support/fixedClockExportOptions';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-leak-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const anchorId = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
const body = (quote: string, extra = ''): TiptapNode => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '«' },
        { type: 'text', text: quote, marks: [{ type: 'quoteAnchor', attrs: { id: anchorId } }] },
        { type: 'text', text: `», — сказал Иван Петров.${extra}` },
      ],
    },
  ],
});

function readAll(root: string): string {
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(root, name))
    .filter((file) => fs.statSync(file).isFile())
    .map((file) => fs.readFileSync(file, 'latin1') + fs.readFileSync(file, 'utf8'))
    .join('\n');
}

describe('runLibraryExport', () => {
  it('never publishes private notes, history, revisions, drafts or internal statuses', async () => {
    const library = openLibrary(path.join(dir, 'library.sqlite'));
    const markers = {
      draft: 'MARKER-DRAFT-7f3a',
      version: 'MARKER-VERSION-91bc',
      note: 'MARKER-NOTE-c0de',
      checked: 'MARKER-CHECKED-5e11',
      override: 'MARKER-OVERRIDE-aa42',
      source: 'MARKER-SOURCE-0ff1',
    };
    const article = library.articles.create(
      { headline: 'Утечек нет', body: body(`Мы успеем ${markers.checked}`, ` ${markers.draft}`) },
      'anna',
    );
    library.articles.saveVersion(article.id, markers.version, 'anna');
    annotateFirstCharacter(library.articles, article.id, anchorId, Date.now());
    library.articles.quotes.update(
      anchorId,
      {
        speaker: 'Иван Петров',
        verdict: 'verified',
        note: markers.note,
        sourceKind: 'document',
        sourceRef: markers.source,
      },
      'checker',
      Date.now(),
    );
    // The checked wording changes and the draft sentence goes: both stay only in history.
    library.articles.update(article.id, { body: body('Мы успеем к весне') }, 'anna');
    library.articles.quotes.logOverride(article.id, {
      reason: markers.override,
      actor: 'editor',
      at: Date.now(),
      bodyHash: 'x',
      openQuotes: [],
    });
    library.articles.setStatus(article.id, 'editing', 'anna');
    library.articles.setStatus(article.id, 'fact-check', 'anna');

    const outDir = path.join(dir, 'site');
    const summary = await runLibraryExport(library, {
      outDir,
      baseUrl: 'https://news.example',
      selection: { all: true },
      actor: 'desk',
      allowUnverified: true,
    });
    expect(summary.failed).toEqual([]);
    expect(summary.written).toBe(2);
    const output = readAll(outDir);
    for (const marker of Object.values(markers)) expect(output, marker).not.toContain(marker);
    expect(output).not.toMatch(/fact-check|quoteAnchor|data-quote-id|quote-anchor/);
    expect(output).toMatch(/Мы\sуспеем\sк\sвесне/u);
    expect(output).toContain('Иван Петров');
    library.close();
  });

  it('holds back gated articles and exports the same bytes twice', async () => {
    const library = openLibrary(path.join(dir, 'gate.sqlite'));
    const [sample] = library.articles.list(0, 1);
    const first = path.join(dir, 'a');
    const second = path.join(dir, 'b');
    const progress: Array<[number, number]> = [];
    const gated = await runLibraryExport(library, {
      outDir: first,
      baseUrl: 'https://news.example',
      selection: { all: true },
      actor: 'desk',
      markPublished: false,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(gated.blocked.map((held) => [held.id, held.headline])).toEqual([
      [sample!.id, sample!.headline],
    ]);
    // The held-back article is counted in the progress as in the summary.
    expect(progress.at(-1)).toEqual([1, 1]);
    await runLibraryExport(library, fixedClockExportOptions(first));
    await runLibraryExport(library, fixedClockExportOptions(second));
    const names = fs.readdirSync(first, { recursive: true, encoding: 'utf8' }).sort();
    expect(fs.readdirSync(second, { recursive: true, encoding: 'utf8' }).sort()).toEqual(names);
    for (const name of names) {
      const file = path.join(first, name);
      if (fs.statSync(file).isFile())
        expect(fs.readFileSync(path.join(second, name)).equals(fs.readFileSync(file)), name).toBe(
          true,
        );
    }
    library.close();
  });

  it("rewrites an unchanged article's page when a correction is added, with the note in it", async () => {
    const library = openLibrary(path.join(dir, 'corrections.sqlite'));
    const [sample] = library.articles.list(0, 1);
    const outDir = path.join(dir, 'corrected');
    const options = fixedClockExportOptions(outDir);
    expect(await runLibraryExport(library, options)).toMatchObject({ written: 1 });
    expect(await runLibraryExport(library, options)).toMatchObject({ written: 0, unchanged: 1 });

    library.corrections.add(sample!.id, 'Уточнено название кластера.', 'desk', 1_700_000_100_000);
    expect(await runLibraryExport(library, options)).toMatchObject({ written: 1, unchanged: 0 });
    const page = fs
      .readdirSync(outDir, { recursive: true, encoding: 'utf8' })
      .find((name) => name.endsWith('index.html') && name !== 'index.html');
    const html = fs.readFileSync(path.join(outDir, page ?? ''), 'utf8');
    expect(html).toContain('<h2 id="corrections-heading">Исправление</h2>');
    expect(html).toContain('Уточнено название кластера.');
    expect(html).toContain('"@type":"CorrectionComment"');
    const ninjs = JSON.parse(
      fs.readFileSync(path.join(outDir, (page ?? '').replace(/html$/, 'json')), 'utf8'),
    ) as { descriptions?: Array<{ role: string; value: string }> };
    expect(ninjs.descriptions).toContainEqual(
      expect.objectContaining({
        role: 'correction',
        value: expect.stringContaining('Уточнено название кластера.') as string,
      }),
    );
    library.close();
  });
});
