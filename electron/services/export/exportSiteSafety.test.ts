import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportArticle } from '../../../shared/export/exportTypes';
import {
  englishSampleArticle,
  listFiles,
  memorySource,
  samplePng,
  samplePngId,
  samplePublishAt,
  sampleSite,
  russianSampleArticle,
} from '../../../test/support/exportSamples';
import type { ExportFileSystem } from './exportFileSystem';
import { nodeExportFileSystem } from './exportFileSystem';
import type { ExportManifest } from './exportManifest';
import { exportSite } from './exportSite';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-export-safety-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const enDir = 'city/city-council-approves-riverside-park';

function run(
  outDir: string,
  articles: ExportArticle[],
  fileSystem?: ExportFileSystem,
  images?: ReadonlyMap<string, Uint8Array>,
) {
  return exportSite({
    source: memorySource(articles, images),
    outDir,
    site: sampleSite,
    publishAt: samplePublishAt,
    ...(fileSystem ? { fileSystem } : {}),
  });
}

function snapshot(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir).map((file) => [file, fs.readFileSync(path.join(dir, file)).toString('base64')]),
  );
}

function diskFull(when: (file: string) => boolean): ExportFileSystem {
  return {
    ...nodeExportFileSystem,
    writeNewFile(file, data) {
      if (when(file)) {
        throw Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), {
          code: 'ENOSPC',
        });
      }
      nodeExportFileSystem.writeNewFile(file, data);
    },
  };
}

function changedArticles(): ExportArticle[] {
  return [russianSampleArticle(), englishSampleArticle()].map((article) => ({
    ...article,
    lede: `${article.lede} Updated.`,
  }));
}

describe('exportSite atomicity', () => {
  it('keeps a failing article as it was, names it, and exports the others', async () => {
    const outDir = tempDir();
    await run(outDir, [russianSampleArticle(), englishSampleArticle()]);
    const before = snapshot(outDir);
    const previousManifest = JSON.parse(
      fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8'),
    ) as ExportManifest;

    // The disk fills up in the middle of the English article: after its page, at its JSON.
    const summary = await run(
      outDir,
      changedArticles(),
      diskFull((file) => file.includes(`${path.sep}.index.json`) && file.includes('city-council')),
    );
    expect(summary.failed).toEqual([
      {
        id: '01JX00000000000000000000E1',
        problem: 'files_not_written',
        systemCode: 'ENOSPC',
        message: expect.stringContaining('ENOSPC') as unknown,
      },
    ]);
    expect(summary).toMatchObject({ written: 1, cancelled: false });

    const after = snapshot(outDir);
    for (const [file, bytes] of before) {
      if (file.startsWith(enDir)) expect(after.get(file), file).toBe(bytes);
    }
    const russianPage = path.join(outDir, 'obshchestvo', russianSampleArticle().slug, 'index.html');
    expect(fs.readFileSync(russianPage, 'utf8')).toContain('Updated.');
    const manifest = JSON.parse(
      fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8'),
    ) as ExportManifest;
    const entry = (m: ExportManifest, id: string) =>
      m.articles.find((article) => article.id === id);
    expect(entry(manifest, '01JX00000000000000000000E1')).toEqual(
      entry(previousManifest, '01JX00000000000000000000E1'),
    );
    expect(entry(manifest, '01JX00000000000000000000R1')?.contentHash).not.toBe(
      entry(previousManifest, '01JX00000000000000000000R1')?.contentHash,
    );
    expect(listFiles(outDir).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  it('changes nothing at all when the manifest cannot be written', async () => {
    const outDir = tempDir();
    await run(outDir, [russianSampleArticle(), englishSampleArticle()]);
    const before = snapshot(outDir);
    const summary = await run(
      outDir,
      changedArticles(),
      diskFull((file) => file.includes('.manifest.json')),
    );
    expect(summary.failed).toEqual([
      {
        id: 'manifest.json',
        problem: 'site_files_not_written',
        systemCode: 'ENOSPC',
        message: expect.stringContaining('ENOSPC') as unknown,
      },
    ]);
    expect(summary.written).toBe(0);
    expect(snapshot(outDir)).toEqual(before);
  });
});

describe('exportSite path safety', () => {
  it('keeps every file inside the output folder, whatever the slugs, rubrics and image names', async () => {
    const root = tempDir();
    const outDir = path.join(root, 'site');
    const hostile = [
      '../../etc',
      '/etc/passwd',
      '．．／．．／etc',
      'a\u0000b',
      'con',
      'name...',
      'x'.repeat(300),
      '..',
    ];
    const articles = hostile.map((text, index) => ({
      ...englishSampleArticle(),
      id: `01JX0000000000000000000${String(index).padStart(2, '0')}P`,
      slug: text,
      rubric: hostile[hostile.length - 1 - index] ?? '',
      images: [{ imageId: samplePngId, fileName: `../../../${text}.png`, mimeType: 'image/png' }],
    }));
    const summary = await run(outDir, articles);
    expect(summary.failed).toEqual([]);
    expect(listFiles(root).every((file) => file.startsWith('site/'))).toBe(true);
    for (const file of listFiles(outDir))
      expect(file).toMatch(/^(?:[a-z0-9-]{1,80}\/){0,2}[a-z0-9-]{1,90}\.(?:html|json|png)$/);
    expect(listFiles(outDir)).toContain('news/etc/index.html');
    expect(listFiles(outDir)).toContain('con-x/a-b/index.html');
  });

  it('refuses to follow a symlink out of the output folder', async () => {
    const root = tempDir();
    const outDir = path.join(root, 'site');
    const elsewhere = path.join(root, 'elsewhere');
    fs.mkdirSync(outDir);
    fs.mkdirSync(elsewhere);
    fs.symlinkSync(elsewhere, path.join(outDir, 'city'));
    const summary = await run(outDir, [englishSampleArticle()]);
    expect(summary.failed).toEqual([
      {
        id: '01JX00000000000000000000E1',
        problem: 'article_not_prepared',
        systemCode: null,
        message: expect.stringContaining('outside') as unknown,
      },
    ]);
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });

  it('ignores manifest entries that point outside the articles', async () => {
    const root = tempDir();
    const outDir = path.join(root, 'site');
    fs.mkdirSync(outDir);
    const victim = path.join(root, 'victim.txt');
    fs.writeFileSync(victim, 'keep me');
    const file = { path: '../victim.txt', sha256: 'a'.repeat(64), size: 7 };
    const tampered = { articles: [{ id: 'X', path: '../', files: [file] }] };
    fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(tampered));
    await run(outDir, [englishSampleArticle()]);
    expect(fs.readFileSync(victim, 'utf8')).toBe('keep me');
  });

  it('refuses images that are missing or are not raster images', async () => {
    const outDir = tempDir();
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    const missing = await run(outDir, [englishSampleArticle()], undefined, new Map());
    expect(missing.failed[0]?.message).toContain('is not in the library');
    const disguised = await run(
      outDir,
      [englishSampleArticle()],
      undefined,
      new Map([[samplePngId, svg]]),
    );
    expect(disguised.failed[0]?.message).toContain('is not a JPEG, PNG');
    expect(listFiles(outDir).filter((name) => name.startsWith('city/'))).toEqual([]);
  });
});

describe('exportSite never leaks', () => {
  it('writes no private field, note, revision or draft anywhere', async () => {
    const outDir = tempDir();
    const markers = Array.from({ length: 8 }, (_, index) => `PRIVATE-MARKER-${index}-q7x`);
    const unusedImage = Buffer.concat([samplePng, Buffer.from(markers[7]!)]);
    const english = englishSampleArticle();
    const article = {
      ...english,
      status: `ready ${markers[0]}`,
      notes: [{ text: markers[1] }],
      revisions: [{ body: { type: 'doc', content: [{ type: 'text', text: markers[2] }] } }],
      draftHeadline: markers[3],
      quotes: [{ verdict: 'disputed', privateNote: markers[4] }],
      images: [
        ...english.images,
        { imageId: 'b'.repeat(64), fileName: markers[5], mimeType: 'image/png' },
      ],
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            attrs: { privateNote: markers[5] },
            content: [
              {
                type: 'text',
                text: 'Public words.',
                marks: [{ type: 'quoteCheck', attrs: { note: markers[6] } }],
              },
            ],
          },
          ...(english.body.content ?? []),
        ],
      },
    } as ExportArticle;
    const images = new Map([
      [samplePngId, samplePng],
      ['b'.repeat(64), unusedImage],
    ]);
    const summary = await run(outDir, [article], undefined, images);
    expect(summary.failed).toEqual([]);
    const everything = listFiles(outDir)
      .map(
        (file) =>
          fs.readFileSync(path.join(outDir, file)).toString('latin1') +
          fs.readFileSync(path.join(outDir, file), 'utf8'),
      )
      .join('\n');
    expect(everything).toContain('Public words.');
    for (const marker of markers) expect(everything).not.toContain(marker);
  });
});
