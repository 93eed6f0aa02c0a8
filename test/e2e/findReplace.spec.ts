import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ArticleEditorPage } from './pages/ArticleEditorPage';

const seedHeadline = /Московский инновационный кластер/;

/** The find panel as a person finds it: by its role and its labels. */
function findPanel(page: Page) {
  const panel = page.getByRole('search', { name: 'Find and replace' });
  return {
    panel,
    find: panel.getByRole('textbox', { name: 'Find', exact: true }),
    replace: panel.getByRole('textbox', { name: 'Replace', exact: true }),
    wholeWord: panel.getByRole('checkbox', { name: 'Whole word' }),
    matchCase: panel.getByRole('checkbox', { name: 'Match case' }),
    count: panel.getByRole('status'),
    button: (name: string) => panel.getByRole('button', { name, exact: true }),
  };
}

/** Occurrences of `word` in `text`, the way the panel counts them. */
function occurrences(text: string, word: string, options: { wholeWord: boolean; flags: string }) {
  const edge = '[\\p{L}\\p{N}\\p{M}]';
  const source = options.wholeWord ? `(?<!${edge})${word}(?!${edge})` : word;
  return [...text.matchAll(new RegExp(source, `g${options.flags}`))].length;
}

test('finds, counts and replaces whole words in one undo step', async ({ galley, page }) => {
  await galley.openArticle(seedHeadline);
  const original = await galley.body.innerText();
  const originalHeadline = await galley.headline.inputValue();
  // The count covers the headline and lede as well as the body (captions included).
  const article = [originalHeadline, await galley.lede.inputValue(), original].join('\n');
  const loose = occurrences(article, 'кластер', { wholeWord: false, flags: 'iu' });
  const whole = occurrences(article, 'кластер', { wholeWord: true, flags: 'iu' });
  const looseInBody = occurrences(original, 'кластер', { wholeWord: false, flags: 'iu' });
  const wholeInBody = occurrences(original, 'кластер', { wholeWord: true, flags: 'iu' });
  // The seed article has «кластер» in several forms: кластер, кластера, кластером.
  expect(wholeInBody).toBeGreaterThan(0);
  expect(looseInBody).toBeGreaterThan(wholeInBody);
  // …and in its headline.
  expect(whole).toBeGreaterThan(wholeInBody);

  await galley.body.click();
  await page.keyboard.press('ControlOrMeta+f');
  const find = findPanel(page);
  await expect(find.panel).toBeVisible();
  await expect(find.find).toBeFocused();

  await page.keyboard.type('кластер');
  await expect(find.count).toHaveText(new RegExp(`^\\d+ of ${loose} · `));
  await expect(galley.body.locator('.find-match')).toHaveCount(looseInBody);
  await expect(galley.body.locator('.find-match.active')).toHaveCount(1);

  await find.wholeWord.check();
  await expect(find.count).toHaveText(new RegExp(`^\\d+ of ${whole} · `));
  await expect(galley.body.locator('.find-match')).toHaveCount(wholeInBody);

  // Enter goes to the next match, Shift+Enter back, wrapping round.
  const position = async (): Promise<number> =>
    Number(/^(\d+) of/.exec((await find.count.textContent()) ?? '')?.[1]);
  const first = await position();
  await find.find.press('Enter');
  await expect(find.count).toHaveText(new RegExp(`^${(first % whole) + 1} of ${whole} · `));
  await find.find.press('Shift+Enter');
  await expect(find.count).toHaveText(new RegExp(`^${first} of ${whole} · `));

  await find.replace.fill('КЛАСТЕР');
  const saved = page.waitForRequest(
    (request) =>
      request.url().includes(`/api/${encodeURIComponent('articles:autosave')}`) &&
      (request.postData() ?? '').includes('КЛАСТЕР'),
  );
  await find.button('Replace all').click();
  await expect(find.count).toHaveText(`Replaced ${whole} ${whole === 1 ? 'match' : 'matches'}`);
  const replaced = await galley.body.innerText();
  expect(occurrences(replaced, 'КЛАСТЕР', { wholeWord: true, flags: 'u' })).toBe(wholeInBody);
  expect(occurrences(replaced, 'кластер', { wholeWord: true, flags: 'u' })).toBe(0);
  // Other forms of the word are not whole-word matches and stay as they were.
  expect(occurrences(replaced, 'кластер', { wholeWord: false, flags: 'u' })).toBe(
    looseInBody - wholeInBody,
  );
  await expect(galley.headline).toHaveValue(originalHeadline.replace(/кластер/u, 'КЛАСТЕР'));
  await saved;
  await galley.waitUntilSaved();

  // Escape closes the panel, clears the highlights and gives the text back its focus.
  await find.find.press('Escape');
  await expect(find.panel).toBeHidden();
  await expect(galley.body.locator('.find-match')).toHaveCount(0);
  await expect(galley.body).toBeFocused();

  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => galley.body.innerText()).toBe(original);
  await expect(galley.headline).toHaveValue(originalHeadline);
  await galley.waitUntilSaved();
});

test('Mod-f takes the selected word as the query', async ({ galley, page }) => {
  await galley.openArticle(seedHeadline);
  // selectWord double-clicks at the word's place on screen: bring it to the middle first, clear
  // of the status bar at the pane's foot.
  await galley.body
    .locator('p', { hasText: 'Церемония' })
    .evaluate((paragraph) => paragraph.scrollIntoView({ block: 'center' }));
  await new ArticleEditorPage(galley).selectWord('Церемония');

  await page.keyboard.press('ControlOrMeta+f');
  const find = findPanel(page);
  await expect(find.find).toBeFocused();
  await expect(find.find).toHaveValue('Церемония');
  await expect(find.count).toHaveText('1 of 1 · body');

  await find.matchCase.check();
  await find.find.fill('НЕТ ТАКОГО СЛОВА');
  await expect(find.count).toHaveText('No matches');
  await expect(find.button('Next')).toBeDisabled();
  await expect(find.button('Replace all')).toBeDisabled();

  await find.button('Close').click();
  await expect(find.panel).toBeHidden();
});
