import fs from 'node:fs';
import path from 'node:path';
import { addDeskUser } from '../../electron/services/desk/deskTokens';
import { openDeskStore } from '../../electron/services/desk/openDeskStore';
import { makeTempDir } from '../support/galleyServer';
import { startDeskProcess } from '../support/startDeskProcess';
import { expect, test } from './fixtures';
import { selectEditorText } from './pages/selectEditorText';

const seedHeadline = 'Московский инновационный кластер выходит на международный уровень';
const commented = 'Московскую декларацию';

test('comments in the Russian interface: comment, mention, reply, resolve, reopen, ask about a quote, orphan', async ({
  galley,
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
  await galley.openArticle(seedHeadline);
  const panel = page.getByRole('region', { name: 'Комментарии' });
  const threads = panel.getByRole('list', { name: 'Обсуждения' });
  await expect(panel).toContainText('Комментариев нет');

  // Select words and press "Comment" in the toolbar: the composer opens on them.
  await selectEditorText(page, commented);
  await page.getByRole('button', { name: 'Комментарий', exact: true }).click();
  const composer = panel.getByRole('group', { name: 'Новый комментарий' });
  await expect(composer).toContainText(`«${commented}»`);
  const box = composer.getByRole('textbox', { name: 'Новый комментарий' });
  await box.fill('Проверьте список стран, ');
  // "@" offers the people of the library; picking one writes their full name.
  await box.press('End');
  await box.pressSequentially('@');
  const people = composer.getByRole('list', { name: 'Кого упомянуть' });
  await expect(people.getByRole('button').first()).toBeVisible();
  const person = ((await people.getByRole('button').first().textContent()) ?? '').slice(1);
  await people.getByRole('button').first().click();
  await expect(box).toHaveValue(`Проверьте список стран, @${person} `);
  await composer.getByRole('button', { name: 'Комментировать' }).click();

  const thread = threads.getByRole('listitem').first();
  await expect(thread).toContainText(`«${commented}»`);
  await expect(thread).toContainText(`Проверьте список стран, @${person}`);
  await expect(panel.getByTestId('open-comments')).toHaveText('1 открытое обсуждение');
  await expect(page.getByTestId('body-editor').locator('.comment-anchor')).toHaveText(commented);

  // Reply, resolve, reopen.
  await thread.getByRole('textbox', { name: 'Ответить' }).fill('Список сверен с декларацией.');
  await thread.getByRole('button', { name: 'Ответить' }).click();
  await expect(thread.locator('.comment.reply')).toContainText('Список сверен с декларацией.');
  await thread.getByRole('button', { name: 'Решено' }).click();
  await expect(thread).toContainText('Решено:');
  await expect(panel.getByTestId('open-comments')).toHaveText('0 открытых обсуждений');
  await thread.getByRole('button', { name: 'Открыть снова' }).click();
  await expect(thread.getByRole('button', { name: 'Решено' })).toBeVisible();
  await expect(panel.getByTestId('open-comments')).toHaveText('1 открытое обсуждение');

  // The shortcut opens the composer too; cancelling it leaves no mark in the text.
  await selectEditorText(page, 'БРИКС');
  await page.keyboard.press('Control+Alt+m');
  const cancelled = panel.getByRole('group', { name: 'Новый комментарий' });
  await expect(cancelled).toContainText('«БРИКС»');
  await expect(page.getByTestId('body-editor').locator('.comment-anchor')).toHaveCount(2);
  await cancelled.getByRole('button', { name: 'Отмена' }).click();
  await expect(cancelled).toHaveCount(0);
  await expect(page.getByTestId('body-editor').locator('.comment-anchor')).toHaveText(commented);

  // A click on the thread selects its words in the text.
  await page.getByTestId('body-editor').click();
  await thread.getByRole('button', { name: `«${commented}»` }).click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(commented);

  // From the fact-check panel: accept the detected quote, then ask about its source.
  const factCheck = page.getByRole('region', { name: 'Проверка цитат' });
  await factCheck.getByRole('button', { name: 'Принять' }).click();
  await factCheck.getByRole('list', { name: 'Цитаты' }).getByRole('button').first().click();
  await factCheck.getByRole('button', { name: 'Спросить об источнике' }).click();
  const asking = panel.getByRole('group', { name: 'Новый комментарий' });
  await expect(asking.getByRole('textbox')).toHaveValue('Откуда эта цитата? ');
  await asking.getByRole('textbox').pressSequentially('Нужна запись выступления.');
  await asking.getByRole('button', { name: 'Комментировать' }).click();
  const onQuote = threads.getByRole('listitem').filter({ hasText: 'К проверяемой цитате' });
  await expect(onQuote).toContainText('Откуда эта цитата? Нужна запись выступления.');
  await expect(panel.getByTestId('open-comments')).toHaveText('2 открытых обсуждения');
  // The question's mark reaches the body with the next save: anchored, it is not listed as orphaned.
  await galley.waitUntilSaved();
  await expect(onQuote).not.toContainText('Прокомментированный текст удалён');

  // Deleting the commented words keeps the thread, marked and listed after the anchored ones.
  await selectEditorText(page, commented);
  await page.keyboard.press('Backspace');
  await galley.waitUntilSaved();
  const last = threads.getByRole('listitem').last();
  await expect(last).toContainText('Прокомментированный текст удалён');
  await expect(last).toContainText('Список сверен с декларацией.');

  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('comments-ru.png') });
  await test.info().attach('comments-ru', {
    path: test.info().outputPath('comments-ru.png'),
    contentType: 'image/png',
  });
});

test('joined to a desk, a comment goes through the article’s document and names the verified person', async ({
  galley,
  page,
}) => {
  // A desk process besides the server: slow on a shared machine.
  test.slow();
  const dir = makeTempDir('galley-comments-desk-');
  const database = path.join(dir, 'desk.sqlite');
  const store = await openDeskStore(database);
  const token = (await addDeskUser(store, 'Анна Петрова', 'editor', Date.now())).token;
  await store.close();
  const desk = await startDeskProcess(database);
  try {
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByLabel('Desk address').fill(desk.url);
    await dialog.getByLabel('Personal token').fill(token);
    await dialog.getByRole('button', { name: 'Join the desk' }).click();
    await expect(dialog.getByTestId('desk-status')).toHaveAttribute('data-state', 'online', {
      timeout: 15_000,
    });
    await page.keyboard.press('Escape');

    await galley.openArticle(seedHeadline);
    const panel = page.getByRole('region', { name: 'Comments' });
    await selectEditorText(page, commented);
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    const composer = panel.getByRole('group', { name: 'New comment' });
    await composer.getByRole('textbox').fill('Is this the declaration’s exact name?');
    await composer.getByRole('button', { name: 'Comment', exact: true }).click();
    const thread = panel.getByRole('list', { name: 'Comment threads' }).getByRole('listitem');
    await expect(thread).toContainText('Is this the declaration’s exact name?');
    // Placed by the editor's document update, then credited to the person the desk verified.
    await expect(thread).not.toContainText('The commented text was deleted', { timeout: 10_000 });
    await expect(thread.locator('.comment-meta strong')).toHaveText('Анна Петрова', {
      timeout: 30_000,
    });
  } finally {
    await desk.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
