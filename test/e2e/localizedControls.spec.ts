import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

const browserWords = /Choose File|No file chosen|mm\/dd\/yyyy/i;

/**
 * What a person meets on the page, in the interface language only: no native date or file
 * control shows (their words follow the browser, not Galley), and nothing visible or named
 * for assistive technology says «Choose File», «No file chosen» or «mm/dd/yyyy».
 */
async function expectNoBrowserWords(page: Page, where: string): Promise<void> {
  await expect(page.locator('input[type="date"]:visible'), `${where}: date inputs`).toHaveCount(0);
  await expect(page.locator('input[type="file"]:visible'), `${where}: file inputs`).toHaveCount(0);
  expect(await page.locator('body').innerText(), `${where}: visible text`).not.toMatch(
    browserWords,
  );
  expect(await page.locator('body').ariaSnapshot(), `${where}: accessible names`).not.toMatch(
    browserWords,
  );
}

test('the Russian interface shows no «Choose File», «No file chosen» or «mm/dd/yyyy»', async ({
  galley,
  page,
}) => {
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
  await expect(galley.articleList).toBeVisible();
  await page.locator('.library-filters > summary').click();
  const from = page.locator('.library-filters label').filter({ hasText: 'Изменена с' });
  await expect(from.getByRole('textbox')).toHaveAttribute('placeholder', 'ДД.ММ.ГГГГ');
  await expectNoBrowserWords(page, 'library');

  // A date typed the Russian way filters; a wrong one says so in Russian.
  await from.getByRole('textbox').fill('01.01.2001');
  await from.getByRole('textbox').blur();
  await expect(page.getByText('1 статья')).toBeVisible();
  await from.getByRole('textbox').fill('31.02.2026');
  await from.getByRole('textbox').blur();
  await expect(from.getByRole('alert')).toHaveText('Не похоже на дату');
  await from.getByRole('textbox').fill('');
  await page.screenshot({ path: test.info().outputPath('library-filters-ru.png') });

  await page.getByRole('button', { name: 'Экспорт…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Экспорт на сайт' });
  await expect(exportDialog.getByLabel('Изменённые с')).toHaveAttribute(
    'placeholder',
    'ДД.ММ.ГГГГ',
  );
  await expectNoBrowserWords(page, 'export dialog');
  await exportDialog.getByRole('button', { name: 'Закрыть' }).click();

  await galley.openArticle(/Московский инновационный кластер/);
  await page.getByRole('button', { name: 'Иллюстрация' }).click();
  const figure = page.getByRole('dialog', { name: 'Вставить иллюстрацию' });
  await expect(figure.getByRole('button', { name: /Выбрать файл/ })).toBeVisible();
  await expect(figure.getByText('Файл не выбран')).toBeVisible();
  await expectNoBrowserWords(page, 'figure dialog');
  await figure.getByLabel('Изображение (JPEG, PNG, GIF, WebP)').setInputFiles({
    name: 'мост.png',
    mimeType: 'image/png',
    buffer: Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    ),
  });
  await expect(figure.getByText('мост.png')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('figure-dialog-ru.png') });
});
