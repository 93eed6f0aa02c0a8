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

/** Opens Settings, joins the desk with the person's token, and closes Settings. */
async function joinDesk(galley: GalleyPage, url: string, token: string): Promise<void> {
  const { page } = galley;
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Desk address').fill(url);
  await dialog.getByLabel('Personal token').fill(token);
  await dialog.getByRole('button', { name: 'Join the desk' }).click();
  await expect(dialog.getByTestId('desk-status')).toHaveAttribute('data-state', 'online', {
    timeout: 15_000,
  });
  await page.keyboard.press('Escape');
}

test.describe('hand-offs between an editor and a fact-checker', () => {
  let dir: string;
  let desk: DeskProcess;
  let tokens: { anna: string; boris: string };
  const workstations: Workstation[] = [];

  test.beforeAll(async () => {
    dir = makeTempDir('galley-handoffs-e2e-');
    const database = path.join(dir, 'desk.sqlite');
    const store = await openDeskStore(database);
    tokens = {
      anna: (await addDeskUser(store, 'Анна Петрова', 'editor', Date.now())).token,
      boris: (await addDeskUser(store, 'Борис Иванов', 'fact-checker', Date.now())).token,
    };
    await addDeskUser(store, 'Вера Соколова', 'chief', Date.now());
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

  test('the editor hands an article to the checker on the move to fact-check; it waits in their queue', async ({
    browser,
  }, testInfo) => {
    // Two servers, a desk and two browsers on a shared machine.
    test.slow();
    const anna = await workstation(browser, 'anna');
    const boris = await workstation(browser, 'boris');
    await joinDesk(anna.galley, desk.url, tokens.anna);
    await joinDesk(boris.galley, desk.url, tokens.boris);
    // The checker works in Russian.
    await boris.page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
    const queueButton = boris.page.getByRole('button', { name: /Моя очередь/ });
    await expect(queueButton.getByTestId('queue-count')).toHaveText('0');

    await anna.galley.createArticle();
    await anna.galley.headline.fill('Мост на Садовой откроют в мае');
    await anna.galley.body.click();
    await anna.page.keyboard.type('Мэр сказал, что работы идут по графику.');
    await anna.galley.waitUntilSaved();
    const status = anna.page.getByLabel('Status', { exact: true });
    await status.selectOption({ label: 'Move to Editing' });
    await expect(anna.page.locator('.editor-toolbar .status-badge')).toHaveText('Editing');
    // The move to fact-check offers the desk's fact-checkers; the chief is offered for ready.
    await status.selectOption({ label: 'Move to Fact-check, for Борис Иванов (fact-checker)' });
    await expect(anna.page.locator('.editor-toolbar .status-badge')).toHaveText('Fact-check');
    const assignee = anna.page.getByLabel('Assignee', { exact: true });
    await expect(assignee.locator('option:checked')).toHaveText('Борис Иванов (fact-checker)');
    await expect(
      status.locator('option', { hasText: 'Move to Ready, for Вера Соколова (chief editor)' }),
    ).toHaveCount(1);

    // The checker: a notification, a count on My queue, and the article in it.
    const notifications = boris.page.getByRole('list', { name: 'Уведомления' });
    await expect(notifications).toContainText(
      'Анна Петрова передал(а) вам «Мост на Садовой откроют в мае»',
      { timeout: 15_000 },
    );
    await expect(queueButton.getByTestId('queue-count')).toHaveText('1');
    await boris.page.screenshot({ path: testInfo.outputPath('handoff-notification-ru.png') });
    await queueButton.click();
    const queue = boris.page.getByRole('dialog', { name: 'Моя очередь: Борис Иванов' });
    await expect(queue.getByRole('region', { name: /Поручено мне/ })).toContainText(
      'Мост на Садовой откроют в мае',
    );
    await expect(queue.getByRole('region', { name: /Поручено мне/ })).toContainText('Фактчекинг');
    await boris.page.screenshot({ path: testInfo.outputPath('my-queue-ru.png') });
    await queue.getByRole('button', { name: 'Мост на Садовой откроют в мае' }).click();
    await expect(queue).toHaveCount(0);
    await expect(boris.galley.headline).toHaveValue('Мост на Садовой откроют в мае');
    await expect(
      boris.page.locator('.assignee-control').getByLabel('Ответственный').locator('option:checked'),
    ).toHaveText('Борис Иванов (фактчекер)');

    // Seen: the notification goes, the article stays in the queue.
    await notifications.getByRole('button', { name: 'Понятно' }).click();
    await expect(notifications).toHaveCount(0);
    await expect(queueButton.getByTestId('queue-count')).toHaveText('1');

    // The library filters by assignee: "me" on the checker's side.
    const filters = boris.page.locator('.library-filters');
    await filters.getByText('Фильтры', { exact: true }).click();
    await filters.getByLabel('Ответственный').selectOption('me');
    await expect(boris.galley.articleList.getByRole('button')).toHaveCount(1);
    await expect(boris.galley.articleButton(/Мост на Садовой/)).toBeVisible();
  });
});
