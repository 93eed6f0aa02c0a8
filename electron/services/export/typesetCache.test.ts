import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import { applyTypography } from '../../../shared/typography/applyTypography';
import { openLibrary, type Library } from '../library/openLibrary';
import { runLibraryExport, type LibraryExportOptions } from './runLibraryExport';
import { typesetEntryKey, typesetMemo } from './typesetMemo';
import { fixedClockExportOptions } from '../../../test/support/fixedClockExportOptions';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-typeset-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const paragraph = (text: string): TiptapNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** Every file of the folder (staged dot-files aside) with its text. */
function contents(outDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(outDir, name);
    if (fs.statSync(file).isFile() && !path.basename(name).startsWith('.'))
      files.set(name, fs.readFileSync(file, 'utf8'));
  }
  return files;
}

let counter = 0;
function exportOptions(): LibraryExportOptions {
  counter += 1;
  return fixedClockExportOptions(path.join(root, `site-${counter}`));
}

interface KeptRow {
  typographer: string;
  entries: string;
}

function keptRow(library: Library, id: string): KeptRow | undefined {
  return library.db
    .prepare<[string], KeptRow>(
      'SELECT typographer, entries FROM article_typeset WHERE article_id = ?',
    )
    .get(id);
}

/** Puts `marker` in place of the kept result for `text`: a page showing it was not typeset anew. */
function plantKeptResult(library: Library, id: string, text: string, marker: string): void {
  const row = keptRow(library, id);
  if (!row) throw new Error('nothing kept');
  const entries = new Map(JSON.parse(row.entries) as Array<[string, string]>);
  const key = typesetEntryKey(text, 'ru');
  expect(entries.has(key)).toBe(true);
  entries.set(key, marker);
  library.db
    .prepare('UPDATE article_typeset SET entries = ? WHERE article_id = ?')
    .run(JSON.stringify([...entries]), id);
}

describe('typesetting kept between exports', () => {
  it('is read back instead of typesetting again, and gives the same pages', async () => {
    const library = openLibrary(path.join(root, 'kept.sqlite'));
    const text = 'Мост открыли "утром" - без речей.';
    const id = library.articles.create(
      { headline: 'Мост открыт', rubric: 'Город', body: paragraph(text) },
      'anna',
    ).id;
    const first = exportOptions();
    await runLibraryExport(library, first);
    expect(keptRow(library, id)).toBeDefined();

    // Rendered again from what was kept: byte for byte the same site.
    const again = exportOptions();
    await runLibraryExport(library, { ...again, force: true });
    expect(contents(again.outDir)).toEqual(contents(first.outDir));

    // And what was kept is what the page shows.
    plantKeptResult(library, id, text, 'KEPT-RESULT');
    const planted = exportOptions();
    await runLibraryExport(library, { ...planted, force: true });
    expect(contents(planted.outDir).get(path.join('gorod', 'most-otkryt', 'index.html'))).toContain(
      'KEPT-RESULT',
    );
    library.close();
  });

  it('typesets changed text afresh: the pages equal an export that kept nothing', async () => {
    const library = openLibrary(path.join(root, 'changed.sqlite'));
    const text = 'Мост открыли "утром" - без речей.';
    const id = library.articles.create(
      { headline: 'Мост открыт', rubric: 'Город', body: paragraph(text) },
      'anna',
    ).id;
    await runLibraryExport(library, exportOptions());
    plantKeptResult(library, id, text, 'STALE-RESULT');

    const changed = 'Мост закрыли "вечером" - на ремонт.';
    library.articles.update(id, { headline: 'Мост закрыт', body: paragraph(changed) }, 'anna');
    const cached = exportOptions();
    await runLibraryExport(library, cached);
    const pages = contents(cached.outDir);
    expect([...pages.values()].some((page) => page.includes('STALE-RESULT'))).toBe(false);
    // The new text typeset: its dash as typography makes it.
    expect(applyTypography(changed, 'ru')).toContain('— на\u00a0ремонт');
    expect([...pages.values()].some((page) => page.includes('— на\u00a0ремонт'))).toBe(true);

    // Kept text replaced by what this render used; nothing kept gives the same pages.
    expect(keptRow(library, id)?.entries).not.toContain('STALE-RESULT');
    library.db.prepare('DELETE FROM article_typeset').run();
    const fresh = exportOptions();
    await runLibraryExport(library, fresh);
    expect(contents(fresh.outDir)).toEqual(pages);
    library.close();
  });

  it('ignores what another typographer kept', async () => {
    const library = openLibrary(path.join(root, 'typographer.sqlite'));
    const text = 'Школу откроют "1 сентября" - как обещали.';
    const id = library.articles.create(
      { headline: 'Школа готова', rubric: 'Общество', body: paragraph(text) },
      'anna',
    ).id;
    const first = exportOptions();
    await runLibraryExport(library, first);
    plantKeptResult(library, id, text, 'OTHER-TYPOGRAPHER');
    library.db.prepare("UPDATE article_typeset SET typographer = 'an older typographer'").run();

    const again = exportOptions();
    await runLibraryExport(library, { ...again, force: true });
    expect(contents(again.outDir)).toEqual(contents(first.outDir));
    expect(keptRow(library, id)?.typographer).not.toBe('an older typographer');
    library.close();
  });

  it('leaves kept text alone when the article is not rendered, and goes with the article', async () => {
    const library = openLibrary(path.join(root, 'unchanged.sqlite'));
    const id = library.articles.create(
      { headline: 'Погода', rubric: 'Общество', body: paragraph('Завтра "дождь".') },
      'anna',
    ).id;
    const options = exportOptions();
    await runLibraryExport(library, options);
    const kept = keptRow(library, id);
    const again = await runLibraryExport(library, options);
    expect(again.written).toBe(0);
    expect(keptRow(library, id)).toEqual(kept);

    library.articles.delete(id, 'anna');
    expect(keptRow(library, id)).toBeUndefined();
    library.close();
  });
});

describe('typesetMemo', () => {
  it('typesets each text once, answers from what it knows, and tells when that changed', () => {
    const asked: string[] = [];
    const typography = (text: string) => {
      asked.push(text);
      return text.toUpperCase();
    };
    const known = new Map([[typesetEntryKey('old', 'en'), 'OLD (kept)']]);
    const memo = typesetMemo(typography, known);
    expect(memo.changed()).toBe(false);
    expect(memo.typography('old', 'en')).toBe('OLD (kept)');
    expect(memo.changed()).toBe(false);
    expect(memo.typography('new', 'en')).toBe('NEW');
    expect(memo.typography('new', 'en')).toBe('NEW');
    expect(asked).toEqual(['new']);
    expect(memo.changed()).toBe(true);
    expect(memo.used.get(typesetEntryKey('new', 'en'))).toBe('NEW');
  });
});
