import { expect, test } from './fixtures';

/*
 * Issue 18, defect 11: the counters skipped figure captions. The body is counted as the export
 * counts it (captions apart, as ninjs does); the captions get a row of their own.
 */

test.use({ viewport: { width: 1440, height: 900 } });

const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test('11: a figure caption is counted in a row of its own, the body as the export counts it', async ({
  galley,
  page,
}) => {
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
  await page.getByRole('button', { name: 'Новая статья' }).click();
  // The first article opened fetches the editor's code, slow on a loaded machine.
  await expect(galley.headline).toBeVisible({ timeout: 20_000 });
  await expect(galley.headline).toHaveValue('');
  await page.locator('.language-field select').selectOption('ru');
  await galley.headline.fill('Мост открыт');
  await galley.body.click();
  // «Мэр открыл мост.»: 3 words, 16 characters with spaces, 14 without.
  await page.keyboard.type('Мэр открыл мост.');
  const counts = page.getByRole('table', { name: 'Объём' });
  await expect(counts.getByTestId('counts-body').locator('td')).toHaveText([
    '3',
    '16',
    '14',
    '1 мин',
  ]);
  await expect(counts.getByTestId('counts-captions')).toHaveCount(0);

  await page.getByRole('button', { name: 'Иллюстрация', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Вставить иллюстрацию' });
  await dialog.getByLabel('Изображение (JPEG, PNG, GIF, WebP)').setInputFiles({
    name: 'мост.png',
    mimeType: 'image/png',
    buffer: onePixelPng,
  });
  await dialog.getByLabel('Альтернативный текст').fill('Мост через реку');
  // «Новый мост через реку на закате»: 6 words, 31 characters with spaces, 26 without.
  await dialog.getByLabel('Подпись').fill('Новый мост через реку на закате');
  await dialog.getByLabel('Автор снимка').fill('Фото: Анна Петрова');
  await dialog.getByRole('button', { name: 'Вставить', exact: true }).click();
  await expect(galley.body.locator('figure figcaption')).toContainText('на закате');

  await expect(counts.getByTestId('counts-captions').locator('th')).toHaveText(
    'Подписи к иллюстрациям',
  );
  await expect(counts.getByTestId('counts-captions').locator('td')).toHaveText([
    '6',
    '31',
    '26',
    '1 мин',
  ]);
  // The body and the whole article stay as the export counts them: captions apart.
  await expect(counts.getByTestId('counts-body').locator('td')).toHaveText([
    '3',
    '16',
    '14',
    '1 мин',
  ]);
  // «Мост открыт»: 2 words, 11 with spaces, 10 without; no lede.
  await expect(counts.getByTestId('counts-article').locator('td')).toHaveText([
    '5',
    '27',
    '24',
    '1 мин',
  ]);
  await expect(counts).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('caption-counts-ru.png') });
});
