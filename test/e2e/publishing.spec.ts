import { callApi } from '../faults/support/callApi';
import { startPushReceiver } from '../support/startPushReceiver';
import { startWordPress } from '../support/startWordPress';
import { expect, test } from './fixtures';

const secret = 'e2e shared secret';

test('publishing to an HTTP receiver from the app: the ready article goes out with its address, an unverified quote is held back', async ({
  galley,
  server,
  page,
}, testInfo) => {
  await expect(galley.articleList).toBeVisible();
  const receiver = await startPushReceiver(secret);
  try {
    const api = (channel: string, input: unknown) => callApi(server, channel, input);
    // A ready article with no quotes, and the sample article let through with an override and
    // then edited, so its override no longer covers its text: the gate holds it.
    const created = (
      await api('articles:create', { headline: 'Мост откроют в мае', language: 'ru' })
    ).value as { id: string };
    for (const status of ['editing', 'fact-check', 'ready'])
      await api('articles:setStatus', { id: created.id, status });
    const listed = (await api('articles:list', { offset: 0, limit: 10 })).value as {
      articles: Array<{ id: string; headline: string }>;
    };
    const sample = listed.articles.find((article) => article.id !== created.id)!;
    for (const status of ['editing', 'fact-check'])
      await api('articles:setStatus', { id: sample.id, status });
    await api('articles:setStatus', {
      id: sample.id,
      status: 'ready',
      override: { reason: 'Цитаты подтвердил редактор по телефону' },
    });
    const full = (await api('articles:get', { id: sample.id })).value as {
      body: { type: string; content: unknown[] };
    };
    full.body.content.push({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Абзац дописан после решения.' }],
    });
    await api('articles:update', { id: sample.id, patch: { body: full.body } });

    await page.getByRole('button', { name: 'Publishing…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publishing to the website' });
    await dialog.getByLabel('Kind').selectOption('http');
    await dialog.getByLabel('Name').fill('site');
    await dialog.getByLabel('Receiver address (HTTP push)').fill(receiver.url);
    await dialog.getByLabel('Shared secret (signs every request)').fill(secret);
    await dialog.getByLabel('Public site address').fill('https://news.example');
    await dialog.getByRole('button', { name: 'Add target' }).click();
    await expect(dialog.getByText('secret set')).toBeVisible();
    await dialog.getByRole('button', { name: 'Test' }).click();
    await expect(dialog.getByText('site: reachable, the secret is accepted.')).toBeVisible();

    await dialog.getByRole('button', { name: 'Publish ready articles' }).click();
    await expect(dialog.getByText('1 article queued.')).toBeVisible();
    await expect(dialog.getByText('1 held back: quotes not verified.')).toBeVisible();
    const delivered = dialog.locator('tr[data-state="delivered"]');
    await expect(delivered).toContainText('Мост откроют в', { timeout: 15_000 });
    await expect(delivered.getByRole('link')).toHaveAttribute(
      'href',
      /^https:\/\/site\.example\/items\//,
    );
    await expect(dialog.locator('tr[data-state="blocked"]')).toContainText('Quotes not verified');
    // What the receiver holds: the one ready article, signed, nothing of the held-back one.
    expect([...receiver.items.keys()].map((key) => key.split(':')[0])).toEqual([created.id]);

    // The same screen in Russian.
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('button', { name: 'Публикация…' }).click();
    const russian = page.getByRole('dialog', { name: 'Публикация на сайт' });
    await expect(russian.locator('tr[data-state="delivered"]')).toContainText('опубликована');
    await expect(russian.locator('tr[data-state="blocked"]')).toContainText('задержана');
    await page.screenshot({ path: testInfo.outputPath('publishing-ru.png') });

    // Settings → Publishing lists the same target.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Настройки', exact: true }).click();
    const settings = page.getByRole('dialog', { name: 'Настройки' });
    const publishing = settings.getByRole('group', { name: 'Публикация' });
    await expect(publishing).toContainText('site');
    await expect(publishing).toContainText('HTTP push');
    await expect(publishing.getByLabel('Вид')).toHaveValue('wordpress');
    await page.screenshot({ path: testInfo.outputPath('settings-publishing-ru.png') });
  } finally {
    await receiver.close();
  }
});

test('publishing to WordPress from the app: live addresses in the queue, a correction, an unpublish', async ({
  galley,
  server,
  page,
}, testInfo) => {
  await expect(galley.articleList).toBeVisible();
  const wp = await startWordPress();
  try {
    const api = (channel: string, input: unknown) => callApi(server, channel, input);
    const ids: string[] = [];
    for (const headline of ['Трамвай вернётся на Лесную', 'В парке высадят сто лип']) {
      const created = (await api('articles:create', { headline, language: 'ru' })).value as {
        id: string;
      };
      await api('articles:update', { id: created.id, patch: { rubric: 'Общество' } });
      for (const status of ['editing', 'fact-check', 'ready'])
        await api('articles:setStatus', { id: created.id, status });
      ids.push(created.id);
    }

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
    await page.getByRole('button', { name: 'Публикация…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Публикация на сайт' });
    await expect(dialog.getByLabel('Вид')).toHaveValue('wordpress');
    await dialog.getByLabel('Название').fill('wp');
    await dialog.getByLabel('Адрес сайта на WordPress').fill(wp.url);
    await dialog.getByLabel('Пользователь WordPress').fill(wp.user);
    await dialog.getByLabel('Пароль приложения (Пользователи → Профиль)').fill('неверный пароль');
    await dialog.getByRole('button', { name: 'Добавить' }).click();
    await dialog.getByRole('button', { name: 'Проверить' }).click();
    await expect(dialog.getByRole('status')).toContainText('wp: не принято. Ответ сайта: HTTP 401');
    await dialog.getByRole('button', { name: 'Удалить' }).click();

    await dialog.getByLabel('Название').fill('wp');
    await dialog
      .getByLabel('Адрес сайта на WordPress')
      .fill(wp.url.replace('http://', 'http://editor:x@'));
    await dialog.getByLabel('Пользователь WordPress').fill(wp.user);
    await dialog
      .getByLabel('Пароль приложения (Пользователи → Профиль)')
      .fill(wp.applicationPassword);
    await dialog.getByRole('button', { name: 'Добавить' }).click();
    await expect(dialog.getByRole('alert')).toContainText('в адресе не должно быть имени и пароля');
    await dialog.getByLabel('Адрес сайта на WordPress').fill(wp.url);
    await dialog
      .getByLabel('Пароль приложения (Пользователи → Профиль)')
      .fill(wp.applicationPassword);
    await dialog.getByRole('button', { name: 'Добавить' }).click();
    await expect(dialog.getByText('секрет задан')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('publishing-wordpress-form-ru.png') });

    await dialog.getByRole('button', { name: 'Опубликовать готовые' }).click();
    await expect(dialog.getByText('В очереди 2 статьи.')).toBeVisible();
    const delivered = dialog.locator('tr[data-state="delivered"]');
    await expect(delivered).toHaveCount(2, { timeout: 20_000 });
    for (const row of await delivered.all())
      await expect(row.getByRole('link')).toHaveAttribute('href', new RegExp(`^${wp.url}2`));
    const posts = await wp.rest<Array<{ id: number; status: string; link: string }>>(
      'posts?status=publish,draft&context=edit',
    );
    expect(posts).toHaveLength(2);

    // A correction to the tram article goes out as an update of the same post.
    const tram = delivered.filter({ hasText: 'Трамвай' });
    await tram.getByRole('button', { name: 'Исправление…' }).click();
    await dialog
      .getByLabel('Исправление к «Трамвай вернётся на Лесную» (с датой, в конце статьи)')
      .fill('Маршрут откроют в июне, а не в мае.');
    await page.screenshot({ path: testInfo.outputPath('publishing-correction-ru.png') });
    await dialog.getByRole('button', { name: 'Опубликовать с исправлением' }).click();
    await expect(dialog.locator('tr[data-state="delivered"]')).toHaveCount(3, { timeout: 20_000 });
    const tramPost = posts.find((post) => post.link.includes('tramvai'))!;
    const corrected = await wp.rest<{ content: { raw: string } }>(
      `posts/${tramPost.id}?context=edit`,
    );
    // Typeset as the page is: no-break spaces after short words.
    expect(corrected.content.raw.replace(/\u00a0/g, ' ')).toContain(
      'Маршрут откроют в июне, а не в мае.',
    );

    // Unpublishing the park article puts its post back to draft.
    await dialog
      .locator('tr[data-state="delivered"]')
      .filter({ hasText: 'В парке' })
      .getByRole('button', { name: 'Снять с сайта' })
      .click();
    await expect(dialog.getByText('снята с сайта')).toBeVisible({ timeout: 20_000 });
    const after = await wp.rest<Array<{ status: string; link: string }>>(
      'posts?status=publish,draft&context=edit',
    );
    expect(after.map((post) => post.status).sort()).toEqual(['draft', 'publish']);
    await page.screenshot({ path: testInfo.outputPath('publishing-wordpress-queue-ru.png') });
  } finally {
    await wp.stop();
  }
});
