import fs from 'node:fs';
import path from 'node:path';
import { damageHeadlineIndex } from '../support/damageHeadlineIndex';
import { makeTempDir, startGalleyServer } from '../support/galleyServer';
import { expect, test } from './fixtures';
import { GalleyPage } from './pages/GalleyPage';

test('a library found damaged in the background turns read-only and says how to restore it', async ({
  page,
}) => {
  const dir = makeTempDir();
  const library = path.join(dir, 'library.sqlite');
  let server = await startGalleyServer(library);
  await server.stop();
  damageHeadlineIndex(library);
  server = await startGalleyServer(library);
  try {
    const galley = new GalleyPage(page, server);
    await galley.open();
    const alert = page.getByRole('alert').filter({ hasText: 'The library is damaged' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('open read-only');
    await expect(alert).toContainText(library);

    // Still readable: the sample article opens.
    await expect(galley.articleList.getByRole('button')).not.toHaveCount(0);
    // Nothing is written: a new article is refused with the same reason.
    await page.getByRole('button', { name: 'New article' }).click();
    await expect(page.locator('.library-error')).toContainText('is damaged');
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a healthy library shows no integrity alert once its check has passed', async ({
  galley,
  page,
}) => {
  await expect(page.locator('.integrity-checking')).toHaveCount(0, { timeout: 10_000 });
  await expect(page.locator('.integrity-damaged')).toHaveCount(0);
  await expect(galley.articleList.getByRole('button')).not.toHaveCount(0);
});
