import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { findDocumentProblem } from '../../../shared/editor/validateDocument';
import { ImportError } from './importError';
import { importFile } from './importFile';
import { importText } from './importText';
import { buildPlainDocx } from '../../../test/support/buildPlainDocx';
import { buildZip, type ZipEntryInput } from '../../../test/support/buildZip';

/** The test's DOCX files as bytes. */
const zip = (inputs: ZipEntryInput[]): Uint8Array => new Uint8Array(buildZip(inputs));

const pngBase64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const ns =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';
const run = (text: string, props = '') =>
  `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (content: string, props = '') =>
  `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${content}</w:p>`;
const listItem = (text: string, numId: number) =>
  para(run(text), `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`);
const image = `<w:r><w:drawing><wp:inline><wp:extent cx="9525" cy="9525"/><wp:docPr id="1" name="Picture 1" descr="Новый зал"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImage"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;

const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${ns}><w:body>
${para(run('Новая библиотека открылась'), '<w:pStyle w:val="Heading1"/>')}
${para(run('Лид статьи о библиотеке.'))}
${para(run('Обычный текст, ') + run('жирный', '<w:b/>') + run(' и ') + run('курсив', '<w:i/>') + run(', ') + '<w:hyperlink r:id="rIdLink">' + run('ссылка') + '</w:hyperlink>' + run('.'))}
${para(run('Раздел'), '<w:pStyle w:val="Heading2"/>')}
${listItem('Первый пункт', 1)}${listItem('Второй пункт', 1)}
${listItem('Шаг один', 2)}${listItem('Шаг два', 2)}
${para(image)}
${para(run('Конец.'))}
</w:body></w:document>`;

const numberingXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${ns}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;

function docxParts(): ZipEntryInput[] {
  return [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    { name: 'word/document.xml', data: documentXml },
    { name: 'word/numbering.xml', data: numberingXml },
    {
      name: 'word/_rels/document.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://mos.ru/library" TargetMode="External"/><Relationship Id="rIdImage" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/><Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
    },
    { name: 'word/media/image1.png', data: Buffer.from(pngBase64, 'base64'), store: true },
  ];
}

/** The uncompressed sizes the central directory declares, as yauzl reads them. */
async function declaredSizes(bytes: Uint8Array): Promise<number[]> {
  const zipfile = await yauzl.fromBufferPromise(Buffer.from(bytes), { lazyEntries: true });
  const sizes: number[] = [];
  for await (const entry of zipfile.eachEntry()) sizes.push(entry.uncompressedSize);
  zipfile.close();
  return sizes;
}

/** Offsets of every record with this signature (local header, central entry, end record). */
function recordsOf(bytes: Buffer, signature: number): number[] {
  const offsets: number[] = [];
  for (let offset = 0; offset + 4 <= bytes.length; offset += 1) {
    if (bytes.readUInt32LE(offset) === signature) offsets.push(offset);
  }
  return offsets;
}

/** The same archive with its end record moved into a ZIP64 end record and locator. */
function asZip64(bytes: Buffer): Buffer {
  const end = bytes.length - 22;
  const count = bytes.readUInt16LE(end + 10);
  const zip64End = Buffer.alloc(56);
  zip64End.writeUInt32LE(0x06064b50, 0);
  zip64End.writeBigUInt64LE(44n, 4);
  zip64End.writeUInt16LE(45, 12);
  zip64End.writeUInt16LE(45, 14);
  zip64End.writeBigUInt64LE(BigInt(count), 24);
  zip64End.writeBigUInt64LE(BigInt(count), 32);
  zip64End.writeBigUInt64LE(BigInt(bytes.readUInt32LE(end + 12)), 40);
  zip64End.writeBigUInt64LE(BigInt(bytes.readUInt32LE(end + 16)), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(end), 8);
  locator.writeUInt32LE(1, 16);
  const record = Buffer.from(bytes.subarray(end));
  record.writeUInt16LE(0xffff, 8);
  record.writeUInt16LE(0xffff, 10);
  record.writeUInt32LE(0xffffffff, 12);
  record.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([bytes.subarray(0, end), zip64End, locator, record]);
}

async function importError(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).not.toContain('\n');
    return error as ImportError;
  }
  throw new Error('expected an ImportError');
}

describe('importText: DOCX', () => {
  it('imports headings, paragraphs, lists, a link, bold and an image', async () => {
    const article = await importText('library.docx', zip(docxParts()));
    expect(findDocumentProblem(article.body)).toBeNull();
    expect(article.headline).toBe('Новая библиотека открылась');
    expect(article.lede).toBe('Лид статьи о библиотеке.');
    expect(article.language).toBe('ru');
    const [first, heading, bullets, numbers, figure, last] = article.body.content ?? [];
    expect(
      first?.content?.map((node) => [node.text, node.marks?.map((mark) => mark.type) ?? []]),
    ).toEqual([
      ['Обычный текст, ', []],
      ['жирный', ['bold']],
      [' и ', []],
      ['курсив', ['italic']],
      [', ', []],
      ['ссылка', ['link']],
      ['.', []],
    ]);
    expect(first?.content?.[5]?.marks?.[0]?.attrs?.['href']).toBe('https://mos.ru/library');
    expect(heading).toEqual({
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: 'Раздел' }],
    });
    expect(bullets?.type).toBe('bulletList');
    expect(bullets?.content).toHaveLength(2);
    expect(numbers?.type).toBe('orderedList');
    expect(numbers?.content?.[1]?.content?.[0]?.content?.[0]?.text).toBe('Шаг два');
    expect(figure?.type).toBe('figure');
    expect(figure?.attrs?.['alt']).toBe('Новый зал');
    expect(article.images).toHaveLength(1);
    expect(article.images[0]?.imageId).toBe(figure?.attrs?.['imageId']);
    expect(last?.content?.[0]?.text).toBe('Конец.');
  });

  it('with no headline style, takes a short first paragraph as the headline and the next as the lede', async () => {
    const article = await importText(
      'plain.docx',
      new Uint8Array(
        buildPlainDocx([
          'В Москве открылась новая библиотека',
          'Она работает круглосуточно и без выходных.',
          'В фонде сто тысяч книг.',
        ]),
      ),
    );
    expect(article.headline).toBe('В Москве открылась новая библиотека');
    expect(article.lede).toBe('Она работает круглосуточно и без выходных.');
    expect(article.isHeadlineGuessed).toBe(true);
    expect(article.body.content?.map((node) => node.content?.[0]?.text)).toEqual([
      'В фонде сто тысяч книг.',
    ]);
  });

  it('leaves a first paragraph of running text in the body', async () => {
    const sentence = 'Библиотека на Тверской открылась после ремонта, который длился два года.';
    const article = await importText(
      'running.docx',
      new Uint8Array(buildPlainDocx([sentence, 'В фонде сто тысяч книг.'])),
    );
    expect(article.headline).toBe('');
    expect(article.isHeadlineGuessed).toBeUndefined();
    expect(article.body.content?.[0]?.content?.[0]?.text).toBe(sentence);
  });

  it('a Heading 1 is the headline, not a guess', async () => {
    const article = await importText('library.docx', zip(docxParts()));
    expect(article.isHeadlineGuessed).toBeUndefined();
  });

  it('refuses a truncated DOCX', async () => {
    const whole = zip(docxParts());
    const error = await importError(() =>
      importText('cut.docx', whole.subarray(0, Math.floor(whole.length / 2))),
    );
    expect(error.message).toMatch(
      /^cut\.docx: not a readable DOCX file: it is damaged or truncated/,
    );
  });

  it('refuses a .docx that is not a ZIP, a ZIP without word/document.xml, and an empty file', async () => {
    expect(
      (await importError(() => importText('fake.docx', new TextEncoder().encode('just text'))))
        .message,
    ).toBe('fake.docx: not a DOCX file (it is not a ZIP archive)');
    const noDocument = zip(docxParts().filter((part) => part.name !== 'word/document.xml'));
    expect((await importError(() => importText('other.docx', noDocument))).message).toBe(
      'other.docx: not a DOCX file (the archive has no word/document.xml)',
    );
    expect((await importError(() => importText('empty.docx', new Uint8Array()))).message).toBe(
      'empty.docx: the file is empty',
    );
  });

  it('refuses a zip bomb: a 10 GB entry declared in the central directory', async () => {
    const bomb = zip([
      ...docxParts(),
      { name: 'word/media/huge.bin', data: new Uint8Array(1000), declaredSize: 10 * 1024 ** 3 },
    ]);
    expect((await declaredSizes(bomb)).at(-1)).toBe(10 * 1024 ** 3);
    expect((await importError(() => importText('bomb.docx', bomb))).message).toMatch(
      /^bomb\.docx: refused: it would unpack to over 200 MB/,
    );
  });

  it('refuses an entry compressed past 200:1 and one that inflates past its declared size', async () => {
    const dense = zip([
      ...docxParts(),
      { name: 'word/zeros.xml', data: new Uint8Array(5 * 1024 * 1024) },
    ]);
    expect((await importError(() => importText('dense.docx', dense))).message).toMatch(
      /part word\/zeros\.xml is compressed \d+:1/,
    );
    const liar = zip([
      ...docxParts(),
      { name: 'word/liar.xml', data: new Uint8Array(50_000).fill(65), declaredSize: 1000 },
    ]);
    expect((await importError(() => importText('liar.docx', liar))).message).toMatch(
      /part word\/liar\.xml is damaged or larger than declared/,
    );
  });

  it('refuses a multi-part, a password-protected, an unknown-method and a short archive', async () => {
    const parts = Buffer.from(zip(docxParts()));
    parts.writeUInt16LE(1, parts.length - 22 + 4);
    expect((await importError(() => importText('part.docx', parts))).message).toBe(
      'part.docx: not a readable DOCX file: it is a multi-part ZIP archive',
    );
    const locked = Buffer.from(zip(docxParts()));
    // ZIP encryption of a stored part adds a 12-byte header its sizes would show; flag the deflated ones.
    for (const offset of recordsOf(locked, 0x02014b50)) {
      if (locked.readUInt16LE(offset + 10) === 8) locked.writeUInt16LE(1, offset + 8);
    }
    expect((await importError(() => importText('locked.docx', locked))).message).toBe(
      'locked.docx: the document is password-protected',
    );
    const odd = Buffer.from(zip(docxParts()));
    for (const offset of recordsOf(odd, 0x02014b50)) {
      if (odd.readUInt16LE(offset + 10) === 8) odd.writeUInt16LE(14, offset + 10);
    }
    expect((await importError(() => importText('odd.docx', odd))).message).toMatch(
      /^odd\.docx: not a readable DOCX file: part \S+ uses an unsupported compression method$/,
    );
    const short = zip([
      ...docxParts(),
      { name: 'word/short.xml', data: new Uint8Array(5000).fill(65), declaredSize: 6000 },
    ]);
    expect((await importError(() => importText('short.docx', short))).message).toBe(
      'short.docx: not a readable DOCX file: part word/short.xml does not match its declared size',
    );
  });

  it('reads a ZIP64 archive (end record and locator)', async () => {
    const wide = asZip64(Buffer.from(zip(docxParts())));
    expect(await declaredSizes(wide)).toHaveLength(docxParts().length);
    expect((await importText('wide.docx', wide)).headline).toBe('Новая библиотека открылась');
  });

  it('refuses an archive with too many entries', async () => {
    const many = zip([
      ...docxParts(),
      ...Array.from({ length: 10_001 }, (_, index) => ({ name: `x/${index}`, data: '' })),
    ]);
    expect((await importError(() => importText('many.docx', many))).message).toMatch(
      /too many parts \(10007; the limit is 10000\)/,
    );
  });

  it('reads a DOCX from disk by path', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'galley-docx-'));
    const path = join(folder, 'Статья.docx');
    writeFileSync(path, zip(docxParts()));
    expect((await importFile(path)).headline).toBe('Новая библиотека открылась');
  });
});
