import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import { openLibrary, type Library } from '../library/openLibrary';
import { runLibraryExport, type LibraryExportOptions } from './runLibraryExport';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-stamps-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const paragraph = (text: string): TiptapNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** Every file of the folder with the identity of its bytes on disk (a rewrite is a new inode). */
function snapshot(outDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    const stats = fs.statSync(path.join(outDir, name));
    if (stats.isFile() && !name.startsWith('.')) files.set(name, `${stats.ino}:${stats.size}`);
  }
  return files;
}

/** Files written (new or replaced) and files gone between two snapshots, sorted. */
function difference(before: Map<string, string>, after: Map<string, string>) {
  const written = [...after].filter(([name, id]) => before.get(name) !== id).map(([name]) => name);
  const removed = [...before.keys()].filter((name) => !after.has(name));
  return { written: written.sort(), removed: removed.sort() };
}

interface Desk {
  library: Library;
  outDir: string;
  ids: { a: string; b: string; c: string; d: string };
  options: LibraryExportOptions;
}

let counter = 0;
function openDesk(): Desk {
  counter += 1;
  const library = openLibrary(path.join(root, `library-${counter}.sqlite`));
  const create = (headline: string, rubric: string, text: string) =>
    library.articles.create({ headline, rubric, body: paragraph(text) }, 'anna').id;
  const b = create('Мост открыт', 'Город', 'Мост открыли "утром" - без речей.');
  const a = library.articles.create(
    {
      headline: 'Реку перекрыли',
      rubric: 'Город',
      body: paragraph('Движение по реке закрыли на 3 дня.'),
      related: [{ relatedId: b, headline: 'Мост открыт' }],
    },
    'anna',
  ).id;
  const c = create('Школа готова', 'Общество', 'Школу откроют 1 сентября.');
  const d = create('Погода', 'Общество', 'Завтра дождь.');
  // One article already published: its page carries its own time, not the export's.
  library.articles.markPublished([d], 1_690_000_000_000, 'desk');
  const outDir = path.join(root, `site-${counter}`);
  return {
    library,
    outDir,
    ids: { a, b, c, d },
    options: {
      outDir,
      baseUrl: 'https://news.example',
      selection: { ids: [a, b, c, d] },
      actor: 'desk',
      allowUnverified: true,
      markPublished: false,
      now: () => 1_700_000_000_000,
    },
  };
}

function folderOf(desk: Desk, id: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(desk.outDir, 'manifest.json'), 'utf8')) as {
    articles: Array<{ id: string; path: string }>;
  };
  const entry = manifest.articles.find((article) => article.id === id);
  if (!entry) throw new Error(`${id} is not in the manifest`);
  return entry.path;
}

const pages = (folder: string) => [`${folder}index.html`, `${folder}index.json`];

/** Exports, changes something, exports again: what the second export wrote and removed. */
async function rewrittenBy(
  desk: Desk,
  change: () => void,
  options: Partial<LibraryExportOptions> = {},
) {
  await runLibraryExport(desk.library, desk.options);
  const before = snapshot(desk.outDir);
  change();
  const summary = await runLibraryExport(desk.library, { ...desk.options, ...options });
  expect(summary.failed).toEqual([]);
  return difference(before, snapshot(desk.outDir));
}

describe('re-export by stamps', () => {
  let desk: Desk;
  beforeEach(() => {
    desk = openDesk();
  });

  it('rewrites nothing, not even the index or manifest, when nothing changed', async () => {
    expect(await rewrittenBy(desk, () => {})).toEqual({ written: [], removed: [] });
    // The stamps answer for every article: not one is read whole.
    const reads = vi.spyOn(desk.library.articles, 'get');
    const again = await runLibraryExport(desk.library, desk.options);
    expect(again).toMatchObject({ written: 0, unchanged: 4 });
    expect(reads).not.toHaveBeenCalled();
  });

  it('marking the exported articles published changes nothing for the next export', async () => {
    const publishing = { ...desk.options, markPublished: true };
    const first = await runLibraryExport(desk.library, publishing);
    expect(first.published).toBe(3);
    const before = snapshot(desk.outDir);
    const reads = vi.spyOn(desk.library.articles, 'get');
    // A later clock: the pages show the stored publication time now, the same as before.
    await runLibraryExport(desk.library, { ...publishing, now: () => 1_720_000_000_000 });
    expect(reads).not.toHaveBeenCalled();
    expect(difference(before, snapshot(desk.outDir))).toEqual({ written: [], removed: [] });
  });

  it('a new version of an article rewrites its page and the manifest only', async () => {
    const { d } = desk.ids;
    const result = await rewrittenBy(desk, () => {
      desk.library.articles.update(d, { body: paragraph('Завтра снег.') }, 'anna');
    });
    expect(result).toEqual({
      written: [...pages(folderOf(desk, d)), 'manifest.json'].sort(),
      removed: [],
    });
  });

  it('a headline rewrites the article, the pages that link to it, the index and manifest', async () => {
    const { a, b } = desk.ids;
    const result = await rewrittenBy(desk, () => {
      desk.library.articles.update(b, { headline: 'Мост закрыт', slug: 'most-otkryt' }, 'anna');
    });
    expect(result).toEqual({
      written: [
        ...pages(folderOf(desk, b)),
        ...pages(folderOf(desk, a)),
        'index.html',
        'manifest.json',
      ].sort(),
      removed: [],
    });
    expect(
      fs.readFileSync(path.join(desk.outDir, folderOf(desk, a), 'index.html'), 'utf8'),
    ).toContain('Мост закрыт');
    // Only the changed article and the one linking to it were read again.
    const reads = vi.spyOn(desk.library.articles, 'get');
    desk.library.articles.update(b, { headline: 'Мост снова открыт', slug: 'most-otkryt' }, 'anna');
    await runLibraryExport(desk.library, desk.options);
    expect(reads.mock.calls.map(([id]) => id).sort()).toEqual([a, b].sort());
  });

  it('a slug moves the article and rewrites the pages that link to it', async () => {
    const { a, b } = desk.ids;
    await runLibraryExport(desk.library, desk.options);
    const old = folderOf(desk, b);
    const result = await rewrittenBy(desk, () => {
      desk.library.articles.update(b, { slug: 'most-snova' }, 'anna');
    });
    expect(folderOf(desk, b)).toBe('gorod/most-snova/');
    expect(result).toEqual({
      written: [
        ...pages('gorod/most-snova/'),
        ...pages(folderOf(desk, a)),
        'index.html',
        'manifest.json',
      ].sort(),
      removed: pages(old),
    });
    expect(
      fs.readFileSync(path.join(desk.outDir, folderOf(desk, a), 'index.html'), 'utf8'),
    ).toContain('https://news.example/gorod/most-snova/');
  });

  it('the quote ledger rewrites the ninjs of its article and the manifest', async () => {
    const { c } = desk.ids;
    const result = await rewrittenBy(desk, () => {
      const id = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
      desk.library.articles.quotes.create(
        { id, articleId: c, kind: 'inline', exact: 'Ш', prefix: '', suffix: '', start: 0, end: 1 },
        'checker',
        1_700_000_000_000,
      );
      desk.library.articles.quotes.update(
        id,
        { speaker: 'Анна Петрова' },
        'checker',
        1_700_000_000_001,
      );
    });
    expect(result).toEqual({
      written: [`${folderOf(desk, c)}index.json`, 'manifest.json'].sort(),
      removed: [],
    });
    expect(
      fs.readFileSync(path.join(desk.outDir, folderOf(desk, c), 'index.json'), 'utf8'),
    ).toContain('Анна Петрова');
  });

  it('a correction rewrites its article and the manifest', async () => {
    const { c } = desk.ids;
    const result = await rewrittenBy(desk, () => {
      desk.library.corrections.add(c, 'Школу откроют 2 сентября.', 'editor', 1_700_000_000_000);
    });
    expect(result).toEqual({
      written: [...pages(folderOf(desk, c)), 'manifest.json'].sort(),
      removed: [],
    });
  });

  it('the publication time rewrites the articles not yet published, the index and manifest', async () => {
    const { a, b, c } = desk.ids;
    const result = await rewrittenBy(desk, () => {}, { now: () => 1_710_000_000_000 });
    expect(result).toEqual({
      written: [a, b, c]
        .flatMap((id) => pages(folderOf(desk, id)))
        .concat('index.html', 'manifest.json')
        .sort(),
      removed: [],
    });
  });

  it('the site settings rewrite every page, the index and manifest', async () => {
    const every = () => Object.values(desk.ids).flatMap((id) => pages(folderOf(desk, id)));
    const named = await rewrittenBy(desk, () => {}, { siteName: 'Вести' });
    // The site's name is on the pages, not in ninjs: only the pages change.
    expect(named).toEqual({
      written: [
        ...every().filter((name) => name.endsWith('.html')),
        'index.html',
        'manifest.json',
      ].sort(),
      removed: [],
    });
    const moved = await rewrittenBy(desk, () => {}, { baseUrl: 'https://other.example' });
    expect(moved).toEqual({
      written: [...every(), 'index.html', 'manifest.json'].sort(),
      removed: [],
    });
  });

  it('writes the same bytes as an export that reads every article', async () => {
    const { a, b } = desk.ids;
    await runLibraryExport(desk.library, desk.options);
    desk.library.articles.update(b, { headline: 'Мост закрыт' }, 'anna');
    desk.library.articles.update(a, { lede: 'Коротко.' }, 'anna');
    await runLibraryExport(desk.library, desk.options);
    const fresh = { ...desk.options, outDir: path.join(root, `fresh-${counter}`) };
    await runLibraryExport(desk.library, fresh);
    const names = [...snapshot(desk.outDir).keys()].sort();
    expect([...snapshot(fresh.outDir).keys()].sort()).toEqual(names);
    for (const name of names) {
      const left = fs.readFileSync(path.join(desk.outDir, name));
      expect(left.equals(fs.readFileSync(path.join(fresh.outDir, name))), name).toBe(true);
    }
  });
});
