import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { addDeskUser } from '../../electron/services/desk/deskTokens';
import { openDeskStore } from '../../electron/services/desk/openDeskStore';
import { makeTempDir, startGalleyServer, type GalleyServer } from '../support/galleyServer';
import { startDeskProcess, type DeskProcess } from '../support/startDeskProcess';
import { expect, test } from './fixtures';
import { GalleyPage } from './pages/GalleyPage';

interface Workstation {
  server: GalleyServer;
  galley: GalleyPage;
  page: Page;
}

/** Switches the interface to Russian, joins the desk in Settings and closes Settings. */
async function joinDeskInRussian(galley: GalleyPage, url: string, token: string): Promise<void> {
  const { page } = galley;
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
  await page.getByRole('button', { name: 'Настройки', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Настройки' });
  await dialog.getByLabel('Адрес редакции').fill(url);
  await dialog.getByLabel('Личный токен').fill(token);
  await dialog.getByRole('button', { name: 'Подключиться' }).click();
  await expect(dialog.getByTestId('desk-status')).toHaveAttribute('data-state', 'online', {
    timeout: 15_000,
  });
  await page.keyboard.press('Escape');
}

test.describe('presence: two workstations in one article', () => {
  let dir: string;
  let desk: DeskProcess;
  let tokens: { anna: string; boris: string };
  const workstations: Workstation[] = [];

  test.beforeAll(async () => {
    dir = makeTempDir('galley-presence-e2e-');
    const database = path.join(dir, 'desk.sqlite');
    const store = await openDeskStore(database);
    tokens = {
      anna: (await addDeskUser(store, 'Анна Петрова', 'editor', Date.now())).token,
      boris: (await addDeskUser(store, 'Борис Иванов', 'fact-checker', Date.now())).token,
    };
    await store.close();
    desk = await startDeskProcess(database);
  });

  test.afterAll(async () => {
    for (const { server, page } of workstations) {
      await page.context().close();
      await server.stop();
    }
    await desk.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const workstation = async (browser: Browser, name: string): Promise<Workstation> => {
    const server = await startGalleyServer(path.join(dir, `${name}.galley`));
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const galley = new GalleyPage(page, server);
    await galley.open();
    const station = { server, galley, page };
    workstations.push(station);
    return station;
  };

  test('each sees the other in the header, a caret in the body and a marker in the library; all of it goes when one closes the article', async ({
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    const anna = await workstation(browser, 'anna');
    const boris = await workstation(browser, 'boris');
    await joinDeskInRussian(anna.galley, desk.url, tokens.anna);
    await joinDeskInRussian(boris.galley, desk.url, tokens.boris);

    await anna.page.getByRole('button', { name: 'Новая статья' }).click();
    await anna.galley.headline.fill('Мост на Садовой откроют в мае');
    await anna.galley.body.click();
    await anna.page.keyboard.type('Мэрия назвала срок. Подрядчик обещает закончить работы весной.');
    await anna.galley.waitUntilSaved();

    await expect(boris.galley.articleButton(/Мост на Садовой/)).toBeVisible({ timeout: 15_000 });
    await boris.galley.openArticle(/Мост на Садовой/);
    await expect(boris.galley.body).toContainText('Подрядчик обещает', { timeout: 10_000 });
    // Boris selects «Подрядчик обещает» (his caret after it).
    await boris.galley.body.click();
    await boris.page.keyboard.press('Control+Home');
    for (let step = 0; step < 'Мэрия назвала срок. '.length; step += 1)
      await boris.page.keyboard.press('ArrowRight');
    for (let step = 0; step < 'Подрядчик обещает'.length; step += 1)
      await boris.page.keyboard.press('Shift+ArrowRight');

    // In the header: the other person, with name and role.
    const annaStrip = anna.page.getByRole('list', { name: 'Сейчас в статье' });
    const borisStrip = boris.page.getByRole('list', { name: 'Сейчас в статье' });
    await expect(annaStrip.getByRole('listitem', { name: 'Борис Иванов, фактчекер' })).toBeVisible({
      timeout: 15_000,
    });
    await expect(annaStrip).toContainText('Борис Иванов');
    await expect(borisStrip.getByRole('listitem', { name: 'Анна Петрова, редактор' })).toBeVisible({
      timeout: 15_000,
    });

    // In the body: the other person's caret, labelled with their name.
    const borisCaret = anna.galley.body.locator('.presence-caret[data-person="Борис Иванов"]');
    await expect(borisCaret).toBeVisible({ timeout: 15_000 });
    // The name is drawn beside the caret, never put into the article's text.
    await expect(borisCaret).toHaveText('');
    expect(await borisCaret.evaluate((caret) => getComputedStyle(caret, '::after').content)).toBe(
      '"Борис Иванов"',
    );
    await expect(anna.galley.body).toHaveText(
      'Мэрия назвала срок. Подрядчик обещает закончить работы весной.',
    );
    await expect(anna.galley.body.locator('.presence-selection')).toHaveText('Подрядчик обещает');
    await anna.galley.body.click();
    await anna.page.keyboard.press('Control+End');
    await expect(
      boris.galley.body.locator('.presence-caret[data-person="Анна Петрова"]'),
    ).toBeVisible({ timeout: 15_000 });

    // In the library: the article is marked as being edited, with the name in the tooltip.
    const annaMarker = anna.galley
      .articleButton(/Мост на Садовой/)
      .getByRole('img', { name: 'Сейчас редактирует: Борис Иванов' });
    await expect(annaMarker).toBeVisible({ timeout: 15_000 });
    await expect(annaMarker).toHaveAttribute('title', 'Сейчас редактирует: Борис Иванов');
    await expect(
      boris.galley
        .articleButton(/Мост на Садовой/)
        .getByRole('img', { name: 'Сейчас редактирует: Анна Петрова' }),
    ).toBeVisible({ timeout: 15_000 });

    // Presence never holds typing up: Anna types on while Boris is in the article.
    await anna.page.keyboard.type(' Открытие назначено на май.');
    await expect(boris.galley.body).toContainText('Открытие назначено на май.', {
      timeout: 10_000,
    });
    await expect(borisCaret).toBeVisible();

    await anna.page.screenshot({ path: testInfo.outputPath('desk-presence-ru.png') });
    await testInfo.attach('desk-presence-ru', {
      path: testInfo.outputPath('desk-presence-ru.png'),
      contentType: 'image/png',
    });

    // Boris closes the article (he starts a new one): his name, caret and marker go from Anna's
    // screen within seconds.
    await boris.page.getByRole('button', { name: 'Новая статья' }).click();
    await expect(boris.galley.headline).toHaveValue('');
    await expect(annaStrip).toHaveCount(0, { timeout: 10_000 });
    await expect(borisCaret).toHaveCount(0, { timeout: 10_000 });
    await expect(annaMarker).toHaveCount(0, { timeout: 10_000 });
    await expect(anna.galley.body).toContainText('Открытие назначено на май.');
    await anna.page.screenshot({ path: testInfo.outputPath('desk-presence-left-ru.png') });
  });
});
