import { expect, test } from './fixtures';
import { DeskWorkstations } from './pages/DeskWorkstations';

test.describe('presence: two workstations in one article', () => {
  let desk: DeskWorkstations;

  test.beforeAll(async () => {
    desk = await DeskWorkstations.start('galley-presence-e2e-', [
      { name: 'Анна Петрова', role: 'editor' },
      { name: 'Борис Иванов', role: 'fact-checker' },
    ]);
  });

  test.afterAll(async () => {
    await desk?.stop();
  });

  test('each sees the other in the header, a caret in the body and a marker in the library; all of it goes when one closes the article', async ({
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    const anna = await desk.workstation(browser, 'anna');
    const boris = await desk.workstation(browser, 'boris');
    await desk.join(anna, 'Анна Петрова', 'ru');
    await desk.join(boris, 'Борис Иванов', 'ru');

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
