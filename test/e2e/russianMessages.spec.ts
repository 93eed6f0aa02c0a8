import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { makeTempDir } from '../support/galleyServer';
import { expect, test } from './fixtures';

const seedHeadline = /Московский инновационный кластер/;

test.use({ viewport: { width: 1440, height: 900 } });

async function switchToRussian(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
  await expect(page.getByRole('combobox', { name: 'Язык интерфейса' })).toHaveValue('ru');
}

/** The text a person reads there, with no English word in it (two Latin letters or more). */
async function expectNoEnglish(where: Locator): Promise<string> {
  const text = await where.innerText();
  expect(text.trim(), 'there is a message').not.toBe('');
  // «Galley» is the product's name, the same in every language.
  expect(text.replaceAll('Galley', ''), `no English in «${text}»`).not.toMatch(/[A-Za-z]{2,}/);
  return text;
}

test('the gate refuses «Готово» in Russian, with Russian plurals', async ({ galley, page }) => {
  await switchToRussian(page);
  await galley.openArticle(seedHeadline);
  const status = page.getByLabel('Статус', { exact: true });
  for (const next of ['Редактура', 'Фактчекинг', 'Готово']) {
    await status.selectOption({ label: `Перевести: ${next}` });
    if (next !== 'Готово')
      await expect(page.locator('.editor-toolbar .status-badge')).toHaveText(next);
  }
  const refusal = page.getByRole('alert').filter({ hasText: 'Нельзя отметить' });
  await expect(refusal).toBeVisible();
  const text = await expectNoEnglish(refusal);
  expect(text).toContain('не проверена 1 цитата');
  await page.screenshot({ path: test.info().outputPath('gate-ru.png') });
});

test('the export summary and its failures are worded in Russian', async ({ galley, page }) => {
  const root = makeTempDir('galley-site-');
  await switchToRussian(page);
  await expect(galley.articleList).toBeVisible();
  const openDialog = async (): Promise<Locator> => {
    await page.getByRole('button', { name: 'Экспорт…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Экспорт на сайт' });
    await expect(dialog).toBeVisible();
    return dialog;
  };

  // The sample's quotation is unchecked: the gate holds it back.
  let dialog = await openDialog();
  await dialog.getByLabel('Все статьи').check();
  await dialog.getByLabel('Папка сайта').fill(path.join(root, 'site'));
  await dialog.getByLabel('Адрес сайта').fill('https://news.example');
  await dialog.getByRole('button', { name: 'Экспортировать', exact: true }).click();
  const summary = dialog.getByTestId('export-summary');
  await expect(summary).toBeVisible();
  await expectNoEnglish(summary.locator('> p:not(.export-folder)'));
  await expectNoEnglish(summary.getByRole('list'));
  await page.screenshot({ path: test.info().outputPath('export-summary-ru.png') });
  await dialog.getByRole('button', { name: 'Закрыть' }).click();

  // A site folder where a file stands: the export cannot write, and says so in Russian.
  const blocker = path.join(root, 'file');
  fs.writeFileSync(blocker, 'not a folder');
  dialog = await openDialog();
  await dialog.getByLabel('Все статьи').check();
  await dialog.getByLabel('Выгружать статьи с непроверенными цитатами').check();
  await dialog.getByLabel('Папка сайта').fill(path.join(blocker, 'site'));
  await dialog.getByRole('button', { name: 'Экспортировать', exact: true }).click();
  const problem = dialog.locator('.field-problem');
  await expect(problem.first()).toBeVisible();
  for (const shown of await problem.all()) await expectNoEnglish(shown);
  await page.screenshot({ path: test.info().outputPath('export-failure-ru.png') });
  fs.rmSync(root, { recursive: true, force: true });
});

test('a save that cannot reach the server says so in Russian', async ({ galley, page, server }) => {
  await switchToRussian(page);
  await galley.openArticle(seedHeadline);
  await galley.waitUntilSaved();
  await server.stop();
  await galley.headline.fill('Заголовок, который не дошёл до сервера');
  await expect(galley.saveIndicator).toHaveAttribute('data-state', 'failed', { timeout: 15_000 });
  const text = await expectNoEnglish(galley.saveIndicator);
  expect(text).toContain('недоступен');
  await page.screenshot({ path: test.info().outputPath('save-failed-ru.png') });
});
