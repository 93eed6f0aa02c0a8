import type { Page } from '@playwright/test';
import { callApi } from '../faults/support/callApi';
import { expect, test } from './fixtures';

// The list's first size is a guess from the window (listFirstHeight.ts): the rows of the first
// screen must fill the list whatever the window's height and whatever was kept from the last
// load, and keyboard moves must still reach rows that were below it.
const articles = 24;

test('the first screen of the list is filled at any window height, even from a wrong kept size', async ({
  page,
  server,
}) => {
  for (let index = 1; index <= articles; index += 1) {
    const answer = await callApi(server, 'articles:create', { headline: `Заметка ${index}` });
    expect(answer.ok, 'articles:create answered').toBe(true);
  }
  const windows = [
    { width: 1920, height: 1080, kept: null },
    { width: 1024, height: 700, kept: '900' },
    { width: 1440, height: 900, kept: '40' },
  ];
  for (const { width, height, kept } of windows) {
    await page.setViewportSize({ width, height });
    await page.goto('about:blank');
    await page.goto(server.launchUrl);
    await page.evaluate((value) => {
      if (value === null) localStorage.removeItem('galley:libraryListInset');
      else localStorage.setItem('galley:libraryListInset', value);
    }, kept);
    await page.reload();
    const list = page.getByTestId('article-list');
    await expect(list).toHaveAttribute('aria-busy', 'false');
    await expect(list.locator('.article-list-item').first()).toBeVisible();
    const screen = await page.evaluate(() => {
      const scroller = document.querySelector<HTMLElement>('.virtual-scroller')!;
      const bottom = scroller.getBoundingClientRect().top + scroller.clientHeight;
      const rows = [...scroller.querySelectorAll<HTMLElement>('.virtual-row')];
      return {
        covered: Math.max(...rows.map((row) => row.getBoundingClientRect().bottom)) >= bottom,
        kept: Number(localStorage.getItem('galley:libraryListInset')),
        inset: window.innerHeight - scroller.clientHeight,
      };
    });
    expect(screen.covered, `${width}×${height}: rows to the list's bottom`).toBe(true);
    expect(screen.kept, `${width}×${height}: the panel's inset kept`).toBe(screen.inset);
  }

  // From the first row to the last by keyboard: the rows below the first screen come into view.
  await articleList(page)
    .getByRole('button', { name: new RegExp(`^Заметка ${articles} `) })
    .focus();
  for (let index = 1; index < articles; index += 1) {
    await page.keyboard.press('ArrowDown');
    await expect(articleList(page).locator(`[data-index="${index}"]`)).toBeFocused();
  }
  await expect(articleList(page).getByRole('button', { name: /^Заметка 1 / })).toBeFocused();
  await expect(articleList(page).getByRole('button', { name: /^Заметка 1 / })).toBeInViewport();
});

function articleList(page: Page) {
  return page.getByTestId('article-list');
}
