import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportArticle } from '../../../shared/export/exportTypes';
import { pickPublicArticle } from '../../../shared/export/pickPublicArticle';
import { siteBaseUrl } from '../../../shared/export/siteBaseUrl';
import { countText } from '../../../shared/text/countText';
import { applyTypography } from '../../../shared/typography/applyTypography';
import {
  englishSampleArticle,
  hostileArticle,
  russianSampleArticle,
  samplePng,
  samplePngId,
  samplePublishAt,
  sampleSite,
} from '../../../test/support/exportSamples';
import { importText } from '../import/importText';
import { saveImportedArticle } from '../import/saveImportedArticle';
import { openLibrary, type Library } from '../library/openLibrary';
import { galleyTypographerKey } from './keepArticleTypesetting';
import { prepareArticleFiles } from './prepareArticleFiles';
import { runLibraryExport, type LibraryExportOptions } from './runLibraryExport';
import { typesetArticleTexts } from './typesetArticleTexts';
import { typesetMemo } from './typesetMemo';
import { fixedClockExportOptions } from '../../../test/support/fixedClockExportOptions';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-typeset-texts-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** The entries a render of `article` records, in the order it records them. */
function renderedEntries(article: ExportArticle): Array<[string, string]> {
  const memo = typesetMemo(applyTypography, undefined);
  prepareArticleFiles(
    { ...pickPublicArticle(article), publishedAt: samplePublishAt },
    {
      site: sampleSite,
      siteHost: siteBaseUrl(sampleSite).host,
      typography: memo.typography,
      count: memo.count,
      readImage: (id) =>
        id === samplePngId ? { bytes: samplePng, mimeType: 'image/png' } : undefined,
    },
  );
  return [...memo.used];
}

function typesetEntries(article: ExportArticle): Array<[string, string]> {
  const memo = typesetMemo(applyTypography, undefined);
  typesetArticleTexts(pickPublicArticle(article), memo.typography, memo.count);
  return [...memo.used];
}

describe('typesetArticleTexts', () => {
  it('asks for exactly the texts a render typesets', () => {
    const english = englishSampleArticle();
    english.related.push({ headline: '  "Quoted" - related  ' }, { headline: '   ' });
    english.corrections.push({ at: 2, text: ' Fixed the "date" - sorry. ' }, { at: 1, text: '  ' });
    english.lede = '';
    const articles = [russianSampleArticle(), english, hostileArticle()];
    for (const article of articles) {
      const entries = renderedEntries(article);
      expect(entries.length).toBeGreaterThan(0);
      expect(typesetEntries(article)).toEqual(entries);
    }
  });
});

function kept(library: Library, id: string): string | undefined {
  return library.db
    .prepare<[string, string], { entries: string }>(
      'SELECT entries FROM article_typeset WHERE article_id = ? AND typographer = ?',
    )
    .get(id, galleyTypographerKey())?.entries;
}

function exportOptions(name: string): LibraryExportOptions {
  return fixedClockExportOptions(path.join(root, name));
}

function pages(outDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(outDir, name);
    if (fs.statSync(file).isFile()) files.set(name, fs.readFileSync(file, 'utf8'));
  }
  return files;
}

describe('typesetting at import', () => {
  it('keeps what the first export would typeset, so that export typesets nothing', async () => {
    const library = openLibrary(path.join(root, 'import.sqlite'));
    const text = [
      '# Мост "открыт" - без речей',
      '',
      'Мост открыли "утром" - без речей и 10 000 гостей...',
      '',
      'Второй абзац: "цитата" - и точка.',
    ].join('\n');
    const article = saveImportedArticle(
      library,
      await importText('most.md', Buffer.from(text, 'utf8')),
      'anna',
    );
    const atImport = kept(library, article.id);
    expect(atImport).toBeDefined();

    const first = exportOptions('first');
    await runLibraryExport(library, first);
    // Nothing typeset afresh and nothing left out: the export did not write its own entries.
    expect(kept(library, article.id)).toBe(atImport);

    // And an export that kept nothing writes the same files.
    library.db.prepare('DELETE FROM article_typeset').run();
    const fresh = exportOptions('fresh');
    await runLibraryExport(library, fresh);
    expect(pages(fresh.outDir)).toEqual(pages(first.outDir));
    expect(kept(library, article.id)).toBe(atImport);
    library.close();
  });
});

describe('counts kept with the typesetting', () => {
  it('answers a body count from what was kept, and counts text it has not seen', () => {
    const text = 'Мост открыли утром, без речей.\n\nВторой абзац.';
    const memo = typesetMemo(applyTypography, undefined);
    expect(memo.count(text, 'ru')).toEqual(countText(text, 'ru'));
    expect(memo.changed()).toBe(true);

    const planted = new Map([...memo.used].map(([key]) => [key, '7,70,60,1']));
    const kept = typesetMemo(applyTypography, planted);
    expect(kept.count(text, 'ru')).toEqual({
      words: 7,
      charactersWithSpaces: 70,
      charactersWithoutSpaces: 60,
      readingMinutes: 1,
    });
    expect(kept.changed()).toBe(false);
    // Another text, or the same in another language, is counted afresh.
    expect(kept.count(text, 'en')).toEqual(countText(text, 'en'));
    expect(kept.changed()).toBe(true);

    // A kept entry that is not counts is counted again, never trusted.
    const broken = typesetMemo(applyTypography, new Map([...planted].map(([key]) => [key, 'x'])));
    expect(broken.count(text, 'ru')).toEqual(countText(text, 'ru'));
  });
});
