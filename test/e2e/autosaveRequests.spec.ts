import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ApiCallRecorder } from './pages/ApiCallRecorder';
import type { GalleyPage } from './pages/GalleyPage';

const isSave = (response: { url(): string }): boolean =>
  decodeURIComponent(response.url()).endsWith('/api/articles:autosave');

/** Starts a fresh record, makes the edit, and waits until its autosave is answered and shown. */
async function recordAutosave(
  galley: GalleyPage,
  page: Page,
  calls: ApiCallRecorder,
  edit: () => Promise<void>,
): Promise<void> {
  await calls.start();
  const saved = page.waitForResponse(isSave);
  await edit();
  await saved;
  await galley.waitUntilSaved();
}

// One article through three kinds of edit: each autosave's requests, recorded afresh.
test('each autosave refetches only what its change can touch: body, headline, rubric', async ({
  galley,
  page,
}) => {
  // Several tests' worth of steps in one: the time of each, less a server and page apiece.
  test.slow();
  const calls = new ApiCallRecorder(page);
  await galley.createArticle();
  await galley.headline.fill('Черновик');
  await galley.body.click();
  await page.keyboard.type('Первый абзац.');
  await galley.waitUntilSaved();
  await expect(galley.articleButton('Черновик')).toBeVisible();

  await test.step('an autosave of the body sends the save and refetches only the quote ledger', async () => {
    await recordAutosave(galley, page, calls, () => page.keyboard.type('!'));
    // The quote ledger and the comment threads (their anchors) are read from the body, so they
    // alone are refetched: no list page, no counts, no name lists.
    expect((await calls.settle()).sort()).toEqual([
      'articles:autosave',
      'comments:list',
      'quotes:list',
    ]);
    await expect(galley.articleButton('Черновик')).toBeVisible();
  });

  await test.step('a headline change refreshes the visible list row, and nothing the headline cannot change', async () => {
    await recordAutosave(galley, page, calls, () =>
      galley.headline.fill('Мосгордума приняла бюджет'),
    );
    await expect(galley.articleButton('Мосгордума приняла бюджет')).toBeVisible();
    await expect(galley.articleButton('Черновик')).toHaveCount(0);
    // The save, then the list page in view (row, order and counts); not the body's quote ledger.
    expect(await calls.settle()).toEqual(['articles:autosave', 'articles:query']);
  });

  await test.step('a rubric change refreshes the list and the rubric names, not the quote ledger', async () => {
    await recordAutosave(galley, page, calls, async () => {
      await galley.rubric.fill('Экономика');
      await galley.rubric.press('Enter');
    });
    await expect(galley.articleButton(/Экономика/)).toBeVisible();
    expect((await calls.settle()).sort()).toEqual(
      ['articles:query', 'articles:autosave', 'lists:get'].sort(),
    );
  });
});
