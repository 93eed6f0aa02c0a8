import { expect, test } from './fixtures';

const seedHeadline = 'Московский инновационный кластер выходит на международный уровень';

test('tags, bylines, slug and language are edited and kept', async ({ galley, page }) => {
  await galley.createArticle();
  await galley.headline.fill('Парк Горького открылся после ремонта');
  await expect(page.getByTestId('slug')).toHaveText('park-gorkogo-otkrylsia-posle-remonta');

  await page.getByRole('combobox', { name: 'Tags' }).fill('парки');
  await page.getByRole('combobox', { name: 'Tags' }).press('Enter');
  await page.getByRole('combobox', { name: 'Tags' }).fill('Москва');
  await page.getByRole('combobox', { name: 'Tags' }).press('Enter');
  await page.getByRole('combobox', { name: 'Bylines' }).fill('Анна Петрова');
  await page.getByRole('combobox', { name: 'Bylines' }).press('Enter');

  await page.getByRole('button', { name: 'Edit slug' }).click();
  const slugInput = page.getByLabel('Slug');
  await slugInput.fill('../../etc');
  await expect(page.getByRole('alert')).toContainText('lower-case Latin letters');
  await expect(page.getByRole('button', { name: 'Save slug' })).toBeDisabled();
  await slugInput.fill('gorky-park');
  await page.getByRole('button', { name: 'Save slug' }).click();
  await expect(page.getByTestId('slug')).toHaveText('gorky-park');
  await page.locator('.language-field select').selectOption('ru');
  await galley.waitUntilSaved();

  await page.reload();
  await expect(page.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText([
    /парки/,
    /Москва/,
  ]);
  await expect(page.getByRole('list', { name: 'Bylines' }).getByRole('listitem')).toHaveText([
    /Анна Петрова/,
  ]);
  await expect(page.getByTestId('slug')).toHaveText('gorky-park');
  await galley.headline.fill('Парк Горького снова открыт');
  await galley.waitUntilSaved();
  await expect(page.getByTestId('slug')).toHaveText('gorky-park');
  await expect(page.locator('#headline-length')).toHaveText('26 / 90 characters');
});

test('status offers every move the workflow allows, in workflow order', async ({
  galley,
  page,
}) => {
  await galley.openArticle(seedHeadline);
  const status = page.getByLabel('Status', { exact: true });
  // Published is reachable only from Ready.
  await expect(status.locator('option')).toHaveText([
    'Draft',
    'Move to Editing',
    'Move to Fact-check',
    'Move to Ready',
  ]);
  await status.selectOption({ label: 'Move to Editing' });
  await expect(page.locator('.editor-toolbar .status-badge')).toHaveText('Editing');
  await expect(status.locator('option')).toHaveText([
    'Move to Draft',
    'Editing',
    'Move to Fact-check',
    'Move to Ready',
  ]);
  await page.reload();
  await expect(page.locator('.editor-toolbar .status-badge')).toHaveText('Editing');
  await expect(galley.articleButton(seedHeadline)).toContainText('Editing');
});

test('related articles are linked with the picker and follow a rename', async ({
  galley,
  page,
}) => {
  await galley.createArticle();
  await galley.headline.fill('Second story');
  await page.getByPlaceholder('Find an article to link').fill('кластер');
  await page
    .getByRole('list', { name: 'Articles to link' })
    .getByRole('button', { name: seedHeadline })
    .click();
  const related = page.getByRole('list', { name: 'Related articles' });
  await expect(related.getByRole('button', { name: seedHeadline, exact: true })).toBeVisible();
  await galley.waitUntilSaved();

  await related.getByRole('button', { name: seedHeadline, exact: true }).click();
  await expect(galley.headline).toHaveValue(seedHeadline);
  await galley.headline.fill('Кластер переименован');
  await galley.waitUntilSaved();
  await galley.openArticle('Second story');
  await expect(page.getByRole('list', { name: 'Related articles' })).toContainText(
    'Кластер переименован',
  );
});

test('a revision is previewed, compared and restored', async ({ galley, page }) => {
  await galley.openArticle(seedHeadline);
  await page.getByText('History', { exact: true }).click();
  await page.getByLabel('Version name').fill('Before edits');
  await page.getByRole('button', { name: 'Save version' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Version “Before edits” saved' }),
  ).toBeVisible();

  await galley.headline.fill('Совсем другой заголовок');
  await galley.waitUntilSaved();
  const history = page.getByRole('list', { name: 'History' });
  await history.getByRole('button', { name: /Version «Before edits»/ }).click();
  await expect(page.getByTestId('revision-text')).toContainText(seedHeadline);
  await page.getByLabel('Compare with').selectOption({ index: 1 });
  await expect(page.getByTestId('revision-text').locator('ins').first()).toBeVisible();

  // The preview is a dialog over the page; restoring from it closes it.
  await page.getByRole('button', { name: 'Restore this revision' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(galley.headline).toHaveValue(seedHeadline);
  await page.getByText('History', { exact: true }).click();
  await expect(
    page.getByRole('list', { name: 'History' }).getByRole('button').first(),
  ).toContainText('Restored');
  await page.screenshot({ path: test.info().outputPath('revision-history.png'), fullPage: true });
});

test('the length guide is configurable in settings, and F1 lists the shortcuts', async ({
  galley,
  page,
}) => {
  await galley.openArticle(seedHeadline);
  await expect(page.locator('#headline-length')).toHaveText('65 / 90 characters');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Headline length guide (characters)').fill('60');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.locator('#headline-length')).toHaveText('65 characters: over the 60 guide');
  await page.reload();
  await expect(page.locator('#headline-length')).toHaveText('65 characters: over the 60 guide');

  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Ctrl+K');
  await expect(help).toContainText('Find and replace');
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toHaveCount(0);
});
