import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir, startGalleyServer, type GalleyServer } from '../support/galleyServer';
import { populateLibrary } from '../support/populateLibrary';
import { test as base, expect } from './fixtures';
import { GalleyPage } from './pages/GalleyPage';

const generatedCount = 3000;

/**
 * One generated library for the file: it takes a few seconds to build. Started before the file's
 * tests rather than as a worker fixture, which would give the file workers of their own
 * (Playwright groups tests by their worker fixtures and runs the other groups first): a new
 * worker and browser at the very end of the run, building the library beside nothing.
 */
let bigServer: GalleyServer | undefined;
let bigDir = '';
base.beforeAll(async () => {
  base.setTimeout(120_000);
  bigDir = makeTempDir();
  const file = path.join(bigDir, 'library.sqlite');
  populateLibrary(file, generatedCount);
  bigServer = await startGalleyServer(file);
});
base.afterAll(async () => {
  await bigServer?.stop();
  fs.rmSync(bigDir, { recursive: true, force: true });
});

const test = base.extend<{ galley: GalleyPage }>({
  galley: async ({ page }, use) => {
    if (!bigServer) throw new Error('the generated library did not start');
    const galley = new GalleyPage(page, bigServer);
    await galley.open();
    await use(galley);
  },
});

test('search understands Russian morphology and highlights the match', async ({ galley, page }) => {
  await galley.search('кластеру');
  const result = galley.articleButton(/Московский инновационный кластер/);
  await expect(result).toBeVisible();
  await expect(galley.articleList.getByRole('listitem')).toHaveCount(1);
  await expect(result.locator('mark').first()).toHaveText(/кластер/i);
  await page.screenshot({ path: test.info().outputPath('library-search.png') });
});

test('search as you type narrows the list letter by letter', async ({ galley }) => {
  await galley.searchBox.pressSequentially('стади', { delay: 30 });
  await expect(galley.count).toHaveText(`${generatedCount / 8} articles`);
});

test('keys typed while a search is in flight wait, and only the newest text is asked for, once', async ({
  galley,
  page,
}) => {
  await page
    .getByRole('group', { name: 'Filter by status' })
    .getByRole('button', { name: /^Ready/ })
    .click();
  await expect(galley.count).toHaveText(`${generatedCount / 4} articles`);
  const asked: { search: string; status?: string; offset: number }[] = [];
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/articles%3Aquery', async (route) => {
    const input = route.request().postDataJSON() as { search: string; offset: number };
    asked.push(input);
    // The first key's request stays in flight until the whole word is typed.
    if (asked.length === 1) await held;
    await route.continue();
  });
  await galley.searchBox.pressSequentially('стади', { delay: 30 });
  await expect.poll(() => asked.length).toBe(1);
  release();
  // Within the status filter (every stadium article is ready): the search carries the list's
  // filters, so the list finds its own request in flight instead of asking again.
  await expect(galley.count).toHaveText(`${generatedCount / 8} articles`);
  expect(asked.map(({ search, status, offset }) => ({ search, status, offset }))).toEqual([
    { search: 'с', status: 'ready', offset: 0 },
    { search: 'стади', status: 'ready', offset: 0 },
  ]);
});

test('filters by status, rubric and author combine, with counts per status', async ({
  galley,
  page,
}) => {
  await expect(galley.count).toHaveText(`${generatedCount + 1} articles`);
  await page
    .getByRole('group', { name: 'Filter by status' })
    .getByRole('button', { name: /^Ready/ })
    .click();
  await expect(galley.count).toHaveText(`${generatedCount / 4} articles`);
  await page.getByText('Filters', { exact: true }).click();
  await page.getByLabel('Rubric').selectOption('Спорт');
  await page.getByLabel('Author').selectOption('Анна Петрова');
  await expect(galley.count).toHaveText(`${generatedCount / 4} articles`);
  await page.getByLabel('Rubric').selectOption('Экономика');
  await expect(galley.count).toHaveText('0 articles');
});

test('the virtualised list scrolls to the oldest of thousands of articles', async ({
  galley,
  page,
}) => {
  await expect(galley.count).toHaveText(`${generatedCount + 1} articles`);
  const rendered = await galley.articleList.getByRole('listitem').count();
  expect(rendered).toBeLessThan(60);
  await page
    .locator('.virtual-scroller')
    .evaluate((element) => (element.scrollTop = element.scrollHeight));
  await expect(galley.articleButton(/Московский инновационный кластер/)).toBeVisible();
  await page.getByLabel('Sort').selectOption('headline');
  await page.locator('.virtual-scroller').evaluate((element) => (element.scrollTop = 0));
  await expect(galley.articleList.getByRole('button').first()).toContainText(
    'Московский инновационный кластер',
  );
});
