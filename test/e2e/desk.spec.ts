import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { addDeskUser } from '../../electron/services/desk/deskTokens';
import { openDeskStore } from '../../electron/services/desk/openDeskStore';
import { makeTempDir } from '../support/galleyServer';
import { startDeskProcess } from '../support/startDeskProcess';
import { expect, test } from './fixtures';
import { DeskWorkstations } from './pages/DeskWorkstations';

test.describe('two workstations joined to one desk', () => {
  let desk: DeskWorkstations;

  test.beforeAll(async () => {
    desk = await DeskWorkstations.start('galley-desk-e2e-', [
      { name: 'Анна Петрова', role: 'editor' },
      { name: 'Борис Иванов', role: 'fact-checker' },
    ]);
  });

  test.afterAll(async () => {
    await desk?.stop();
  });

  test('an article written on one appears on the other, and text typed in either shows in both editors', async ({
    browser,
  }) => {
    // Two servers, a desk and two browsers on a shared machine, measured at load 20-30 on two
    // cores: each `galley serve` 18-22 s to start, each key 1.1 s, each other step 1-6 s; the run
    // to the last undo took 196 s. Only the live typing is typed key by key; the text the other
    // steps start from is put in as one input each.
    test.setTimeout(360_000);
    const anna = await desk.workstation(browser, 'anna');
    const boris = await desk.workstation(browser, 'boris');
    await desk.join(anna, 'Анна Петрова');
    await desk.join(boris, 'Борис Иванов');

    await anna.galley.createArticle();
    await anna.galley.headline.fill('Мост на Садовой откроют в мае');
    await anna.galley.body.click();
    await anna.page.keyboard.insertText('Первый абзац от Анны.');
    await anna.galley.waitUntilSaved();

    // The new article reaches the other library's list without a reload.
    await expect(boris.galley.articleButton(/Мост на Садовой/)).toBeVisible({ timeout: 10_000 });
    await boris.galley.openArticle(/Мост на Садовой/);
    await expect(boris.galley.body).toContainText('Первый абзац от Анны.', { timeout: 10_000 });

    // Live: each sees the other's typing in the open editor.
    await anna.page.keyboard.press('Enter');
    await anna.page.keyboard.type('Второй абзац, пока Борис читает.');
    await expect(boris.galley.body).toContainText('Второй абзац, пока Борис читает.', {
      timeout: 10_000,
    });
    await boris.galley.body.click();
    await boris.page.keyboard.press('Control+End');
    await boris.page.keyboard.press('Enter');
    await boris.page.keyboard.type('Дополнение Бориса.');
    await expect(anna.galley.body).toContainText('Дополнение Бориса.', { timeout: 10_000 });

    // The headline is merged too, by character: both edits survive on both screens.
    await boris.galley.headline.click();
    await boris.page.keyboard.press('End');
    await boris.page.keyboard.insertText(' 2027 года');
    await expect(anna.galley.headline).toHaveValue('Мост на Садовой откроют в мае 2027 года', {
      timeout: 10_000,
    });
    await expect(anna.galley.articleButton(/в мае 2027 года/)).toBeVisible({ timeout: 10_000 });

    // Undo is each person's own: Boris's undo takes back his words, never Anna's.
    await boris.galley.body.click();
    await boris.page.keyboard.press('Control+Z');
    await expect(anna.galley.body).not.toContainText('Дополнение Бориса.', { timeout: 10_000 });
    await expect(boris.galley.body).toContainText('Второй абзац, пока Борис читает.');
    await expect(anna.galley.body).toContainText('Второй абзац, пока Борис читает.');

    // Typography is one undo step of its own, for the person who ran it.
    await anna.galley.body.click();
    await anna.page.keyboard.press('Control+End');
    await anna.page.keyboard.press('Enter');
    await anna.page.keyboard.insertText('Он сказал: "Готово" - и ушёл');
    await expect(boris.galley.body).toContainText('"Готово" - и ушёл', { timeout: 10_000 });
    await anna.page.waitForTimeout(700);
    await anna.page.getByRole('button', { name: 'Apply typography' }).click();
    // The article is English (the interface language when it was created): English quotes.
    await expect(boris.galley.body).toContainText('“Готово” —', { timeout: 10_000 });
    await anna.galley.body.press('Control+Z');
    await expect(anna.galley.body).toContainText('"Готово" - и ушёл');
    await expect(boris.galley.body).toContainText('"Готово" - и ушёл', { timeout: 10_000 });
    await expect(anna.galley.body).toContainText('Второй абзац, пока Борис читает.');

    // Replace-all is one undo step too, and only for the person who ran it.
    await boris.galley.body.click();
    await boris.page.keyboard.press('Control+End');
    await boris.page.keyboard.press('Enter');
    await boris.page.keyboard.insertText('Кран, кран и ещё кран.');
    await expect(anna.galley.body).toContainText('Кран, кран и ещё кран.', { timeout: 10_000 });
    await boris.page.waitForTimeout(700);
    await boris.page.keyboard.press('ControlOrMeta+f');
    const find = boris.page.getByRole('search', { name: 'Find and replace' });
    await boris.page.keyboard.type('кран');
    await find.getByRole('textbox', { name: 'Replace', exact: true }).fill('КРАН');
    await find.getByRole('button', { name: 'Replace all', exact: true }).click();
    await expect(anna.galley.body).toContainText('КРАН, КРАН и ещё КРАН.', { timeout: 10_000 });
    await find.getByRole('textbox', { name: 'Find', exact: true }).press('Escape');
    await boris.galley.body.press('Control+Z');
    await expect(boris.galley.body).toContainText('Кран, кран и ещё кран.');
    await expect(anna.galley.body).toContainText('Кран, кран и ещё кран.', { timeout: 10_000 });
    // Anna's typography stays undone and her paragraph stays: Boris undid only his replace.
    await expect(anna.galley.body).toContainText('Второй абзац, пока Борис читает.');
  });
});

test('Settings → Desk speaks Russian: the join form, a refused token, and a joined library', async ({
  galley,
  server,
  page,
}, testInfo) => {
  const dir = makeTempDir('galley-desk-ru-');
  const database = path.join(dir, 'desk.sqlite');
  const store = await openDeskStore(database);
  const token = (await addDeskUser(store, 'Анна Петрова', 'editor', Date.now())).token;
  await store.close();
  const desk = await startDeskProcess(database);
  try {
    await expect(galley.articleList).toBeVisible();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
    await page.getByRole('button', { name: 'Настройки', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Настройки' });
    await dialog.getByLabel('Адрес редакции').fill(desk.url);
    await dialog.getByLabel('Личный токен').fill('gly_неверный');
    await dialog.getByRole('button', { name: 'Подключиться' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Редакция не знает такого токена.');
    await page.screenshot({ path: testInfo.outputPath('desk-settings-refused-ru.png') });
    await testInfo.attach('desk-settings-refused-ru', {
      path: testInfo.outputPath('desk-settings-refused-ru.png'),
      contentType: 'image/png',
    });
    await dialog.getByLabel('Личный токен').fill(token);
    await dialog.getByRole('button', { name: 'Подключиться' }).click();
    await expect(dialog.getByTestId('desk-status')).toHaveAttribute('data-state', 'online', {
      timeout: 15_000,
    });
    await expect(dialog.getByTestId('desk-status')).toContainText('на связи');
    await expect(dialog.getByTestId('desk-pending')).toHaveText('0 статей', { timeout: 15_000 });
    await page.screenshot({ path: testInfo.outputPath('desk-settings-joined-ru.png') });
    await testInfo.attach('desk-settings-joined-ru', {
      path: testInfo.outputPath('desk-settings-joined-ru.png'),
      contentType: 'image/png',
    });
    // A notice from the desk (an article deleted elsewhere while edited here), as the library
    // records it, reaches the library panel in Russian and can be dismissed.
    const db = new Database(server.libraryPath);
    const sample = db.prepare<[], { id: string }>('SELECT id FROM articles LIMIT 1').get();
    db.prepare(
      "INSERT INTO desk_notices (article_id, kind, person, at) VALUES (?, 'kept-after-delete', 'Борис Иванов', ?)",
    ).run(sample?.id ?? '', Date.now());
    db.close();
    await page.keyboard.press('Escape');
    const notice = page.getByRole('list', { name: 'Сообщения редакции' });
    await expect(notice).toContainText('удалил(а) Борис Иванов', { timeout: 10_000 });
    await page.screenshot({ path: testInfo.outputPath('desk-notice-ru.png') });
    await notice.getByRole('button', { name: 'Скрыть' }).click();
    await expect(notice).toHaveCount(0);
    await page.getByRole('button', { name: 'Настройки', exact: true }).click();
    await dialog.getByRole('button', { name: 'Отключиться от редакции' }).click();
    await expect(dialog.getByLabel('Адрес редакции')).toBeVisible();
  } finally {
    await desk.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
