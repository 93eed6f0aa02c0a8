import { expect, test } from './fixtures';
import { ArticleEditorPage } from './pages/ArticleEditorPage';
import { makePng, type Rgb } from '../support/makePng';

const red: Rgb = [0xff, 0, 0];
const green: Rgb = [0, 0xff, 0];
const blue: Rgb = [0, 0, 0xff];
const white: Rgb = [0xff, 0xff, 0xff];
const squares = [
  [red, green],
  [blue, white],
];
/** A real 2×2 RGB PNG (red, green / blue, white), so the browser can decode it. */
const twoByTwoPng = makePng(2, 2, (x, y) => squares[y]?.[x] ?? white);

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
    buffer: twoByTwoPng,
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
    buffer: twoByTwoPng,
  });
  await dialog.getByRole('button', { name: 'Insert figure' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Describe the image for readers who cannot see it.',
  );
  await expect(galley.body.locator('figure')).toHaveCount(0);
});
