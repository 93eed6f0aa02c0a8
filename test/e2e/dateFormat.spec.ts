import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * Issue 18, defect 9: the library showed «12/4/2026», the override log «12/4/2026, 8:28:10 PM»
 * and the history «04.12.2026, 20:20». One format, the interface language's, on every screen.
 */

test.use({ viewport: { width: 1440, height: 900 } });

const sampleHeadline = /Московский инновационный кластер/;
/** What the browser's defaults wrote: month first with slashes, or a 12-hour clock. */
const browserDefault = /\d{1,2}\/\d{1,2}\/\d{4}|\b[AP]M\b|\d{2}\.\d{2}\.\d{4}/;

/** The date of the open article's row in the library: the row's last «·» part. */
async function libraryDate(page: Page): Promise<string> {
  const meta = await page
    .getByTestId('article-list')
    .getByRole('button', { name: sampleHeadline })
    .locator('.article-list-meta')
    .innerText();
  return (meta.split('·').pop() ?? '').trim();
}

test('9: the library, the override log and the history write dates one way, the Russian way', async ({
  galley,
  page,
}) => {
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
  await galley.openArticle(sampleHeadline);

  const day = await libraryDate(page);
  // «5 дек. 2026 г.»: the day, the month in Russian, the year.
  expect(day).toMatch(/^\d{1,2}\s[а-я]+\.?\s\d{4}\sг\.$/u);

  // The gate refuses; the override is logged with its time.
  await page.getByLabel('Статус', { exact: true }).selectOption({ label: 'Перевести: Готово' });
  await page.getByLabel(/Почему публикуем без проверки/).fill('Цитата из официального релиза');
  await page.getByRole('button', { name: 'Обойти проверку: Готово' }).click();
  await expect(page.locator('.editor-toolbar .status-badge')).toHaveText('Готово');
  await page.locator('summary', { hasText: 'Обходы проверки' }).click();
  const logged = await page.getByText('Цитата из официального релиза').innerText();
  // «5 дек. 2026 г., 20:48 · …»: the library's date, then a 24-hour time.
  expect(logged.startsWith(`${day}, `), `«${logged}» starts with «${day}, »`).toBe(true);
  expect(logged).toMatch(/^[^·]+, \d{1,2}:\d{2} ·/u);
  expect(logged).not.toMatch(browserDefault);

  await page.locator('summary', { hasText: 'История' }).click();
  const entry = page.getByRole('list', { name: 'История' }).locator('.revision-time').first();
  await expect(entry).toBeVisible();
  const when = await entry.innerText();
  expect(when.startsWith(`${day}, `), `«${when}» starts with «${day}, »`).toBe(true);
  // Seconds only when another entry shares its minute, so each can be told apart.
  expect(when).toMatch(/, \d{1,2}:\d{2}(?::\d{2})?$/u);
  expect(when).not.toMatch(browserDefault);

  // In English too, no browser default: «Dec 5, 2026», not «12/5/2026».
  await page.getByRole('combobox', { name: 'Язык интерфейса' }).selectOption('en');
  await expect.poll(() => libraryDate(page)).toMatch(/^[A-Z][a-z]{2}\s\d{1,2},\s\d{4}$/);
});
