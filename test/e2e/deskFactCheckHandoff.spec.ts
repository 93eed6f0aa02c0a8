import { expect, test } from './fixtures';
import { DeskWorkstations } from './pages/DeskWorkstations';

const headline = 'Мост на Садовой откроют в мае';
const quoted = 'Работы на мосту идут строго по графику, движение откроют в мае';

test.describe('an article through the desk: editor, fact-checker, comments, ready', () => {
  let desk: DeskWorkstations;

  test.beforeAll(async () => {
    desk = await DeskWorkstations.start('galley-factcheck-handoff-e2e-', [
      { name: 'Анна Петрова', role: 'editor' },
      { name: 'Борис Иванов', role: 'fact-checker' },
      { name: 'Вера Соколова', role: 'chief' },
    ]);
  });

  test.afterAll(async () => {
    await desk?.stop();
  });

  test('the editor assigns, the checker asks about the quote from their queue, the editor answers, the checker verifies, the editor moves it to ready', async ({
    browser,
  }, testInfo) => {
    // Two servers, a desk and two browsers on a shared machine.
    test.setTimeout(240_000);
    const anna = await desk.workstation(browser, 'anna');
    const boris = await desk.workstation(browser, 'boris');
    await desk.join(anna, 'Анна Петрова', 'ru');
    await desk.join(boris, 'Борис Иванов', 'ru');

    // The editor writes an article with a quotation and hands it to the checker.
    await anna.page.getByRole('button', { name: 'Новая статья' }).click();
    await anna.galley.headline.fill(headline);
    await anna.galley.body.click();
    await anna.page.keyboard.type(`«${quoted}», — сказал мэр Сергей Собянин журналистам.`);
    await anna.galley.waitUntilSaved();
    const status = anna.page.getByLabel('Статус', { exact: true });
    const badge = anna.page.locator('.editor-toolbar .status-badge');
    await status.selectOption({ label: 'Перевести: Редактура' });
    await expect(badge).toHaveText('Редактура');
    await status.selectOption({
      label: 'Перевести в «Фактчекинг» и передать: Борис Иванов (фактчекер)',
    });
    await expect(badge).toHaveText('Фактчекинг');

    // The checker finds it in "My queue" and opens it from there.
    const queueButton = boris.page.getByRole('button', { name: /Моя очередь/ });
    await expect(queueButton.getByTestId('queue-count')).toHaveText('1', { timeout: 20_000 });
    await queueButton.click();
    const queue = boris.page.getByRole('dialog', { name: 'Моя очередь: Борис Иванов' });
    const assigned = queue.getByRole('region', { name: /Поручено мне/ });
    await expect(assigned).toContainText(headline);
    await expect(assigned).toContainText('Фактчекинг');
    await boris.page.screenshot({ path: testInfo.outputPath('checker-queue-ru.png') });
    await queue.getByRole('button', { name: headline }).click();
    await expect(queue).toHaveCount(0);
    await expect(boris.galley.headline).toHaveValue(headline);

    // From the fact-check panel: accept the detected quotation and ask where it is from.
    const factCheck = boris.page.getByRole('region', { name: 'Проверка цитат' });
    const suggestions = factCheck.getByRole('list', { name: 'Найдено в тексте' });
    await expect(suggestions).toContainText(quoted);
    await suggestions.getByRole('button', { name: 'Принять' }).first().click();
    const quote = factCheck.getByRole('list', { name: 'Цитаты' }).getByRole('button').first();
    await expect(quote).toContainText('Сергей Собянин');
    await quote.click();
    await factCheck.getByRole('button', { name: 'Спросить об источнике' }).click();
    const borisComments = boris.page.getByRole('region', { name: 'Комментарии' });
    const composer = borisComments.getByRole('group', { name: 'Новый комментарий' });
    await expect(composer.getByRole('textbox')).toHaveValue('Откуда эта цитата? ');
    await composer.getByRole('textbox').pressSequentially('Источник?');
    await composer.getByRole('button', { name: 'Комментировать' }).click();
    const borisThread = borisComments
      .getByRole('list', { name: 'Обсуждения' })
      .getByRole('listitem')
      .filter({ hasText: 'К проверяемой цитате' });
    await expect(borisThread).toContainText('Откуда эта цитата? Источник?');

    // The editor, still in the article, sees the question under the checker's name and answers.
    const annaComments = anna.page.getByRole('region', { name: 'Комментарии' });
    const annaThread = annaComments.getByRole('list', { name: 'Обсуждения' }).getByRole('listitem');
    await expect(annaThread).toContainText('Откуда эта цитата? Источник?', { timeout: 20_000 });
    await expect(annaThread.locator('.comment-meta strong').first()).toHaveText('Борис Иванов', {
      timeout: 15_000,
    });
    const answer = 'Пресс-конференция мэра 12 марта, запись на сайте мэрии, 00:14:05.';
    await annaThread.getByRole('textbox', { name: 'Ответить' }).fill(answer);
    await annaThread.getByRole('button', { name: 'Ответить' }).click();
    await expect(annaThread.locator('.comment.reply')).toContainText(answer);

    // The checker reads the answer and verifies the quotation against the recording.
    await expect(borisThread.locator('.comment.reply')).toContainText(answer, { timeout: 20_000 });
    await expect(borisThread.locator('.comment.reply .comment-meta strong')).toHaveText(
      'Анна Петрова',
    );
    await borisThread.scrollIntoViewIfNeeded();
    await boris.page.screenshot({ path: testInfo.outputPath('comment-thread-ru.png') });
    await quote.click();
    const form = factCheck.getByRole('form').first();
    await form.getByLabel('Проверено по').selectOption('recording');
    await form.getByLabel('Источник', { exact: true }).fill('mos.ru, пресс-конференция');
    await form.getByLabel('Тайм-код').fill('00:14:05');
    await form.getByLabel('Вердикт').selectOption('verified');
    await form.getByRole('button', { name: 'Сохранить проверку' }).click();
    await expect(quote.getByTestId('quote-verdict')).toHaveText('Подтверждена');

    // The verdict reaches the editor; the gate lets the article through to ready, for the chief.
    const annaQuote = anna.page
      .getByRole('region', { name: 'Проверка цитат' })
      .getByRole('list', { name: 'Цитаты' })
      .getByRole('button')
      .first();
    await expect(annaQuote.getByTestId('quote-verdict')).toHaveText('Подтверждена', {
      timeout: 20_000,
    });
    await status.selectOption({
      label: 'Перевести в «Готово» и передать: Вера Соколова (главный редактор)',
    });
    await expect(badge).toHaveText('Готово');
    await expect(anna.page.getByRole('alert').filter({ hasText: 'Нельзя' })).toHaveCount(0);
    // And the checker's library lists it as ready.
    await expect(boris.galley.articleButton(/Мост на Садовой/)).toContainText('Готово', {
      timeout: 20_000,
    });
  });
});
