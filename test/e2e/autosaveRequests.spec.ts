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

  await test.step('an autosave of the body sends the save, and the quote ledger is read once typing pauses', async () => {
    await calls.start();
    const saved = page.waitForResponse(isSave);
    await page.keyboard.type('!');
    await saved;
    // Asked for before the pause after this save ends (a read waiting for an earlier pause was
    // put off by this save).
    const ledgerRead = page.waitForRequest((request) =>
      decodeURIComponent(request.url()).endsWith('/api/quotes:list'),
    );
    await galley.waitUntilSaved();
    await ledgerRead;
    // No anchor was in the edited paragraph: the comment threads are not read again, and the
    // quote ledger (the detector's suggestions) is read once the typing pauses, not per save.
    // No list page, no counts, no name lists.
    expect([...new Set(await calls.settle())].sort()).toEqual(['articles:autosave', 'quotes:list']);
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
