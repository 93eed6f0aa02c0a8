import { callApi } from '../faults/support/callApi';
import { startPushReceiver } from '../support/startPushReceiver';
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
  } finally {
    await receiver.close();
  }
});
