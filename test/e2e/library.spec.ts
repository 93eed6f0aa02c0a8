import { expect, test } from './fixtures';

const seedHeadline = 'Московский инновационный кластер выходит на международный уровень';

test('a new library lists the sample article and opens it', async ({ galley }) => {
  await expect(galley.articleButton(seedHeadline)).toBeVisible();
  await galley.openArticle(seedHeadline);
  await expect(galley.headline).toHaveValue(seedHeadline);
  await expect(galley.rubric).toHaveValue('Общество');
  await expect(galley.lede).toHaveValue(/^Представители Белоруссии, Индии/);
  await expect(galley.body).toContainText('рассказала Наталья Сергунина');
  await galley.page.screenshot({
    path: test.info().outputPath('library-sample-article.png'),
    fullPage: true,
  });
});

test('the library is on screen before the editor’s code is fetched; opening an article fetches it', async ({
  page,
  server,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.addInitScript(() => localStorage.setItem('galley:interfaceLanguage', 'ru'));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(server.launchUrl);
  const list = page.getByTestId('article-list');
  await expect(list.getByRole('button', { name: seedHeadline })).toBeVisible();
  await expect(list).toHaveAttribute('aria-busy', 'false');
  expect(scripts.filter((script) => script.includes('ArticleEditor'))).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('library-first-screen-ru.png') });

  await list.getByRole('button', { name: seedHeadline }).click();
  await expect(page.getByTestId('body-editor')).toContainText('рассказала Наталья Сергунина');
  expect(scripts.filter((script) => script.includes('ArticleEditor'))).toHaveLength(1);
});

test('a headline typed as soon as New article is pressed never renames the article being left', async ({
  galley,
  page,
}) => {
  await galley.openArticle(seedHeadline);
  // On a desk the new article takes a round trip to exist: hold its answer back for a while.
  await page.route(
    (url) => decodeURIComponent(url.pathname) === '/api/articles:create',
    async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    },
  );
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByText('Creating a new article…')).toBeVisible();
  await galley.headline.fill('Парк открыт');
  await galley.waitUntilSaved();
  await expect(galley.articleButton('Парк открыт')).toBeVisible();
  await expect(galley.articleButton(seedHeadline)).toBeVisible();
});

test('a row clicked after the list reorders opens the article it showed', async ({ galley }) => {
  await galley.createArticle();
  await galley.headline.fill('Second story');
  await galley.waitUntilSaved();
  const rows = galley.articleList.getByRole('button');
  await expect(rows.first()).toContainText('Second story');
  // The element a click was aimed at, found before the list moves (as a pointer would be).
  const aimed = await galley.articleButton('Second story').elementHandle();
  await galley.openArticle(seedHeadline);
  await galley.headline.fill('Кластер переименован');
  await galley.waitUntilSaved();
  await expect(rows.first()).toContainText('Кластер переименован');
  await aimed.click();
  await expect(galley.headline).toHaveValue('Second story');
});

test('a new article keeps what was typed across a reload', async ({ galley, page }) => {
  await galley.createArticle();
  await galley.headline.fill('Мосгордума приняла бюджет');
  await galley.lede.fill('Депутаты одобрили документ во втором чтении.');
  await galley.rubric.fill('Экономика');
  await galley.body.click();
  await page.keyboard.type('Первый абзац статьи.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Второй абзац с «цитатой».');
  await galley.waitUntilSaved();

  await page.reload();
  await expect(galley.headline).toHaveValue('Мосгордума приняла бюджет');
  await expect(galley.lede).toHaveValue('Депутаты одобрили документ во втором чтении.');
  await expect(galley.rubric).toHaveValue('Экономика');
  await expect(galley.body.locator('p')).toHaveText([
    'Первый абзац статьи.',
    'Второй абзац с «цитатой».',
  ]);
  await expect(galley.articleButton('Мосгордума приняла бюджет')).toBeVisible();
  await page.screenshot({
    path: test.info().outputPath('editor-after-reload.png'),
    fullPage: true,
  });
});

test.describe(() => {
  // The server must still be running afterwards: a child, whose exit code says so.
  test.use({ serverProcess: true });

  test('a save sent as the page closes is not lost', async ({ galley, page, server }) => {
    await galley.createArticle();
    await galley.headline.fill('Typed right before the reload');
    // No waiting for the indicator: the pagehide flush has to carry it.
    await page.reload();
    await expect(galley.headline).toHaveValue('Typed right before the reload');
    expect(server.process?.exitCode).toBeNull();
  });
});

test('deleting an article removes it from the library', async ({ galley, page }) => {
  await galley.createArticle();
  await galley.headline.fill('Doomed draft');
  await galley.waitUntilSaved();
  await expect(galley.articleButton('Doomed draft')).toBeVisible();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page
    .getByRole('group', { name: 'Delete this article for good?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(galley.articleButton('Doomed draft')).toHaveCount(0);
  await page.reload();
  await expect(galley.articleButton('Doomed draft')).toHaveCount(0);
});

test('saving status is visible while typing and ends as saved', async ({ galley, page }) => {
  await galley.openArticle(seedHeadline);
  await galley.body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Дополнение.');
  await expect(galley.saveIndicator).toHaveAttribute('data-state', /saving|saved/);
  await galley.waitUntilSaved();
  await expect(galley.saveIndicator).toHaveText('Saved');
});
