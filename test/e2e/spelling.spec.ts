import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ spellCheck: true, viewport: { width: 1440, height: 900 } });

// The first check of a language loads its dictionary in the server: from dist/spell a tenth of a
// second of CPU, but seconds when that was not built (the dictionary itself loads then).
const dictionaryLoad = { timeout: 40_000 };

async function screenshot(page: Page, name: string): Promise<void> {
  const path = test.info().outputPath(name);
  await page.screenshot({ path });
  await test.info().attach(name, { path, contentType: 'image/png' });
}

/** Right-clicks the middle of an element, as a person does on an underlined word. */
async function rightClick(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('the word is not on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
}

test('Russian misspellings are underlined in the body and headline, and a suggestion fixes each', async ({
  page,
  galley,
}) => {
  test.setTimeout(120_000);
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
  await page.getByRole('button', { name: 'Новая статья' }).click();
  await expect(galley.headline).toHaveValue('');
  await page.locator('.language-field select').selectOption('ru');

  await galley.headline.fill('Превет из редакции');
  await galley.body.click();
  await page.keyboard.type('Мы гаворим о транспорте, и Ковалёв согласен.');

  const bodyError = galley.body.locator('.spelling-error', { hasText: 'гаворим' });
  await expect(bodyError).toBeVisible(dictionaryLoad);
  // Correct words stay plain.
  await expect(galley.body.locator('.spelling-error', { hasText: 'транспорте' })).toHaveCount(0);
  const headlineError = page.locator('.spelled-field mark', { hasText: 'Превет' });
  await expect(headlineError).toBeVisible(dictionaryLoad);

  await rightClick(page, bodyError);
  const menu = page.getByRole('menu', { name: 'Правописание слова «гаворим»' });
  // Suggestions come from the spelling worker: on a loaded machine that takes seconds.
  await expect(menu.getByRole('menuitem', { name: 'говорим' })).toBeVisible({ timeout: 20_000 });
  await screenshot(page, 'spelling-menu-ru.png');
  await menu.getByRole('menuitem', { name: 'говорим' }).click();
  await expect(menu).toHaveCount(0);
  await expect(galley.body).toContainText('Мы говорим о транспорте');
  await expect(galley.body.locator('.spelling-error', { hasText: 'говорим' })).toHaveCount(0);

  await rightClick(page, headlineError);
  await page
    .getByRole('menu', { name: 'Правописание слова «Превет»' })
    .getByRole('menuitem', { name: 'Привет' })
    .click();
  await expect(galley.headline).toHaveValue('Привет из редакции');
  await expect(page.locator('.spelled-field mark', { hasText: 'Превет' })).toHaveCount(0);

  // A name the dictionary lacks goes into the desk dictionary and is no longer flagged.
  const name = galley.body.locator('.spelling-error', { hasText: 'Ковалёв' });
  await expect(name).toBeVisible();
  await rightClick(page, name);
  await page.getByRole('menuitem', { name: 'Добавить в словарь редакции' }).click();
  await expect(name).toHaveCount(0);
  await galley.waitUntilSaved();

  await page.getByRole('button', { name: 'Настройки' }).click();
  const dictionary = page.getByTestId('desk-dictionary');
  await expect(dictionary).toContainText('Ковалёв');
  await screenshot(page, 'spelling-settings-ru.png');
  await dictionary.getByRole('button', { name: 'Удалить «Ковалёв»' }).click();
  await expect(page.getByText('Слов пока нет.', { exact: false })).toBeVisible();
});

// English twice on one server: the dictionary loads once for both checks.
test('English: a misspelling is underlined and F7 offers the fix; turned off in settings, nothing is', async ({
  page,
  galley,
}) => {
  test.setTimeout(120_000);
  await test.step('an English misspelling is underlined and F7 offers the fix', async () => {
    await galley.createArticle();
    await page.locator('.language-field select').selectOption('en');
    await galley.body.click();
    await page.keyboard.type('We recieve letters every day.');

    const error = galley.body.locator('.spelling-error', { hasText: 'recieve' });
    await expect(error).toBeVisible(dictionaryLoad);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('F7');
    const menu = page.getByRole('menu', { name: 'Spelling of “recieve”' });
    await expect(menu.getByRole('menuitem').first()).toHaveText('receive', { timeout: 20_000 });
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(galley.body).toContainText('We receive letters every day.');
    await expect(galley.body.locator('.spelling-error')).toHaveCount(0);
    await expect(galley.body).toBeFocused();
  });

  await test.step('with spell check turned off in settings nothing is underlined', async () => {
    await galley.createArticle();
    await galley.body.click();
    await page.keyboard.type('We recieve letters.');
    await expect(galley.body.locator('.spelling-error')).toHaveCount(1, dictionaryLoad);

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Underline misspelled words (Russian and English)').uncheck();
    await page.keyboard.press('Escape');
    await expect(galley.body.locator('.spelling-error')).toHaveCount(0);
  });
});

test('a long body is underlined a slice at a time, all of it, and what is typed meanwhile stays', async ({
  page,
  galley,
  server,
}) => {
  test.setTimeout(120_000);
  const api = async (channel: string, input: unknown) => {
    const response = await page.request.post(`${server.origin}/api/${channel}`, {
      headers: { 'Content-Type': 'application/json', 'X-Galley-Token': server.token },
      data: input,
    });
    const answer = (await response.json()) as {
      ok: boolean;
      value: { id: string; bodyText: string };
    };
    expect(answer.ok, `${channel} answered`).toBe(true);
    return answer.value;
  };
  // About 8,000 words with one misspelling a paragraph: a dozen slices.
  const paragraphs = 600;
  const { id } = await api('articles:create', { headline: 'Длинная статья', language: 'ru' });
  await api('articles:update', {
    id,
    patch: {
      body: {
        type: 'doc',
        content: Array.from({ length: paragraphs }, (_, index) => ({
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: `Абзац ${index + 1}: мы гаворим о бюджете региона и транспорте, это важно.`,
            },
          ],
        })),
      },
    },
  });
  // Each task that draws underlines, from the page's start.
  await page.addInitScript(() => {
    const drawn: number[] = [];
    (window as unknown as { underlineTasks: number[] }).underlineTasks = drawn;
    new MutationObserver((records) => {
      const added = records.some((record) =>
        [...record.addedNodes].some(
          (node) =>
            node instanceof Element && node.matches('.spelling-error, :has(.spelling-error)'),
        ),
      );
      if (added) drawn.push(performance.now());
    }).observe(document, { subtree: true, childList: true });
  });
  // A new document (not a change of the hash), so the script above runs from its start.
  await page.goto('about:blank');
  await page.goto(`${server.launchUrl}&article=${id}`);
  const underlines = galley.body.locator('.spelling-error');
  // The dictionary loads while the page opens 8,000 words: at a load of 20, over 40 s.
  await expect(underlines.first()).toBeVisible({ timeout: 90_000 });

  // Typed while the rest of the body is still being underlined.
  await galley.body.locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Новая ашибка.');

  await expect(underlines).toHaveCount(paragraphs + 1, { timeout: 30_000 });
  await expect(galley.body.locator('p').first()).toContainText('это важно. Новая ашибка.');
  const tasks = await page.evaluate(
    () => (window as unknown as { underlineTasks: number[] }).underlineTasks.length,
  );
  expect(tasks).toBeGreaterThan(1);
  await galley.waitUntilSaved();
  expect((await api('articles:get', { id })).bodyText).toContain('это важно. Новая ашибка.');
});
