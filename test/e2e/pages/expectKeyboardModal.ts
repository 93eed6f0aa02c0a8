import { expect, type Locator } from '@playwright/test';

const isFocusInside = (dialog: Locator): Promise<boolean> =>
  dialog.evaluate((element) => element.contains(document.activeElement));

/**
 * The keyboard contract of every modal: it is open with focus inside, Tab and Shift+Tab go
 * round its controls and never reach the page behind, Escape closes it, and focus is back on
 * `opener`.
 */
export async function expectKeyboardModal(dialog: Locator, opener: Locator): Promise<void> {
  const page = dialog.page();
  await expect(dialog).toBeVisible();
  await expect.poll(() => isFocusInside(dialog)).toBe(true);
  const stops = await dialog.evaluate(
    (element) =>
      element.querySelectorAll('a[href], button, input, select, textarea, summary').length,
  );
  // Round the dialog and past its end, both ways.
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let press = 0; press < stops + 2; press += 1) {
      await page.keyboard.press(key);
      expect(await isFocusInside(dialog), `${key} #${press + 1} stays inside`).toBe(true);
    }
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
}
