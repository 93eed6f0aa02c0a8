import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { GalleyPage } from './pages/GalleyPage';

const seedHeadline = 'Московский инновационный кластер выходит на международный уровень';

// A browser that asks for English, so the first launch shows English without pinning it.
test.use({ locale: 'en-US' });

/**
 * The `galley` fixture pins English before every page load, which would hide whether the
 * choice survives a reload; these tests open the server's URL themselves.
 */
async function openWithoutPinnedLanguage(galley: GalleyPage): Promise<void> {
  await galley.page.goto(galley.server.launchUrl);
  await expect(galley.articleList).toBeVisible();
}

/** A screenshot kept in the test's output folder and attached to the report. */
async function saveScreenshot(page: Page, name: string): Promise<void> {
  const path = test.info().outputPath(name);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: 'image/png' });
}

test('switching the interface to Russian relabels it and survives a reload', async ({
  page,
  server,
}) => {
  const galley = new GalleyPage(page, server);
  await openWithoutPinnedLanguage(galley);
  const switcher = page.getByRole('combobox', { name: 'Interface language' });
  await expect(switcher).toHaveValue('en');
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  await expect(galley.count).toHaveText('1 article');

  await galley.openArticle(seedHeadline);
  await saveScreenshot(page, 'editor-en.png');

  await switcher.selectOption({ label: 'Русский' });
  const russianSwitcher = page.getByRole('combobox', { name: 'Язык интерфейса' });
  await expect(russianSwitcher).toHaveValue('ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('button', { name: 'Новая статья' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New article' })).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Поиск по библиотеке' })).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Форматирование' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Свойства статьи' })).toBeVisible();
  await expect(page.locator('#article-headline-label')).toHaveText('Заголовок');
  await expect(page.locator('#headline-length')).toHaveText(`${seedHeadline.length} / 90 знаков`);
  await expect(galley.saveIndicator).toHaveText('Сохранено');
  await expect(galley.count).toHaveText('1 статья');
  await saveScreenshot(page, 'editor-ru.png');

  await page.reload();
  await expect(galley.articleList).toBeVisible();
  await expect(russianSwitcher).toHaveValue('ru');
  await expect(page.getByRole('button', { name: 'Новая статья' })).toBeVisible();
  await expect(galley.count).toHaveText('1 статья');
  // The article that was open is open again, with Russian labels.
  await expect(galley.headline).toHaveValue(seedHeadline);
  await expect(page.getByRole('toolbar', { name: 'Форматирование' })).toBeVisible();

  await russianSwitcher.selectOption({ label: 'English' });
  await expect(switcher).toHaveValue('en');
  await page.reload();
  await expect(switcher).toHaveValue('en');
  await expect(galley.count).toHaveText('1 article');
});

test('the library count uses the Russian plural forms', async ({ page, server }) => {
  const galley = new GalleyPage(page, server);
  await openWithoutPinnedLanguage(galley);
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
  await expect(galley.count).toHaveText('1 статья');

  const newArticle = page.getByRole('button', { name: 'Новая статья' });
  const expected = ['2 статьи', '3 статьи', '4 статьи', '5 статей'];
  for (const [index, count] of expected.entries()) {
    await newArticle.click();
    await expect(galley.articleList.getByRole('button')).toHaveCount(index + 2);
    await expect(galley.count).toHaveText(count);
  }
  // A new article created with the Russian interface is a Russian article.
  await expect(
    page
      .getByRole('complementary', { name: 'Свойства статьи' })
      .getByLabel('Язык', { exact: true }),
  ).toHaveValue('ru');

  await page.reload();
  await expect(galley.count).toHaveText('5 статей');
  await page.getByRole('combobox', { name: 'Язык интерфейса' }).selectOption('en');
  await expect(galley.count).toHaveText('5 articles');
});

test.describe('in a browser that asks for Russian', () => {
  test.use({ locale: 'ru-RU' });

  test('the first launch speaks Russian until English is chosen', async ({ page, server }) => {
    const galley = new GalleyPage(page, server);
    await openWithoutPinnedLanguage(galley);
    await expect(page.getByRole('combobox', { name: 'Язык интерфейса' })).toHaveValue('ru');
    await expect(page.getByRole('button', { name: 'Новая статья' })).toBeVisible();
    await expect(galley.count).toHaveText('1 статья');

    await page.getByRole('combobox', { name: 'Язык интерфейса' }).selectOption('en');
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Interface language' })).toHaveValue('en');
    await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  });
});
