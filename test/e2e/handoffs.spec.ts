import { expect, test } from './fixtures';
import { DeskWorkstations } from './pages/DeskWorkstations';

test.describe('hand-offs between an editor and a fact-checker', () => {
  let desk: DeskWorkstations;

  test.beforeAll(async () => {
    desk = await DeskWorkstations.start('galley-handoffs-e2e-', [
      { name: 'Анна Петрова', role: 'editor' },
      { name: 'Борис Иванов', role: 'fact-checker' },
      { name: 'Вера Соколова', role: 'chief' },
    ]);
  });

  test.afterAll(async () => {
    await desk?.stop();
  });

  test('the editor hands an article to the checker on the move to fact-check; it waits in their queue', async ({
    browser,
  }, testInfo) => {
    // Two servers, a desk and two browsers on a shared machine.
    test.slow();
    const anna = await desk.workstation(browser, 'anna');
    const boris = await desk.workstation(browser, 'boris');
    await desk.join(anna, 'Анна Петрова');
    await desk.join(boris, 'Борис Иванов');
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
