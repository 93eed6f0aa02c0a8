import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import type { GalleyPage } from './pages/GalleyPage';

const channelOf = (url: URL): string => decodeURIComponent(url.pathname).replace('/api/', '');

/**
 * Holds back the answers of some channels for a while, as a busy server or a desk's round trip
 * does, so that saves, opens and creations overlap in the orders a person can meet.
 */
async function holdAnswers(page: Page, channels: readonly string[], ms: number): Promise<void> {
  await page.route(
    (url) => url.pathname.startsWith('/api/') && channels.includes(channelOf(url)),
    async (route: Route) => {
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, ms));
      await route.fulfill({ response });
    },
  );
}

/** Each autosave as sent and answered: whether it carried changed blocks, and its error code. */
function recordSaves(page: Page): { changedBlocks: boolean; error: string | undefined }[] {
  const saves: { changedBlocks: boolean; error: string | undefined }[] = [];
  page.on('response', (response) => {
    if (!decodeURIComponent(response.url()).endsWith('/api/articles:autosave')) return;
    const sent = JSON.parse(response.request().postData() ?? '{}') as { bodyChange?: unknown };
    void response
      .json()
      .then((answer: { ok: boolean; error?: { code: string } }) =>
        saves.push({ changedBlocks: sent.bodyChange !== undefined, error: answer.error?.code }),
      )
      .catch(() => undefined);
  });
  return saves;
}

async function typeInBody(galley: GalleyPage, text: string): Promise<void> {
  await galley.body.click();
  await galley.page.keyboard.press('End');
  await galley.page.keyboard.type(text);
}

for (const held of [
  ['articles:autosave'],
  ['articles:get'],
  ['articles:autosave', 'articles:get'],
]) {
  test(`two new articles typed one after the other keep their bodies, answers of ${held.join(' and ')} held back`, async ({
    galley,
    page,
  }) => {
    test.slow();
    const saves = recordSaves(page);
    await holdAnswers(page, held, 700);
    await galley.createArticle();
    await galley.headline.fill('First story');
    const sent = page.waitForRequest((request) =>
      request.url().endsWith('/api/articles%3Aautosave'),
    );
    await typeInBody(galley, 'The first body.');
    await sent;
    // Typed while that save may still be unanswered, and left at once for a new article.
    await galley.page.keyboard.type(' Still the first.');
    await galley.createArticle();
    await galley.headline.fill('Second story');
    await typeInBody(galley, 'The second body.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Its second paragraph.');
    await galley.waitUntilSaved();

    await page.reload();
    // The whole page loads again, then the open article (its read held back too): like
    // createArticle's, beyond the default 5 s at load 20-30.
    await expect(galley.headline).toHaveValue('Second story', { timeout: 15_000 });
    await expect(galley.body.locator('p')).toHaveText([
      'The second body.',
      'Its second paragraph.',
    ]);
    await galley.openArticle('First story');
    await expect(galley.body.locator('p')).toHaveText(['The first body. Still the first.']);
    // Later saves sent only their changed blocks, and the server found its body to be their base.
    expect(saves.some((save) => save.changedBlocks)).toBe(true);
    expect(saves.filter((save) => save.error)).toEqual([]);
  });
}

test('changed blocks the server refuses as counted against another body are sent again whole', async ({
  galley,
  page,
}) => {
  const saves = recordSaves(page);
  await galley.createArticle();
  await typeInBody(galley, 'Kept whole.');
  await galley.waitUntilSaved();
  // Every save of changed blocks claims a base the server does not hold.
  await page.route(
    (url) => channelOf(url) === 'articles:autosave',
    async (route) => {
      const input = JSON.parse(route.request().postData() ?? '{}') as {
        bodyChange?: { baseDigest: string };
      };
      if (!input.bodyChange) return route.continue();
      input.bodyChange.baseDigest = 'not-the-stored-body';
      return route.continue({ postData: JSON.stringify(input) });
    },
  );
  await page.keyboard.press('Enter');
  await page.keyboard.type('Then a second paragraph.');
  await galley.waitUntilSaved();
  await page.reload();
  await expect(galley.body.locator('p')).toHaveText(['Kept whole.', 'Then a second paragraph.']);
  const refused = saves.findIndex((save) => save.error === 'stale_base');
  expect(refused).toBeGreaterThanOrEqual(0);
  expect(saves.slice(refused + 1)).toContainEqual({ changedBlocks: false, error: undefined });
});
