import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportArticle, Typography } from '../../../shared/export/exportTypes';
import {
  englishSampleArticle,
  hostileArticle,
  listFiles,
  memorySource,
  russianSampleArticle,
  samplePublishAt,
  sampleSite,
} from '../../../test/support/exportSamples';
import { validateHtmlFiles } from '../../../test/support/validateHtml';
import { validateGalleyNinjs, validateNinjs } from '../../../test/support/validateNinjs';
import type { ExportFileSystem } from './exportFileSystem';
import { nodeExportFileSystem } from './exportFileSystem';
import type { ExportManifest } from './exportManifest';
import { exportSite } from './exportSite';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-export-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const ruPath = 'obshchestvo/moskovskii-innovatsionnyi-klaster-vykhodit-na-mezhdunarodnyi-uroven/';
const enPath = 'city/city-council-approves-riverside-park/';

function sampleArticles(): ExportArticle[] {
  const english = englishSampleArticle();
  // Related headlines without a URL link to the exported article of that headline.
  english.related.push({ headline: russianSampleArticle().headline });
  return [russianSampleArticle(), english];
}

async function exportTo(
  outDir: string,
  articles: ExportArticle[],
  extra: { force?: boolean; fileSystem?: ExportFileSystem; typography?: Typography } = {},
) {
  return exportSite({
    source: memorySource(articles),
    outDir,
    site: sampleSite,
    publishAt: samplePublishAt,
    ...extra,
  });
}

function readManifest(outDir: string): ExportManifest {
  return JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as ExportManifest;
}

function countingFileSystem(): { fileSystem: ExportFileSystem; writes: string[] } {
  const writes: string[] = [];
  return {
    writes,
    fileSystem: {
      ...nodeExportFileSystem,
      writeNewFile(file, data) {
        writes.push(file);
        nodeExportFileSystem.writeNewFile(file, data);
      },
    },
  };
}

describe('exportSite output', () => {
  // The Nu checker is a JVM start and a run: this test is about 2.9 s of CPU more than its
  // neighbours (5.2 s against 2.3 s for the whole Vitest run of one test, user+sys, at load 10),
  // and took 9.7-15.7 s at load 10-19; at load 30-40 on two cores that is past 30 s.
  it('writes valid HTML5 pages and valid ninjs documents, with an index and a manifest', async () => {
    const outDir = tempDir();
    const summary = await exportTo(outDir, [...sampleArticles(), hostileArticle()]);
    expect(summary).toMatchObject({
      written: 3,
      unchanged: 0,
      removed: 0,
      failed: [],
      cancelled: false,
    });
    expect(listFiles(outDir)).toEqual([
      `${enPath}city-council-approves-riverside-park-1.png`,
      `${enPath}index.html`,
      `${enPath}index.json`,
      'index.html',
      'manifest.json',
      'news/etc/etc-1.png',
      'news/etc/index.html',
      'news/etc/index.json',
      `${ruPath}index.html`,
      `${ruPath}index.json`,
    ]);

    // A page known to be invalid goes along in the same checker run, so a checker that
    // silently checked nothing could not pass this test.
    const canary = path.join(tempDir(), 'canary.html');
    fs.writeFileSync(
      canary,
      '<!doctype html><html lang="en"><head></head><body><p onclick=x></div></body></html>',
    );
    const pages = listFiles(outDir).filter((file) => file.endsWith('.html'));
    const messages = await validateHtmlFiles([
      ...pages.map((file) => path.join(outDir, file)),
      canary,
    ]);
    expect(
      messages.filter((message) => message.url?.endsWith('canary.html')).length,
    ).toBeGreaterThan(0);
    expect(messages.filter((message) => !message.url?.endsWith('canary.html'))).toEqual([]);

    for (const file of listFiles(outDir).filter((name) => name.endsWith('index.json'))) {
      const document: unknown = JSON.parse(fs.readFileSync(path.join(outDir, file), 'utf8'));
      expect(validateNinjs(document), file).toEqual([]);
      expect(validateGalleyNinjs(document), file).toEqual([]);
    }

    const manifest = readManifest(outDir);
    expect(manifest.articles.map((entry) => [entry.id, entry.url])).toEqual([
      ['01JX00000000000000000000E1', `https://news.example/${enPath}`],
      ['01JX00000000000000000000H1', 'https://news.example/news/etc/'],
      ['01JX00000000000000000000R1', `https://news.example/${ruPath}`],
    ]);
    const english = fs.readFileSync(path.join(outDir, enPath, 'index.html'), 'utf8');
    expect(english).toContain(`<li><a href="https://news.example/${ruPath}">`);
    const index = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(index.indexOf(ruPath)).toBeLessThan(index.indexOf(enPath));
  }, 120_000);

  it('is deterministic: two exports give the same bytes', async () => {
    const [first, second] = [tempDir(), tempDir()];
    await exportTo(first, sampleArticles());
    await exportTo(second, sampleArticles().reverse());
    expect(listFiles(second)).toEqual(listFiles(first));
    for (const file of listFiles(first)) {
      expect(
        fs.readFileSync(path.join(second, file)).equals(fs.readFileSync(path.join(first, file))),
        file,
      ).toBe(true);
    }
  });

  it('is incremental: an unchanged library writes nothing, one change writes one article', async () => {
    const outDir = tempDir();
    await exportTo(outDir, sampleArticles());
    const again = countingFileSystem();
    const second = await exportTo(outDir, sampleArticles(), { fileSystem: again.fileSystem });
    expect(second).toMatchObject({ written: 0, unchanged: 2, removed: 0, failed: [] });
    expect(again.writes).toEqual([]);

    const changed = sampleArticles();
    changed[0] = { ...changed[0]!, lede: 'Новый лид.' };
    const third = await exportTo(outDir, changed);
    expect(third).toMatchObject({ written: 1, unchanged: 1 });
    const page = fs.readFileSync(path.join(outDir, ruPath, 'index.html'), 'utf8');
    expect(page).toMatch(/Новый\s+лид\./u);

    const forced = await exportTo(outDir, changed, { force: true });
    expect(forced).toMatchObject({ written: 2, unchanged: 0 });
  });

  it('does not even render an unchanged article, unless the typography changed', async () => {
    const outDir = tempDir();
    const typeset: string[] = [];
    const counting: Typography = (text) => {
      typeset.push(text);
      return text;
    };
    await exportTo(outDir, sampleArticles(), { typography: counting });
    typeset.length = 0;
    const second = await exportTo(outDir, sampleArticles(), { typography: counting });
    expect(second).toMatchObject({ written: 0, unchanged: 2 });
    expect(typeset).toHaveLength(2); // the fingerprint's two probe sentences, nothing else

    // Same output for every article, but the probe shows the rules changed: render again.
    const probeChanged: Typography = (text, language) =>
      text.startsWith('Он сказал') ? `${text}!` : counting(text, language);
    typeset.length = 0;
    await exportTo(outDir, sampleArticles(), { typography: probeChanged });
    expect(typeset.length).toBeGreaterThan(20);
  });

  it('rewrites a file that was deleted or damaged since the last export', async () => {
    const outDir = tempDir();
    await exportTo(outDir, sampleArticles());
    fs.rmSync(path.join(outDir, enPath, 'index.json'));
    expect(await exportTo(outDir, sampleArticles())).toMatchObject({ written: 1, unchanged: 1 });
    expect(fs.existsSync(path.join(outDir, enPath, 'index.json'))).toBe(true);
  });

  it('removes the old folder when a slug changes', async () => {
    const outDir = tempDir();
    await exportTo(outDir, sampleArticles());
    const renamed = sampleArticles();
    renamed[1] = { ...renamed[1]!, slug: 'riverside-park-approved' };
    const summary = await exportTo(outDir, renamed);
    expect(summary).toMatchObject({ written: 1, unchanged: 1, removed: 3 });
    expect(fs.existsSync(path.join(outDir, enPath))).toBe(false);
    expect(listFiles(path.join(outDir, 'city/riverside-park-approved'))).toEqual([
      'index.html',
      'index.json',
      'riverside-park-approved-1.png',
    ]);
    expect(readManifest(outDir).articles.map((entry) => entry.path)).toContain(
      'city/riverside-park-approved/',
    );
  });

  it('keeps articles the source no longer lists, unless asked to prune', async () => {
    const outDir = tempDir();
    await exportTo(outDir, sampleArticles());
    const [russian] = sampleArticles();
    expect(await exportTo(outDir, [russian!])).toMatchObject({
      written: 0,
      unchanged: 1,
      removed: 0,
    });
    expect(readManifest(outDir).articles).toHaveLength(2);
    const pruned = await exportSite({
      source: memorySource([russian!]),
      outDir,
      site: sampleSite,
      publishAt: samplePublishAt,
      prune: true,
    });
    expect(pruned).toMatchObject({ removed: 3 });
    expect(readManifest(outDir).articles.map((entry) => entry.id)).toEqual([
      '01JX00000000000000000000R1',
    ]);
    expect(fs.existsSync(path.join(outDir, 'city'))).toBe(false);
  });

  it('reports progress and can be cancelled without changing the folder', async () => {
    const outDir = tempDir();
    const progress: Array<[number, number, string | undefined]> = [];
    await exportSite({
      source: memorySource(sampleArticles()),
      outDir,
      site: sampleSite,
      publishAt: samplePublishAt,
      onProgress: (done, total, current) => progress.push([done, total, current]),
    });
    expect(progress).toEqual([
      [0, 2, undefined],
      [1, 2, enPath],
      [2, 2, ruPath],
    ]);

    const before = listFiles(outDir).map((file) => fs.readFileSync(path.join(outDir, file)));
    const controller = new AbortController();
    const changed = sampleArticles().map((article) => ({ ...article, lede: 'changed' }));
    const summary = await exportSite({
      source: memorySource(changed),
      outDir,
      site: sampleSite,
      publishAt: samplePublishAt,
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 1) controller.abort();
      },
    });
    expect(summary).toMatchObject({ cancelled: true, written: 0 });
    expect(listFiles(outDir).map((file) => fs.readFileSync(path.join(outDir, file)))).toEqual(
      before,
    );
  });
});
