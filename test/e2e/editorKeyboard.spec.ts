import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const seedHeadline = 'Московский инновационный кластер выходит на международный уровень';

/** Generous: the library list and the toolbar lie between the targets. */
const maxTabs = 80;

/** Presses Tab until `target` has the focus; fails when it never gets there. */
async function tabTo(page: Page, target: Locator): Promise<number> {
  for (let presses = 1; presses <= maxTabs; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`Tab never reached ${target.toString()} in ${maxTabs} presses`);
}

/** How the focused element shows its focus ring right now. */
function focusRing(target: Locator) {
  return target.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      focusVisible: element.matches(':focus-visible'),
      outlineStyle: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth),
    };
  });
}

test('every toolbar button has an accessible name', async ({ galley, page }) => {
  await galley.openArticle(seedHeadline);
  const buttons = page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button');
  await expect(buttons).toHaveCount(21);
  for (const button of await buttons.all()) {
    await expect(button).toHaveAccessibleName(/\S/);
  }
  const names = await buttons.evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('aria-label') ?? element.textContent ?? ''),
  );
  expect(new Set(names).size, 'no two buttons share a name').toBe(names.length);
  expect(names).toEqual([
    'Bold',
    'Italic',
    'Underline',
    'Strikethrough',
    'Superscript',
    'Subscript',
    'Paragraph',
    'Heading 2',
    'Heading 3',
    'Heading 4',
    'Bulleted list',
    'Numbered list',
    'Block quote',
    'Horizontal rule',
    'Link',
    'Figure',
    'Apply typography',
    'Find and replace',
    'Comment',
    'Undo',
    'Redo',
  ]);

  // Russian labels too: every button named, no name left in English or shared.
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
  const russian = page.getByRole('toolbar', { name: 'Форматирование' }).getByRole('button');
  await expect(russian.first()).toHaveAccessibleName('Полужирный');
  const russianNames = await russian.evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('aria-label') ?? ''),
  );
  expect(russianNames).toHaveLength(21);
  expect(new Set(russianNames).size).toBe(21);
  for (const name of russianNames) expect(name).toMatch(/^[А-ЯЁ]/);
});

test('Tab reaches the library and the article fields, each with a visible focus ring', async ({
  galley,
  page,
}) => {
  await galley.openArticle(seedHeadline);
  // Start from the top of a freshly loaded page, as someone who only uses the keyboard would.
  await page.reload();
  await expect(galley.headline).toHaveValue(seedHeadline);

  const stops: [string, Locator][] = [
    ['New article', page.getByRole('button', { name: 'New article' })],
    ['library search', galley.searchBox],
    ['headline', galley.headline],
    ['lede', galley.lede],
    ['rubric', galley.rubric],
    ['article text', galley.body],
  ];
  for (const [name, target] of stops) {
    await tabTo(page, target);
    await expect(target, `${name} has the focus`).toBeFocused();
    const ring = await focusRing(target);
    expect(ring.focusVisible, `${name} matches :focus-visible`).toBe(true);
    expect(ring.outlineStyle, `${name} shows an outline`).not.toBe('none');
    expect(ring.outlineWidth, `${name} outline width`).toBeGreaterThan(0);
  }

  // In the text, Tab is the writer's: typing goes on where the focus landed.
  await page.keyboard.type('X');
  await expect(galley.body).toContainText('X');
});

test('the toolbar buttons are reachable with Tab and show their focus', async ({
  galley,
  page,
}) => {
  await galley.openArticle(seedHeadline);
  await galley.rubric.focus();
  const bold = page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', {
    name: 'Bold',
  });
  await tabTo(page, bold);
  const ring = await focusRing(bold);
  expect(ring.focusVisible).toBe(true);
  expect(ring.outlineStyle).not.toBe('none');
  expect(ring.outlineWidth).toBeGreaterThan(0);
});
