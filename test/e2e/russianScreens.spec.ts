import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

/** Three Latin words in a row outside the article's own text: an English sentence left over. */
async function expectNoEnglishSentence(page: Page, screen: string): Promise<void> {
  const text = await page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.ProseMirror, textarea, input').forEach((node) => node.remove());
    document.body.append(copy);
    const shown = copy.innerText;
    copy.remove();
    return shown;
  });
  // A CLI command a hint names («galley desk user add») is typed as is, in any language.
  const words = text.replace(/\bgalley(?: [a-z-]+)+/g, '');
  expect(words, `${screen}: no English sentence`).not.toMatch(/[A-Za-z]+ +[A-Za-z]+ +[A-Za-z]+/);
}

async function shoot(page: Page, name: string): Promise<void> {
  await expectNoEnglishSentence(page, name);
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

test('every main screen and dialog in Russian at 1440×900, with no English sentence', async ({
  galley,
  page,
}) => {
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
  await expect(galley.articleList).toBeVisible();
  await shoot(page, 'library-ru');

  await galley.openArticle(/Московский инновационный кластер/);
  await expect(page.locator('.factcheck-panel')).toBeVisible();
  await shoot(page, 'library-editor-ru');
  await page.locator('.factcheck-panel').getByRole('button').first().focus();
  await shoot(page, 'factcheck-ru');
  await page
    .locator('.factcheck-panel')
    .screenshot({ path: test.info().outputPath('factcheck-panel-ru.png') });

  for (const [button, dialogName, name] of [
    ['Настройки', 'Настройки', 'settings-ru'],
    ['Экспорт…', 'Экспорт на сайт', 'export-ru'],
    ['Клавиши', 'Сочетания клавиш', 'shortcuts-ru'],
    ['Иллюстрация', 'Вставить иллюстрацию', 'figure-ru'],
  ] as const) {
    await page.getByRole('button', { name: button, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: dialogName });
    await expect(dialog).toBeVisible();
    await shoot(page, name);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});
