import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir, startGalleyServer } from '../support/galleyServer';
import { expect, test } from './fixtures';
import { GalleyPage } from './pages/GalleyPage';

test('a killed server loses nothing acknowledged, and unsaved edits are offered back', async ({
  page,
}) => {
  const dir = makeTempDir();
  const library = path.join(dir, 'library.sqlite');
  // No --port, as a person starts it: the restart finds the library's last port, hence the same
  // origin, whose local storage holds the journal.
  let server = await startGalleyServer(library, [], { port: 'remembered' });
  const origin = server.origin;
  try {
    let galley = new GalleyPage(page, server);
    await galley.open();
    await galley.createArticle();
    await galley.headline.fill('Пожар на складе потушен');
    await galley.body.click();
    await page.keyboard.type('Сохранённый абзац.');
    await galley.waitUntilSaved();

    await server.stop('SIGKILL');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Абзац, набранный без сервера.');
    await expect(galley.saveIndicator).toHaveAttribute('data-state', 'failed', { timeout: 10_000 });
    await expect(galley.saveIndicator).toContainText('Retry');

    server = await startGalleyServer(library, [], { port: 'remembered' });
    expect(server.origin).toBe(origin);
    galley = new GalleyPage(page, server);
    const articleId = /article=([^&]+)/.exec(new URL(page.url()).hash)?.[1] ?? '';
    // Same origin, new token: a full reload, as a person reopening the page would do.
    await page.goto(`${server.launchUrl}&article=${articleId}`);
    await page.reload();
    await expect(galley.headline).toHaveValue('Пожар на складе потушен');
    await expect(galley.body).toContainText('Сохранённый абзац.');
    const banner = page.getByRole('alertdialog', { name: 'Unsaved edits found' });
    await expect(banner).toBeVisible();
    await banner.getByRole('button', { name: 'Restore my edits' }).click();
    await expect(galley.body).toContainText('Абзац, набранный без сервера.');
    await galley.waitUntilSaved();

    await page.reload();
    await expect(galley.body.locator('p')).toHaveText([
      'Сохранённый абзац.',
      'Абзац, набранный без сервера.',
    ]);
    await expect(page.getByRole('alertdialog', { name: 'Unsaved edits found' })).toHaveCount(0);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
