import { expect, test } from './fixtures';

test('a half-typed rubric that autosave catches is not kept as a rubric', async ({
  galley,
  page,
}) => {
  await galley.createArticle();
  await galley.headline.fill('Метро открыло новую станцию');
  // «Тр» sits in the field while autosave runs; only «Транспорт» is confirmed (Enter).
  await galley.rubric.pressSequentially('Тр');
  await galley.waitUntilSaved();
  await galley.rubric.pressSequentially('анспорт');
  await galley.rubric.press('Enter');
  await galley.waitUntilSaved();

  await page.reload();
  await galley.openArticle(/Метро открыло/);
  await expect(galley.rubric).toHaveValue('Транспорт');
  const rubrics = await page
    .locator('#rubric-suggestions option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(rubrics).toContain('Транспорт');
  expect(rubrics).not.toContain('Тр');

  // Nor in the library's rubric filter or the export dialog's rubric choice.
  await page.locator('.library-filters > summary').click();
  const filter = page.locator('.library-filters').getByLabel('Rubric');
  await expect(filter.locator('option', { hasText: 'Транспорт' })).toHaveCount(1);
  await expect(filter.locator('option', { hasText: /^Тр$/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Export…' }).click();
  const exportRubric = page
    .getByRole('dialog', { name: 'Export to the website' })
    .getByLabel('Rubric');
  await expect(exportRubric.locator('option', { hasText: 'Транспорт' })).toHaveCount(1);
  await expect(exportRubric.locator('option', { hasText: /^Тр$/ })).toHaveCount(0);
});

test('a rubric is taken on leaving the field, and a pick from the list counts at once', async ({
  galley,
}) => {
  await galley.createArticle();
  await galley.headline.fill('Бюджет города');
  await galley.rubric.fill('Экономика');
  await galley.headline.click();
  await galley.waitUntilSaved();
  await expect(galley.articleButton(/Экономика/)).toBeVisible();

  await galley.createArticle();
  await galley.headline.fill('Новый бюджет');
  await galley.waitUntilSaved();
  // What the browser sends when a person picks an entry of the datalist.
  await galley.rubric.evaluate((input: HTMLInputElement) => {
    input.focus();
    // React watches the value setter: set it the way the browser does, on the prototype.
    Reflect.set(HTMLInputElement.prototype, 'value', 'Общество', input);
    input.dispatchEvent(
      new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }),
    );
  });
  await galley.waitUntilSaved();
  await expect(galley.articleButton(/Новый бюджет.*Общество/s)).toBeVisible();
});
