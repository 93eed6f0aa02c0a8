import { expect, test } from './fixtures';
import { inRussian } from './pages/inRussian';
import { selectEditorText } from './pages/selectEditorText';

/*
 * Issue 18, defect 13: a quotation marked by hand could not be removed. The checker removes it
 * from the fact-check panel, after a confirmation; the mark leaves the body and the quote the
 * panel, for good. At 1440×900 in the Russian interface.
 */

const sampleHeadline = /Московский инновационный кластер/;
const marked = 'Московскую декларацию инновационного развития';

test('13: a quote marked by hand is removed, from the panel and the body, after a reload too', async ({
  galley,
}) => {
  const page = await inRussian(galley);
  await galley.openArticle(sampleHeadline);
  const panel = page.getByRole('region', { name: 'Проверка цитат' });
  const annotations = panel.getByRole('list', { name: 'Цитаты' });
  const anchors = galley.body.locator('.quote-anchor');

  await selectEditorText(page, marked);
  await panel.getByRole('button', { name: 'Отметить выделенное как цитату' }).click();
  const item = annotations.getByRole('button', { name: new RegExp(marked) });
  await expect(item).toBeVisible();
  await expect(anchors).toHaveText([marked]);
  await galley.waitUntilSaved();

  // The detector's own suggestion is still offered beside it.
  await expect(panel.getByRole('list', { name: 'Найдено в тексте' })).toBeVisible();

  await item.click();
  await panel.getByRole('button', { name: 'Удалить цитату' }).click();
  const confirm = panel.getByRole('alertdialog', { name: 'Удалить цитату из проверки?' });
  await expect(confirm).toContainText(`«${marked}» останется в тексте статьи`);
  await expect(confirm.getByRole('button', { name: 'Отмена' })).toBeFocused();
  await confirm.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('factcheck-remove-confirm-ru.png') });

  // Cancel keeps it; confirming removes it.
  await confirm.getByRole('button', { name: 'Отмена' }).click();
  await expect(confirm).toBeHidden();
  await expect(item).toBeVisible();
  await panel.getByRole('button', { name: 'Удалить цитату' }).click();
  await confirm.getByRole('button', { name: 'Удалить', exact: true }).click();

  await expect(panel.getByRole('status')).toHaveText('Цитата удалена из проверки.');
  await expect(item).toHaveCount(0);
  await expect(anchors).toHaveCount(0);
  // The words stay in the article; only the mark went.
  await expect(galley.body).toContainText(marked);
  await galley.waitUntilSaved();

  // Removing a hand-marked quote dismisses nothing the detector finds.
  await page.reload();
  await galley.openArticle(sampleHeadline);
  await expect(panel.getByRole('list', { name: 'Найдено в тексте' })).toBeVisible();
  await expect(annotations.getByRole('button', { name: new RegExp(marked) })).toHaveCount(0);
  await expect(galley.body).toContainText(marked);
  await expect(anchors).toHaveCount(0);
});

test('13: a quote found in the text offers no removal, only dismissal', async ({ galley }) => {
  const page = await inRussian(galley);
  await galley.openArticle(sampleHeadline);
  const panel = page.getByRole('region', { name: 'Проверка цитат' });
  const suggestions = panel.getByRole('list', { name: 'Найдено в тексте' });
  await suggestions.getByRole('button', { name: 'Принять' }).click();
  const item = panel.getByRole('list', { name: 'Цитаты' }).getByRole('button').first();
  await expect(item).toBeVisible();
  await item.click();
  await expect(panel.getByRole('form')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Удалить цитату' })).toHaveCount(0);
});
