import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import { openLibrary, type Library } from '../library/openLibrary';
import type * as PageReader from './exportPageReader';
import { runLibraryExport, type LibraryExportOptions } from './runLibraryExport';
import { fixedClockExportOptions } from '../../../test/support/fixedClockExportOptions';

// The articles an export reads a page at a time, by id: with `articles.get` (the checked
// path), every article the export reads.
const pageReads = vi.hoisted(() => [] as string[]);
vi.mock('./exportPageReader', async (importOriginal) => {
  const real = await importOriginal<typeof PageReader>();
  return {
    ...real,
    exportPageReader: (db: Parameters<typeof real.exportPageReader>[0]) => {
      const read = real.exportPageReader(db);
      return (ids: readonly string[]) => {
        pageReads.push(...ids);
        return read(ids);
      };
    },
  };
});

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
    options: fixedClockExportOptions(outDir, { selection: { ids: [a, b, c, d] } }),
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
/** These articles' pages, the index and the manifest, sorted as `written` lists them. */
const pagesAndSiteFiles = (desk: Desk, ...ids: string[]) =>
  [...ids.flatMap((id) => pages(folderOf(desk, id))), 'index.html', 'manifest.json'].sort();
/** An article's exported page as it is now. */
const pageOf = (desk: Desk, id: string) =>
  fs.readFileSync(path.join(desk.outDir, folderOf(desk, id), 'index.html'), 'utf8');

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
    pageReads.length = 0;
    const again = await runLibraryExport(desk.library, desk.options);
    expect(again).toMatchObject({ written: 0, unchanged: 4 });
    expect(reads).not.toHaveBeenCalled();
    expect(pageReads).toEqual([]);
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
    expect(pageOf(desk, a)).toContain('Мост закрыт');
    // Only the changed article and the one linking to it were read again.
    const reads = vi.spyOn(desk.library.articles, 'get');
    desk.library.articles.update(b, { headline: 'Мост снова открыт', slug: 'most-otkryt' }, 'anna');
    pageReads.length = 0;
    await runLibraryExport(desk.library, desk.options);
    expect([...pageReads, ...reads.mock.calls.map(([id]) => id)].sort()).toEqual([a, b].sort());
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
    expect(pageOf(desk, a)).toContain('https://news.example/gorod/most-snova/');
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

/** Reads of the folder's manifest during `run`: the one thing a full re-export must parse. */
async function manifestReads(desk: Desk, run: () => Promise<unknown>): Promise<number> {
  const reads = vi.spyOn(fs, 'readFileSync');
  try {
    await run();
    return reads.mock.calls.filter(([file]) => String(file).endsWith('manifest.json')).length;
  } finally {
    reads.mockRestore();
  }
}

describe('re-export of an unchanged library and folder', () => {
  let desk: Desk;
  beforeEach(() => {
    desk = openDesk();
  });

  it('answers from the record of the last export: no article, manifest or index is read', async () => {
    await runLibraryExport(desk.library, desk.options);
    const before = snapshot(desk.outDir);
    const articleReads = vi.spyOn(desk.library.articles, 'get');
    pageReads.length = 0;
    let summary: Awaited<ReturnType<typeof runLibraryExport>> | undefined;
    expect(
      await manifestReads(desk, async () => {
        summary = await runLibraryExport(desk.library, desk.options);
      }),
    ).toBe(0);
    expect(summary).toMatchObject({ written: 0, unchanged: 4, removed: 0, failed: [] });
    expect(articleReads).not.toHaveBeenCalled();
    expect(pageReads).toEqual([]);
    expect(difference(before, snapshot(desk.outDir))).toEqual({ written: [], removed: [] });
  });

  it('after publishing the exported articles, the next export answers from the record too', async () => {
    const publishing = { ...desk.options, markPublished: true };
    await runLibraryExport(desk.library, publishing);
    const later = { ...publishing, now: () => 1_720_000_000_000 };
    expect(await manifestReads(desk, () => runLibraryExport(desk.library, later))).toBe(0);
  });

  it('the same export at a later time is done in full while a page shows the export time', async () => {
    await runLibraryExport(desk.library, desk.options);
    const later = { ...desk.options, now: () => 1_710_000_000_000 };
    expect(await manifestReads(desk, () => runLibraryExport(desk.library, later))).toBeGreaterThan(
      0,
    );
  });

  it('holds back the same articles as the export it answers for', async () => {
    const gated = { ...desk.options, allowUnverified: false };
    const { c } = desk.ids;
    desk.library.articles.quotes.create(
      {
        id: '01ARZ3NDEKTSV4RRFFQ69G5FAW',
        articleId: c,
        kind: 'inline',
        exact: 'Ш',
        prefix: '',
        suffix: '',
        start: 0,
        end: 1,
      },
      'checker',
      1_700_000_000_000,
    );
    const first = await runLibraryExport(desk.library, gated);
    expect(first.blocked.map((item) => item.id)).toEqual([c]);
    const again = await runLibraryExport(desk.library, gated);
    expect(again).toMatchObject({ written: 0, unchanged: 3 });
    expect(again.blocked).toEqual(first.blocked);
  });

  it('an article folder deleted by hand is written again', async () => {
    const { c } = desk.ids;
    await runLibraryExport(desk.library, desk.options);
    const folder = folderOf(desk, c);
    fs.rmSync(path.join(desk.outDir, folder), { recursive: true });
    const summary = await runLibraryExport(desk.library, desk.options);
    expect(summary).toMatchObject({ written: 1, unchanged: 3 });
    for (const page of pages(folder))
      expect(fs.existsSync(path.join(desk.outDir, page))).toBe(true);
  });

  it('a manifest or index edited or deleted by hand is made again', async () => {
    await runLibraryExport(desk.library, desk.options);
    const manifest = path.join(desk.outDir, 'manifest.json');
    const index = path.join(desk.outDir, 'index.html');
    const manifestText = fs.readFileSync(manifest, 'utf8');
    const indexText = fs.readFileSync(index, 'utf8');
    fs.writeFileSync(index, 'edited by hand');
    await runLibraryExport(desk.library, desk.options);
    expect(fs.readFileSync(index, 'utf8')).toBe(indexText);
    fs.rmSync(manifest);
    await runLibraryExport(desk.library, desk.options);
    expect(fs.readFileSync(manifest, 'utf8')).toBe(manifestText);
    // An entry taken out by hand: the article is written again and the manifest lists it again.
    const edited = JSON.parse(manifestText) as { articles: Array<{ id: string }> };
    edited.articles = edited.articles.filter((entry) => entry.id !== desk.ids.d);
    fs.writeFileSync(manifest, JSON.stringify(edited, null, 2));
    expect(await runLibraryExport(desk.library, desk.options)).toMatchObject({ written: 1 });
    expect(fs.readFileSync(manifest, 'utf8')).toBe(manifestText);
  });

  it('a change made behind the app, with sqlite, is exported', async () => {
    const { c } = desk.ids;
    const result = await rewrittenBy(desk, () => {
      desk.library.db
        .prepare(
          'INSERT INTO article_corrections (article_id, at, text, actor) VALUES (?, ?, ?, ?)',
        )
        .run(c, 1_700_000_000_000, 'Школу откроют 2 сентября.', 'editor');
    });
    expect(result).toEqual({
      written: [...pages(folderOf(desk, c)), 'manifest.json'].sort(),
      removed: [],
    });
  });

  it('a renamed related article rewrites the page that links to it', async () => {
    const { a, b } = desk.ids;
    await runLibraryExport(desk.library, desk.options);
    const result = await rewrittenBy(desk, () => {
      desk.library.db
        .prepare('UPDATE articles SET headline = ? WHERE id = ?')
        .run('Мост разведён', b);
    });
    expect(result.written).toEqual(pagesAndSiteFiles(desk, b, a));
    expect(pageOf(desk, a)).toContain('Мост разведён');
  });

  it("another folder, or other site settings, do not use this folder's record", async () => {
    await runLibraryExport(desk.library, desk.options);
    const elsewhere = { ...desk.options, outDir: path.join(root, `other-${counter}`) };
    expect(await runLibraryExport(desk.library, elsewhere)).toMatchObject({ written: 4 });
    const renamed = { ...desk.options, siteName: 'Вести' };
    expect(await runLibraryExport(desk.library, renamed)).toMatchObject({ written: 4 });
    const selected = { ...desk.options, selection: { ids: [desk.ids.a] } };
    expect(
      await manifestReads(desk, () => runLibraryExport(desk.library, selected)),
    ).toBeGreaterThan(0);
  });
});

/** Files under the folder that `run` looked at (stat), relative to it. */
async function filesLookedAt(desk: Desk, run: () => Promise<unknown>): Promise<string[]> {
  const stats = vi.spyOn(fs, 'statSync');
  try {
    await run();
    const prefix = `${fs.realpathSync(desk.outDir)}${path.sep}`;
    return stats.mock.calls
      .map(([file]) => String(file))
      .filter((file) => file.startsWith(prefix))
      .map((file) => file.slice(prefix.length));
  } finally {
    stats.mockRestore();
  }
}

/**
 * Every file of the folder holds the bytes a forced export writes into `copy`, a copy of the
 * folder as it was before the change (an article left out keeps its files there too).
 */
async function expectFullExportBytes(desk: Desk, copy: string): Promise<void> {
  const fresh = { ...desk.options, outDir: copy, force: true };
  await runLibraryExport(desk.library, fresh);
  const names = [...snapshot(desk.outDir).keys()].sort();
  expect([...snapshot(fresh.outDir).keys()].sort()).toEqual(names);
  for (const name of names) {
    const left = fs.readFileSync(path.join(desk.outDir, name));
    expect(left.equals(fs.readFileSync(path.join(fresh.outDir, name))), name).toBe(true);
  }
}

describe('a re-export after a few changes patches the folder', () => {
  let desk: Desk;
  beforeEach(() => {
    desk = openDesk();
  });

  /** Exports, changes, re-exports: what was written and removed, and what was looked at. */
  async function patchedBy(change: () => void, options: Partial<LibraryExportOptions> = {}) {
    await runLibraryExport(desk.library, desk.options);
    const before = snapshot(desk.outDir);
    counter += 1;
    const copy = path.join(root, `forced-${counter}`);
    fs.cpSync(desk.outDir, copy, { recursive: true });
    change();
    let summary: Awaited<ReturnType<typeof runLibraryExport>> | undefined;
    const looked = await filesLookedAt(desk, async () => {
      summary = await runLibraryExport(desk.library, { ...desk.options, ...options });
    });
    expect(summary?.failed).toEqual([]);
    await expectFullExportBytes(desk, copy);
    return { ...difference(before, snapshot(desk.outDir)), looked, summary: summary! };
  }

  const untouched = (looked: string[], ...ids: string[]) =>
    ids
      .map((id) => folderOf(desk, id))
      .filter((folder) => looked.some((f) => f.startsWith(folder)));

  it('a headline rewrites the article, the page linking to it, the index and manifest, and looks at nothing else', async () => {
    const { a, b, c, d } = desk.ids;
    const result = await patchedBy(() => {
      desk.library.articles.update(b, { headline: 'Мост закрыт', slug: 'most-otkryt' }, 'anna');
    });
    expect(result.written).toEqual(pagesAndSiteFiles(desk, b, a));
    expect(result.summary).toMatchObject({ written: 2, unchanged: 2, removed: 0 });
    // The pages of the other articles are not even looked at: the folder is patched.
    expect(untouched(result.looked, c, d)).toEqual([]);
  });

  it('a slug moves the article, removes its old folder and relinks the page linking to it', async () => {
    const { a, b, c, d } = desk.ids;
    await runLibraryExport(desk.library, desk.options);
    const old = folderOf(desk, b);
    const result = await patchedBy(() => {
      desk.library.articles.update(b, { slug: 'most-snova' }, 'anna');
    });
    expect(result.written).toEqual(
      [
        ...pages('gorod/most-snova/'),
        ...pages(folderOf(desk, a)),
        'index.html',
        'manifest.json',
      ].sort(),
    );
    expect(result.removed).toEqual(pages(old));
    expect(fs.existsSync(path.join(desk.outDir, old))).toBe(false);
    expect(untouched(result.looked, c, d)).toEqual([]);
  });

  it('a folder whose entries are gone is exported in full and right', async () => {
    const { a, b, c, d } = desk.ids;
    const result = await patchedBy(() => {
      desk.library.db.prepare('DELETE FROM export_entries').run();
      desk.library.articles.update(b, { headline: 'Мост закрыт', slug: 'most-otkryt' }, 'anna');
    });
    expect(result.written).toEqual(pagesAndSiteFiles(desk, b, a));
    // The full path checks every article's files, these two's too.
    expect(untouched(result.looked, c, d)).not.toEqual([]);
  });

  it('a body rewrites its page and the manifest, not the index', async () => {
    const { a, b, c, d } = desk.ids;
    const result = await patchedBy(() => {
      desk.library.articles.update(d, { body: paragraph('Завтра снег.') }, 'anna');
    });
    expect(result.written).toEqual([...pages(folderOf(desk, d)), 'manifest.json'].sort());
    expect(untouched(result.looked, a, b, c)).toEqual([]);
  });

  it('a headline that another page names in its related headlines links that page to it', async () => {
    const { c, d } = desk.ids;
    // A related headline written by hand, linked to no article: it links by its words.
    desk.library.articles.update(
      c,
      { related: [{ relatedId: null, headline: 'Погода на завтра' }] },
      'anna',
    );
    const result = await patchedBy(() => {
      desk.library.articles.update(d, { headline: 'Погода на завтра' }, 'anna');
    });
    expect(result.written).toEqual(pagesAndSiteFiles(desk, c, d));
    expect(pageOf(desk, c)).toContain(`https://news.example/${folderOf(desk, d)}`);
    // And renamed away again, the link goes.
    const away = await patchedBy(() => {
      desk.library.articles.update(d, { headline: 'Погода' }, 'anna');
    });
    expect(away.written).toContain(`${folderOf(desk, c)}index.html`);
    expect(untouched([...result.looked, ...away.looked], desk.ids.a, desk.ids.b)).toEqual([]);
  });

  it('a new publication time moves the article in the index', async () => {
    const { d } = desk.ids;
    const result = await patchedBy(() => {
      desk.library.db
        .prepare('UPDATE articles SET published_at = ? WHERE id = ?')
        .run(1_730_000_000_000, d);
    });
    expect(result.written).toEqual(
      [...pages(folderOf(desk, d)), 'index.html', 'manifest.json'].sort(),
    );
    const index = fs.readFileSync(path.join(desk.outDir, 'index.html'), 'utf8');
    expect(untouched(result.looked, desk.ids.a, desk.ids.b, desk.ids.c)).toEqual([]);
    expect(index.indexOf(folderOf(desk, d))).toBeLessThan(
      index.indexOf(folderOf(desk, desk.ids.a)),
    );
  });

  it('a quote ledger and a correction change only their article', async () => {
    const { c } = desk.ids;
    const result = await patchedBy(() => {
      desk.library.corrections.add(c, 'Школу откроют 2 сентября.', 'editor', 1_700_000_000_000);
      desk.library.articles.quotes.create(
        {
          id: '01ARZ3NDEKTSV4RRFFQ69G5FAX',
          articleId: c,
          kind: 'inline',
          exact: 'Ш',
          prefix: '',
          suffix: '',
          start: 0,
          end: 1,
        },
        'checker',
        1_700_000_000_000,
      );
    });
    expect(result.written).toEqual([...pages(folderOf(desk, c)), 'manifest.json'].sort());
  });

  it('an article leaving the export, or one held back, is exported in full and right', async () => {
    const { b, c } = desk.ids;
    const gone = await patchedBy(() => {
      desk.library.articles.delete(b, 'anna');
    });
    // Not pruned: its files and entry stay, so the page linking to it still links there.
    expect(gone.written).toEqual([]);
    expect(fs.existsSync(path.join(desk.outDir, folderOf(desk, b)))).toBe(true);
    const gated = { ...desk.options, allowUnverified: false };
    desk.options = gated;
    const held = await patchedBy(() => {
      desk.library.articles.quotes.create(
        {
          id: '01ARZ3NDEKTSV4RRFFQ69G5FAY',
          articleId: c,
          kind: 'inline',
          exact: 'Ш',
          prefix: '',
          suffix: '',
          start: 0,
          end: 1,
        },
        'checker',
        1_700_000_000_000,
      );
    });
    expect(held.summary.blocked.map((item) => item.id)).toEqual([c]);
  });

  it('a change to an article the export does not take changes nothing but its held-back entry', async () => {
    const { c } = desk.ids;
    const gated = { ...desk.options, allowUnverified: false };
    desk.options = gated;
    desk.library.articles.quotes.create(
      {
        id: '01ARZ3NDEKTSV4RRFFQ69G5FAZ',
        articleId: c,
        kind: 'inline',
        exact: 'Ш',
        prefix: '',
        suffix: '',
        start: 0,
        end: 1,
      },
      'checker',
      1_700_000_000_000,
    );
    const result = await patchedBy(() => {
      desk.library.articles.update(c, { headline: 'Школа почти готова' }, 'anna');
    });
    expect(result.written).toEqual([]);
    expect(result.summary.blocked.map((item) => item.headline)).toEqual(['Школа почти готова']);
  });
});
