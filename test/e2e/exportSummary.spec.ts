import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { makeTempDir, type GalleyServer } from '../support/galleyServer';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

const heldCount = 24;

async function call(
  page: Page,
  server: Pick<GalleyServer, 'origin' | 'token'>,
  channel: string,
  input: unknown,
) {
  const response = await page.request.post(`${server.origin}/api/${channel}`, {
    headers: { 'Content-Type': 'application/json', 'X-Galley-Token': server.token },
    data: input,
  });
  const answer = (await response.json()) as { ok: boolean; value: { id: string } };
  expect(answer.ok, `${channel} answered`).toBe(true);
  return answer.value;
}

/** An article with an unchecked quotation: the export's gate holds it back. */
async function seedQuoted(
  page: Page,
  server: Pick<GalleyServer, 'origin' | 'token'>,
  headline: string,
): Promise<void> {
  const { id } = await call(page, server, 'articles:create', { headline });
  const text = '«Мост откроют в мае, работы идут по графику», — сказал Вадим Ковалёв.';
  await call(page, server, 'articles:update', {
    id,
    patch: {
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    },
  });
}

/** The point at the centre of the element is the element: nothing covers it, it is on screen. */
async function expectReachable(element: Locator): Promise<void> {
  const placement = await element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return {
      isInsideViewport:
        box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0 && box.height > 0,
      isOnTop: top !== null && (top === node || node.contains(top)),
    };
  });
  expect(placement.isInsideViewport, 'inside the viewport').toBe(true);
  expect(placement.isOnTop, 'not covered').toBe(true);
}

test('the export summary names held-back articles by headline, counts agree, Close stays in view', async ({
  galley,
  page,
  server,
}) => {
  for (let index = 1; index <= heldCount; index += 1)
    await seedQuoted(page, server, `Мост через реку, часть ${index}`);
  await page.reload();
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
  await expect(galley.articleList).toBeVisible();

  const root = makeTempDir('galley-site-');
  await page.getByRole('button', { name: 'Экспорт…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Экспорт на сайт' });
  await dialog.getByLabel('Все статьи').check();
  await dialog.getByLabel('Папка сайта').fill(path.join(root, 'site'));
  await dialog.getByLabel('Адрес сайта').fill('https://news.example');
  await dialog.getByRole('button', { name: 'Экспортировать', exact: true }).click();
  const summary = dialog.getByTestId('export-summary');
  await expect(summary).toBeVisible();

  // Progress and summary count the same articles: written + unchanged + failed + held back.
  const progress = await dialog.locator('.export-progress span').innerText();
  const [done, total] = (progress.match(/\d+/g) ?? []).map(Number);
  const counts = (await summary.locator('> p').first().innerText()).match(/\d+/g) ?? [];
  const handled = counts.map(Number).reduce((sum, count) => sum + count, 0);
  expect(progress).toBe(`${handled} из ${handled}`);
  expect(done).toBe(total);

  // Each held-back article by its headline, as a button that opens it; no English snippet.
  const held = summary.getByRole('list', { name: 'Задержаны' });
  await expect(held.getByRole('button')).toHaveCount(heldCount + 1);
  await expect(held.getByRole('button', { name: 'Мост через реку, часть 7' })).toBeVisible();
  expect(await held.innerText()).not.toMatch(/[A-Za-z]{2,}/);

  const close = dialog.getByRole('button', { name: 'Закрыть' });
  await expectReachable(close);
  await page.screenshot({ path: test.info().outputPath('export-held-ru.png') });

  await held.getByRole('button', { name: 'Мост через реку, часть 7' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Заголовок' })).toHaveValue(
    'Мост через реку, часть 7',
  );
  fs.rmSync(root, { recursive: true, force: true });
});
