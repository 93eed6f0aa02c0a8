import { deflateSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { ArticleEditorPage } from './pages/ArticleEditorPage';

const crcTable = Array.from({ length: 256 }, (_, index) => {
  let crc = index;
  for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A real 2×2 RGB PNG (red, green / blue, white), so the browser can decode it. */
function twoByTwoPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0); // width
  header.writeUInt32BE(2, 4); // height
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // colour type: RGB
  // Compression, filter and interlace methods stay 0.
  const red = [0xff, 0, 0];
  const green = [0, 0xff, 0];
  const blue = [0, 0, 0xff];
  const white = [0xff, 0xff, 0xff];
  // Each scanline starts with its filter type, 0 (none).
  const rows = Buffer.from([0, ...red, ...green, 0, ...blue, ...white]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

test('a figure is uploaded, shown with its caption and credit, and kept', async ({
  galley,
  page,
}) => {
  const editor = new ArticleEditorPage(galley);
  const dialog = editor.figureDialog;
  await galley.createArticle();
  await editor.typeParagraphs('Before the picture');

  await editor.tool('Figure').click();
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Image (JPEG, PNG, GIF, WebP)').setInputFiles({
    name: 'square.png',
    mimeType: 'image/png',
    buffer: twoByTwoPng(),
  });
  await dialog.getByLabel('Alternative text').fill('Four coloured squares');
  await dialog.getByLabel('Caption').fill('Test card of the desk');
  await dialog.getByLabel('Credit').fill('Photo: Galley');
  await dialog.getByRole('button', { name: 'Insert figure' }).click();
  await expect(dialog).toBeHidden();

  const expectFigure = async (): Promise<void> => {
    const figure = galley.body.locator('figure');
    await expect(figure).toHaveCount(1);
    const image = figure.locator('img');
    await expect(image).toHaveAttribute('alt', 'Four coloured squares');
    await expect
      .poll(() =>
        image.evaluate((element: HTMLImageElement) => ({
          complete: element.complete,
          naturalWidth: element.naturalWidth,
          naturalHeight: element.naturalHeight,
        })),
      )
      .toEqual({ complete: true, naturalWidth: 2, naturalHeight: 2 });
    await expect(figure.locator('figcaption')).toContainText('Test card of the desk');
    await expect(figure.locator('figcaption .credit')).toHaveText('Photo: Galley');
  };
  await expectFigure();
  await expect(galley.body.locator('p').first()).toHaveText('Before the picture');

  await galley.waitUntilSaved();
  await page.reload();
  await expect(galley.body).toBeVisible();
  await expectFigure();
});

test('a file that is not an image is refused and nothing is inserted', async ({ galley, page }) => {
  const editor = new ArticleEditorPage(galley);
  const dialog = editor.figureDialog;
  await galley.createArticle();
  await editor.typeParagraphs('No picture here');

  await editor.tool('Figure').click();
  await dialog.getByLabel('Image (JPEG, PNG, GIF, WebP)').setInputFiles({
    name: 'x.png',
    mimeType: 'image/png',
    buffer: Buffer.from('This is plain text pretending to be a PNG.\n'),
  });
  await dialog.getByLabel('Alternative text').fill('Not really an image');
  await dialog.getByRole('button', { name: 'Insert figure' }).click();

  await expect(dialog.getByRole('alert')).toHaveText(
    'Only JPEG, PNG, GIF and WebP images can be added.',
  );
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Insert figure' })).toBeEnabled();
  await expect(galley.body.locator('figure, img')).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await galley.waitUntilSaved();
  await page.reload();
  await expect(galley.body.locator('p')).toHaveText(['No picture here']);
  await expect(galley.body.locator('figure, img')).toHaveCount(0);
});

test('a figure needs an image and alternative text before it is inserted', async ({ galley }) => {
  const editor = new ArticleEditorPage(galley);
  const dialog = editor.figureDialog;
  await galley.createArticle();
  await editor.tool('Figure').click();

  await dialog.getByRole('button', { name: 'Insert figure' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose an image first.');
  await dialog.getByLabel('Image (JPEG, PNG, GIF, WebP)').setInputFiles({
    name: 'square.png',
    mimeType: 'image/png',
    buffer: twoByTwoPng(),
  });
  await dialog.getByRole('button', { name: 'Insert figure' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Describe the image for readers who cannot see it.',
  );
  await expect(galley.body.locator('figure')).toHaveCount(0);
});
