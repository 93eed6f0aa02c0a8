import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDocumentProblem } from '../../../shared/editor/validateDocument';
import { ImportError } from './importError';
import { importFile } from './importFile';
import { detectFormat, importText } from './importText';

const folder = mkdtempSync(join(tmpdir(), 'galley-import-'));
const seed = readFileSync(new URL('../../../test/fixtures/seed-article-ru.txt', import.meta.url));
const encode = (text: string) => new TextEncoder().encode(text);

function write(name: string, content: Uint8Array | string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    const { message } = error as ImportError;
    expect(message).not.toMatch(/[\n\r]/);
    return message;
  }
  throw new Error('expected an ImportError');
}

describe('importFile: formats', () => {
  it('imports the seed page text', async () => {
    const article = await importFile(write('seed.txt', seed));
    expect(article.headline).toBe(
      'Московский инновационный кластер выходит на международный уровень',
    );
    expect(article.rubric).toBe('Общество');
    expect(article.relatedHeadlines).toHaveLength(6);
    expect(findDocumentProblem(article.body)).toBeNull();
  });

  it('imports Markdown and HTML by extension, stripping a UTF-8 BOM', async () => {
    const markdown = await importFile(write('a.markdown', `\ufeff# Title\n\nLede.\n\n**Body**`));
    expect([markdown.headline, markdown.lede]).toEqual(['Title', 'Lede.']);
    const html = await importFile(write('a.HTM', '\ufeff<h1>Title</h1><p>Lede.</p><p>Body</p>'));
    expect([html.headline, html.lede]).toEqual(['Title', 'Lede.']);
  });

  it('reads UTF-16 with a BOM and an HTML page that declares windows-1251', async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Заголовок\nПервый абзац текста.', 'utf16le'),
    ]);
    expect((await importText('notes.txt', utf16)).headline).toBe('Заголовок');
    const cp1251 = new Uint8Array([
      ...encode('<meta charset="windows-1251"><h1>'),
      0xcf,
      0xf0,
      0xe8,
      0xe2,
      0xe5,
      0xf2, // «Привет» in windows-1251
      ...encode('</h1>'),
    ]);
    expect((await importText('old.html', cp1251)).headline).toBe('Привет');
  });

  it('sniffs a name without an extension', () => {
    expect(detectFormat('clip', encode('<!DOCTYPE html><p>x'))).toBe('html');
    expect(detectFormat('clip', encode('# Heading\n\ntext'))).toBe('markdown');
    expect(detectFormat('clip', encode('Headline\nText.'))).toBe('text');
    expect(detectFormat('clip', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('docx');
  });
});

describe('importFile: refusals', () => {
  it('refuses empty, whitespace-only and missing files', async () => {
    expect(await refusal(() => importFile(write('empty.txt', '')))).toBe(
      'empty.txt: the file is empty',
    );
    expect(await refusal(() => importFile(write('blank.md', ' \n\n\t\n')))).toBe(
      'blank.md: there is no text to import',
    );
    expect(
      await refusal(() => importFile(write('scripts.html', '<script>alert(1)</script>'))),
    ).toBe('scripts.html: there is no text to import');
    expect(await refusal(() => importFile(join(folder, 'missing.txt')))).toBe(
      'missing.txt: no such file',
    );
    mkdirSync(join(folder, 'dir.txt'));
    expect(await refusal(() => importFile(join(folder, 'dir.txt')))).toBe('dir.txt: not a file');
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const path = write('huge.txt', Buffer.alloc(20 * 1024 * 1024 + 1, 0x61));
    expect(await refusal(() => importFile(path))).toBe(
      'huge.txt: the file is too large (20.0 MB; the limit is 20 MB)',
    );
    expect(await refusal(() => importText('huge.md', new Uint8Array(21 * 1024 * 1024)))).toMatch(
      /too large/,
    );
  });

  it('refuses text that is not UTF-8, binary data and unknown types', async () => {
    const cp1251 = new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x0a]);
    expect(await refusal(() => importText('cp1251.txt', cp1251))).toBe(
      'cp1251.txt: not UTF-8 text (save it as UTF-8 and import again)',
    );
    expect(
      await refusal(() =>
        importText('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])),
      ),
    ).toBe('photo.txt: not a text file (it looks like a PNG image)');
    expect(await refusal(() => importText('nul.md', encode('a\u0000b')))).toBe(
      'nul.md: not a text file (it contains binary data)',
    );
    expect(await refusal(() => importText('report.pdf', encode('%PDF-1.7')))).toBe(
      'report.pdf: unsupported file type .pdf (Galley imports .txt, .md, .html or .docx)',
    );
    expect(await refusal(() => importText('old.doc', encode('x')))).toBe(
      'old.doc: old Word .doc files are not supported: save it as .docx',
    );
  });

  it('refuses hostile structure with one line, and keeps hostile names on one line', async () => {
    expect(await refusal(() => importText('deep.html', encode('<div>'.repeat(5000))))).toBe(
      'deep.html: the HTML is nested more than 1000 elements deep',
    );
    expect(await refusal(() => importText('many.html', encode('<p>a</p>'.repeat(60_000))))).toBe(
      'many.html: too long for one article (more than 50,000 paragraphs)',
    );
    expect(await refusal(() => importText('evil\nname\u001b[31m.txt', new Uint8Array()))).toBe(
      'evil name [31m.txt: the file is empty',
    );
  });
});
