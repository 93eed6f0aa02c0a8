import type { Locator, Page } from '@playwright/test';
import type { GalleyServer } from '../support/galleyServer';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

async function call(
  page: Page,
  server: Pick<GalleyServer, 'origin' | 'token'>,
  channel: string,
  input: unknown,
) {
  const response = await page.request.post(`${server.origin}/api/${channel}`, {
    headers: { 'Content-Type': 'application/json', 'X-Galley-Token': server.token },
    data: input,
  });
  const answer = (await response.json()) as { ok: boolean; value: { id: string } };
  expect(answer.ok, `${channel} answered`).toBe(true);
  return answer.value;
}

async function seed(
  page: Page,
  server: Pick<GalleyServer, 'origin' | 'token'>,
  headline: string,
  rubric: string,
  tags: string[],
): Promise<void> {
  const { id } = await call(page, server, 'articles:create', { headline });
  await call(page, server, 'articles:update', { id, patch: { rubric, tags } });
}

function filterSelect(page: Page, label: string): Locator {
  return page
    .locator('.library-filters label')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('select');
}

/** The names a library filter offers, its «any» («Любой», «Любая» for a rubric) left out. */
async function filterOptions(page: Page, label: string): Promise<string[]> {
  const options = await filterSelect(page, label).locator('option').allTextContents();
  return options.filter((option) => option !== 'Любой' && option !== 'Любая');
}

function row(list: Locator, name: string): Locator {
  return list.getByRole('listitem').filter({ has: list.page().getByText(name, { exact: true }) });
}

test('Settings renames a rubric, merges two tags and deletes one; the library filters follow', async ({
  galley,
  page,
  server,
}) => {
  await seed(page, server, 'Пробки на МКАД', 'Трнспорт', ['ДТП', 'черновик']);
  await seed(page, server, 'Авария на Садовом', 'Трнспорт', ['авария']);
  await seed(page, server, 'Новый мост', 'Город', ['авария', 'ДТП']);
  await page.reload();
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
  await expect(galley.articleList).toBeVisible();
  await page.locator('.library-filters > summary').click();
  await expect.poll(() => filterOptions(page, 'Рубрика')).toContain('Трнспорт');

  await page.getByRole('button', { name: 'Настройки', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Настройки' });
  const rubrics = dialog.getByRole('list', { name: 'Рубрики' });
  const tags = dialog.getByRole('list', { name: 'Теги' });
  await expect(row(rubrics, 'Трнспорт')).toContainText('2 статьи');
  await expect(row(tags, 'авария')).toContainText('2 статьи');
  await expect(row(tags, 'черновик')).toContainText('1 статья');

  // Rename in place; Escape first cancels without closing Settings.
  await rubrics.getByRole('button', { name: 'Переименовать «Трнспорт»' }).click();
  const input = rubrics.getByLabel('Новое название для «Трнспорт»');
  await expect(input).toBeFocused();
  await input.fill('Что-то не то');
  await input.press('Escape');
  await expect(dialog).toBeVisible();
  await expect(row(rubrics, 'Трнспорт')).toBeVisible();
  await rubrics.getByRole('button', { name: 'Переименовать «Трнспорт»' }).click();
  await input.fill('Транспорт');
  await input.press('Enter');
  await expect(row(rubrics, 'Транспорт')).toContainText('2 статьи');
  await expect(row(rubrics, 'Трнспорт')).toHaveCount(0);

  // Merge: «авария» into «ДТП», confirmed with how many articles are retagged.
  await tags.getByRole('button', { name: 'Переименовать «авария»' }).click();
  await tags.getByLabel('Новое название для «авария»').fill('ДТП');
  await tags.getByLabel('Новое название для «авария»').press('Enter');
  const confirm = dialog.getByRole('alertdialog');
  await expect(confirm).toContainText('Объединить тег «авария» с «ДТП»? Тег сменится у 2 статей.');
  await page.screenshot({ path: test.info().outputPath('terms-merge-ru.png') });
  await confirm.getByRole('button', { name: 'Объединить' }).click();
  await expect(row(tags, 'авария')).toHaveCount(0);
  // «Новый мост» had both: it keeps one.
  await expect(row(tags, 'ДТП')).toContainText('3 статьи');

  // Delete «черновик», with its count in the question.
  await tags.getByRole('button', { name: 'Удалить «черновик»' }).click();
  await expect(confirm).toContainText('Удалить тег «черновик»? Он будет снят с 1 статьи.');
  await confirm.getByRole('button', { name: 'Удалить' }).click();
  await expect(row(tags, 'черновик')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('terms-settings-ru.png') });

  await dialog.getByRole('button', { name: 'Сохранить настройки' }).click();
  await expect(dialog).toBeHidden();
  // The sample article keeps its own rubric («Общество») and tags.
  await expect
    .poll(() => filterOptions(page, 'Рубрика'))
    .toEqual(['Город', 'Общество', 'Транспорт']);
  const tagOptions = await filterOptions(page, 'Тег');
  expect(tagOptions).toContain('ДТП');
  expect(tagOptions).not.toContain('авария');
  expect(tagOptions).not.toContain('черновик');
  await filterSelect(page, 'Тег').selectOption('ДТП');
  await expect(galley.articleButton(/Авария на Садовом/)).toBeVisible();
  await expect(galley.articleButton(/Новый мост/)).toBeVisible();
  await expect(galley.articleButton(/Пробки на МКАД/)).toBeVisible();
});
