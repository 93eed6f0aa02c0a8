import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { inRussian } from './pages/inRussian';
import type { GalleyPage } from './pages/GalleyPage';

/*
 * Issue 18, defects 6, 7 and 12: typograf undo, find and replace beside the toolbar, a
 * readable history. At 1440×900 in the Russian interface.
 */

const sampleHeadline = /Московский инновационный кластер/;

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

/** The exact text of the body's paragraphs: `toHaveText` would fold the no-break spaces. */
async function bodyText(galley: GalleyPage): Promise<string> {
  return galley.body.evaluate((body) => body.textContent ?? '');
}

/** Whether the middle of `element` is what a click there reaches (nothing lies over it). */
async function isUncovered(element: Locator): Promise<boolean> {
  return element.evaluate((target) => {
    const box = target.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && (hit === target || target.contains(hit));
  });
}

test('6: one undo takes back everything one typograf run changed', async ({ galley }) => {
  const page = await inRussian(galley);
  await page.getByRole('button', { name: 'Новая статья' }).click();
  await expect(galley.headline).toHaveValue('');
  const headline = 'Мэрия: "новые" тарифы - с 1 января';
  const lede = 'В городе "подорожает" проезд - и парковка';
  const body = 'Он сказал: "Это лучший вариант" - и ушёл';
  await galley.headline.fill(headline);
  await galley.lede.fill(lede);
  await galley.body.click();
  await page.keyboard.type(body);
  await galley.waitUntilSaved();

  await page.getByRole('button', { name: 'Типографировать' }).click();
  await expect(galley.headline).toHaveValue('Мэрия: «новые» тарифы\u00a0— с\u00a01\u00a0января');
  await expect(galley.lede).not.toHaveValue(lede);
  await expect.poll(() => bodyText(galley)).not.toBe(body);
  await screenshot(page, 'typograf-applied-ru');

  await page.keyboard.press('Control+Z');
  await expect(galley.headline).toHaveValue(headline);
  await expect(galley.lede).toHaveValue(lede);
  await expect.poll(() => bodyText(galley)).toBe(body);
  await galley.waitUntilSaved();
  await screenshot(page, 'typograf-undone-ru');

  // The undo was one step: the one before it is the typing, which a second undo takes back.
  await page.keyboard.press('Control+Z');
  await expect(galley.headline).toHaveValue(headline);
  await expect.poll(() => bodyText(galley)).not.toBe(body);
});

test('7: the find panel leaves the toolbar usable while the article is scrolled', async ({
  galley,
}) => {
  const page = await inRussian(galley);
  await galley.openArticle(sampleHeadline);
  await galley.body.locator('p').last().scrollIntoViewIfNeeded();
  await galley.body.locator('p').last().click();
  await page.keyboard.press('Control+f');
  const panel = page.getByRole('search', { name: 'Найти и заменить' });
  await expect(panel.getByRole('textbox', { name: 'Найти', exact: true })).toBeFocused();
  await page.keyboard.type('кластер');
  await panel.getByRole('button', { name: 'Следующее', exact: true }).click();
  await screenshot(page, 'find-panel-scrolled-ru');

  const toolbar = page.getByRole('toolbar', { name: 'Форматирование' });
  const buttons = await toolbar.getByRole('button').all();
  expect(buttons.length).toBeGreaterThan(5);
  for (const button of buttons) {
    await expect(button).toBeInViewport();
    expect(await isUncovered(button), (await button.getAttribute('aria-label')) ?? '').toBe(true);
  }
  for (const field of [
    panel.getByRole('textbox', { name: 'Найти', exact: true }),
    panel.getByRole('textbox', { name: 'Заменить на', exact: true }),
  ]) {
    expect(await isUncovered(field)).toBe(true);
  }
});

test('12: history names the status, and a comparison reads in a wide view', async ({ galley }) => {
  const page = await inRussian(galley);
  await galley.openArticle(sampleHeadline);
  await page.getByLabel('Статус', { exact: true }).selectOption({ label: 'Перевести: Редактура' });
  await expect(page.locator('.editor-toolbar .status-badge')).toHaveText('Редактура');
  await galley.lede.fill('Новый лид после смены статуса.');
  await galley.waitUntilSaved();

  await page.locator('summary', { hasText: 'История' }).click();
  const list = page.getByRole('list', { name: 'История' });
  const statusEntry = list.getByRole('button', { name: /Смена статуса: Редактура/ });
  await expect(statusEntry).toBeVisible();

  await list
    .getByRole('button', { name: /Правка/ })
    .first()
    .click();
  const preview = page.getByRole('dialog', { name: /Редакция от/ });
  await expect(preview).toBeVisible();
  await preview.getByLabel('Сравнить с').selectOption({ index: 2 });
  const diff = preview.getByTestId('revision-text');
  await expect(diff.locator('ins').first()).toBeVisible();
  const box = await diff.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(700);
  await screenshot(page, 'history-diff-ru');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
});
