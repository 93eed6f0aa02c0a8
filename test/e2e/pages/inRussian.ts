import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import type { GalleyPage } from './GalleyPage';

/** Reloads the window at 1440×900 in the Russian interface, as a Russian desk sees it. */
export async function inRussian(galley: GalleyPage): Promise<Page> {
  const { page } = galley;
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.addInitScript(() => localStorage.setItem('galley:interfaceLanguage', 'ru'));
  await page.reload();
  await expect(galley.articleList).toBeVisible();
  return page;
}
