import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import {
  englishSampleArticle,
  hostileArticle,
  folderBytes,
  listFiles,
  memorySource,
  russianSampleArticle,
  samplePublishAt,
  sampleSite,
} from '../../../test/support/exportSamples';
import { openLibrary } from '../library/openLibrary';
import { startExportRenderPool } from './exportRenderPool';
import { exportSite, type RenderPoolSettings } from './exportSite';
import { exportWithRenderPool } from '../../../test/support/exportWithRenderPool';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-render-pool-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

// Threads from the first article on, so a handful of articles goes through them.
const threads: RenderPoolSettings = { threads: 2, after: 0, from: 0 };
const noThreads: RenderPoolSettings = { threads: 0, after: 0, from: 0 };

const paragraph = (text: string): TiptapNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('the export render threads', () => {
  it('write the same files and report the same failures as rendering on one thread', async () => {
    const articles = () => {
      const english = englishSampleArticle();
      english.related.push({ headline: russianSampleArticle().headline });
      const missingImage = {
        ...englishSampleArticle(),
        id: '01JX00000000000000000000M1',
        slug: 'missing-image',
        body: {
          type: 'doc',
          content: [{ type: 'figure', attrs: { imageId: 'f'.repeat(64), alt: '', caption: '' } }],
        },
      };
      // Same folder as the English sample: the later id loses it, as on one thread.
      const twin = { ...englishSampleArticle(), id: '01JX00000000000000000000Z9' };
      return [russianSampleArticle(), english, hostileArticle(), missingImage, twin];
    };
    const run = async (renderPool: RenderPoolSettings, name: string) => {
      const outDir = path.join(root, name);
      const progress: Array<string | undefined> = [];
      const summary = await exportSite({
        source: memorySource(articles()),
        outDir,
        site: { ...sampleSite, siteName: 'Вести' },
        publishAt: samplePublishAt,
        renderPool,
        onProgress: (_done, _total, current) => progress.push(current),
      });
      return { summary: { ...summary, outDir: '' }, files: folderBytes(outDir), progress };
    };
    const single = await run(noThreads, 'single');
    const pooled = await run(threads, 'pooled');
    expect(single.summary.failed.map((failure) => failure.problem)).toEqual([
      'article_not_prepared',
      'article_not_prepared',
    ]);
    expect(pooled).toEqual(single);
  });

  it('keep and reuse typesetting as one thread does, through the library', async () => {
    const library = openLibrary(path.join(root, 'library.sqlite'));
    for (let index = 0; index < 12; index += 1) {
      library.articles.create(
        {
          headline: `Мост номер ${index} "открыт"`,
          rubric: index % 2 ? 'Город' : 'Общество',
          body: paragraph(`Мост ${index} открыли "утром" - без речей.`),
        },
        'anna',
      );
    }
    const kept = () =>
      library.db
        .prepare('SELECT article_id, typographer, entries FROM article_typeset ORDER BY 1')
        .all();
    const run = async (renderPool: RenderPoolSettings, name: string, force = false) =>
      (await exportWithRenderPool(library, root, renderPool, name, force)).files;
    const single = await run(noThreads, 'lib-single');
    const keptBySingle = kept();
    library.db.prepare('DELETE FROM article_typeset').run();
    const pooled = await run(threads, 'lib-pooled');
    expect(pooled).toEqual(single);
    expect(kept()).toEqual(keptBySingle);
    // Rendered again on the threads from what was kept: the same pages.
    expect(await run(threads, 'lib-pooled-again', true)).toEqual(single);
    library.close();
  });

  it('load and render on a thread of their own from the sources', async () => {
    const pool = startExportRenderPool({ site: sampleSite, siteHost: 'news.example' }, 1);
    expect(pool).toBeDefined();
    const article = { ...russianSampleArticle(), publishedAt: samplePublishAt };
    const result = await pool!.render({ article, images: [] });
    await pool!.close();
    expect('prepared' in result && result.prepared.entry.id).toBe(article.id);
  });

  it("write a first export's files into its staging folder only for the folder they are given", async () => {
    const pool = startExportRenderPool({ site: sampleSite, siteHost: 'news.example' }, 1);
    const staging = path.join(root, 'staging-by-thread');
    fs.mkdirSync(staging);
    const article = { ...russianSampleArticle(), publishedAt: samplePublishAt };
    const other = { ...article, id: '01JX00000000000000000000R2', slug: 'another-one' };
    const here = await pool!.render({ article, images: [] });
    const written = await pool!.render({
      article,
      images: [],
      stage: { root: staging, folder: 'prepared' in here ? here.prepared.entry.path : '' },
    });
    // Not the folder it was given (another article's): nothing written, the bytes come back.
    const refused = await pool!.render({
      article: other,
      images: [],
      stage: { root: staging, folder: 'elsewhere/folder/' },
    });
    await pool!.close();
    if (!('prepared' in here) || !('prepared' in written) || !('prepared' in refused))
      throw new Error('a render failed');
    expect(written.written).toBe(true);
    expect(written.prepared.entry).toEqual(here.prepared.entry);
    expect(written.prepared.files.every((file) => file.data.length === 0)).toBe(true);
    expect(listFiles(staging)).toEqual(here.prepared.files.map((file) => file.path).sort());
    for (const file of here.prepared.files)
      expect(fs.readFileSync(path.join(staging, file.path)).equals(file.data)).toBe(true);
    expect(refused.written).toBeUndefined();
    expect(refused.prepared.files.every((file) => file.data.length > 0)).toBe(true);
  });

  it('stop their work and change nothing when the export is cancelled', async () => {
    const controller = new AbortController();
    const outDir = path.join(root, 'cancelled');
    const summary = await exportSite({
      source: memorySource([russianSampleArticle(), englishSampleArticle()]),
      outDir,
      site: sampleSite,
      publishAt: samplePublishAt,
      renderPool: threads,
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 1) controller.abort();
      },
    });
    expect(summary.cancelled).toBe(true);
    expect(listFiles(outDir)).toEqual([]);
    // No staging folder is left behind by a thread still writing into it.
    expect(fs.readdirSync(outDir).filter((name) => name.startsWith('.galley-staging'))).toEqual([]);
  });
});
