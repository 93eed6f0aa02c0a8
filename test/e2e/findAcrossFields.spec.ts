import type { Page } from '@playwright/test';
import type { GalleyServer } from '../support/galleyServer';
import { makePng } from '../support/makePng';
import { expect, test } from './fixtures';
import type { GalleyPage } from './pages/GalleyPage';

/*
 * Issue 18, defect 7: find and replace covers the whole article, not only the body: the
 * headline, the lede, figure captions and credits, with one count, one order and one undo.
 */

test.use({ viewport: { width: 1440, height: 900 } });

const headline = 'Паром до Кронштадта запустят в мае';
const lede = 'Новый паром возьмёт на борт двести пассажиров.';
const firstParagraph = 'Первый рейс паром совершит девятого мая.';
const caption = 'Паром у причала в Кронштадте';
const credit = 'Фото: пресс-служба «Паром»';
const lastParagraph = 'Билеты на паром продают с апреля.';

interface StoredArticle {
  id: string;
  headline: string;
  lede: string;
  slug: string;
  body: unknown;
}

async function call<T>(
  page: Page,
  server: Pick<GalleyServer, 'origin' | 'token'>,
  channel: string,
  input: unknown,
) {
  const response = await page.request.post(`${server.origin}/api/${channel}`, {
    headers: { 'Content-Type': 'application/json', 'X-Galley-Token': server.token },
    data: input,
  });
  const answer = (await response.json()) as { ok: boolean; value: T };
  expect(answer.ok, `${channel} answered`).toBe(true);
  return answer.value;
}

/** An article with «паром» in the headline, the lede, two paragraphs, a caption and a credit. */
async function seedArticle(
  page: Page,
  server: Pick<GalleyServer, 'origin' | 'token'>,
): Promise<string> {
  const png = makePng(4, 3, (x, y) => [40 * x, 60 * y, 200]);
  const { imageId } = await call<{ imageId: string }>(page, server, 'images:upload', {
    fileName: 'ferry.png',
    dataBase64: png.toString('base64'),
  });
  const { id } = await call<StoredArticle>(page, server, 'articles:create', { headline });
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  await call(page, server, 'articles:update', {
    id,
    patch: {
      lede,
      body: {
        type: 'doc',
        content: [
          paragraph(firstParagraph),
          { type: 'figure', attrs: { imageId, alt: 'Судно у пирса', caption, credit } },
          paragraph(lastParagraph),
        ],
      },
    },
  });
  return id;
}

async function inRussian(galley: GalleyPage): Promise<Page> {
  const { page } = galley;
  await page.addInitScript(() => localStorage.setItem('galley:interfaceLanguage', 'ru'));
  await page.reload();
  await expect(galley.articleList).toBeVisible();
  return page;
}

/** What the active caption or credit highlight paints (the CSS Highlight API), or ''. */
function activeFigureHighlight(page: Page): Promise<string> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('find-figure-match-active');
    // The painter adds live ranges (`document.createRange`), not static ones.
    return [...(highlight ?? [])].map((range) => (range as Range).toString()).join('|');
  });
}

/** Every text of the stored article: headline, lede, body text, captions and credits. */
function storedTexts(article: StoredArticle): string {
  return [article.headline, article.lede, JSON.stringify(article.body)].join('\n');
}

function countOf(text: string, word: RegExp): number {
  return [...text.matchAll(word)].length;
}

test('7: find and replace covers the headline, lede, captions and credits; one undo', async ({
  galley,
  server,
}) => {
  // Two saves, six steps through the article and an undo: long on a loaded machine.
  test.slow();
  const id = await seedArticle(galley.page, server);
  const page = await inRussian(galley);
  await galley.openArticle(headline);
  await expect(galley.body.locator('figcaption')).toContainText(caption);
  const stored = await call<StoredArticle>(page, server, 'articles:get', { id });

  // Opened from the start of the headline, the search starts there.
  await galley.headline.focus();
  await galley.headline.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(0, 0));
  await page.keyboard.press('Control+f');
  const panel = page.getByRole('search', { name: 'Найти и заменить' });
  const find = panel.getByRole('textbox', { name: 'Найти', exact: true });
  const status = panel.getByRole('status');
  await expect(find).toBeFocused();
  await page.keyboard.type('паром');
  await panel.getByRole('checkbox', { name: 'Слово целиком' }).check();

  await expect(status).toHaveText('1 из 6 · заголовок');
  const headlineMatch = page.locator('.spelled-field mark.find-match.active');
  await expect(headlineMatch).toHaveText('Паром');
  await expect(page.locator('.spelled-field mark.find-match')).toHaveCount(2);
  await expect(galley.body.locator('.find-match')).toHaveCount(2);
  await expect(galley.body.locator('.find-match.active')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('find-headline-match-ru.png') });

  // Enter goes through the article in reading order, the active match marked where it is.
  await find.press('Enter');
  await expect(status).toHaveText('2 из 6 · лид');
  await expect(page.locator('#article-lede + .spelling-backdrop mark.active')).toHaveText('паром');
  await find.press('Enter');
  await expect(status).toHaveText('3 из 6 · текст');
  await expect(galley.body.locator('.find-match.active')).toHaveText('паром');
  await expect(headlineMatch).toHaveCount(0);
  await find.press('Enter');
  await expect(status).toHaveText('4 из 6 · подпись');
  await expect.poll(() => activeFigureHighlight(page)).toBe('Паром');
  await page.screenshot({ path: test.info().outputPath('find-caption-match-ru.png') });
  await expect(galley.body.locator('.find-match.active')).toHaveCount(0);
  await find.press('Enter');
  await expect(status).toHaveText('5 из 6 · автор снимка');
  await expect.poll(() => activeFigureHighlight(page)).toBe('Паром');
  await find.press('Enter');
  await expect(status).toHaveText('6 из 6 · текст');
  await expect.poll(() => activeFigureHighlight(page)).toBe('');
  await find.press('Enter');
  await expect(status).toHaveText('1 из 6 · заголовок');
  await find.press('Shift+Enter');
  await expect(status).toHaveText('6 из 6 · текст');

  await panel.getByRole('textbox', { name: 'Заменить на', exact: true }).fill('Катер');
  await panel.getByRole('button', { name: 'Заменить все', exact: true }).click();
  await expect(status).toHaveText('Заменено 6 совпадений');
  await expect(galley.headline).toHaveValue('Катер до Кронштадта запустят в мае');
  await expect(galley.lede).toHaveValue('Новый Катер возьмёт на борт двести пассажиров.');
  await expect(galley.body.locator('figcaption')).toHaveText(
    'Катер у причала в Кронштадте' + 'Фото: пресс-служба «Катер»',
  );
  await expect(galley.body.locator('p')).toHaveText([
    'Первый рейс Катер совершит девятого мая.',
    'Билеты на Катер продают с апреля.',
  ]);
  await galley.waitUntilSaved();

  // Saved: the library has every one of them replaced, and the slug follows the new headline.
  const replaced = await call<StoredArticle>(page, server, 'articles:get', { id });
  expect(countOf(storedTexts(replaced), /паром/giu)).toBe(0);
  expect(countOf(storedTexts(replaced), /Катер/gu)).toBe(6);
  expect(replaced.slug).not.toBe(stored.slug);
  expect(replaced.slug).toMatch(/^kater/);

  // One undo takes the whole "Replace all" back, in every field.
  await find.press('Escape');
  await expect(panel).toBeHidden();
  await expect(galley.body).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(galley.headline).toHaveValue(headline);
  await expect(galley.lede).toHaveValue(lede);
  await expect(galley.body.locator('figcaption')).toHaveText(caption + credit);
  await expect(galley.body.locator('p')).toHaveText([firstParagraph, lastParagraph]);
  await galley.waitUntilSaved();
  const undone = await call<StoredArticle>(page, server, 'articles:get', { id });
  expect(storedTexts(undone)).toBe(storedTexts(stored));
  expect(undone.slug).toBe(stored.slug);
});

test('7: replacing one match at a time goes through the headline, a caption and the body', async ({
  galley,
  server,
}) => {
  const id = await seedArticle(galley.page, server);
  const page = await inRussian(galley);
  await galley.openArticle(headline);
  await galley.headline.focus();
  await galley.headline.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(0, 0));
  await page.keyboard.press('Control+f');
  const panel = page.getByRole('search', { name: 'Найти и заменить' });
  const status = panel.getByRole('status');
  await page.keyboard.type('Паром');
  await panel.getByRole('checkbox', { name: 'Учитывать регистр' }).check();
  // Case-sensitive: the headline, the caption and the credit.
  await expect(status).toHaveText('1 из 3 · заголовок');
  await panel.getByRole('textbox', { name: 'Заменить на', exact: true }).fill('Катер');
  const replaceOne = panel.getByRole('button', { name: 'Заменить', exact: true });

  await replaceOne.click();
  await expect(galley.headline).toHaveValue('Катер до Кронштадта запустят в мае');
  await expect(status).toHaveText('1 из 2 · подпись');
  await replaceOne.click();
  await expect(galley.body.locator('figcaption')).toContainText('Катер у причала');
  await expect(status).toHaveText('1 из 1 · автор снимка');
  await replaceOne.click();
  await expect(status).toHaveText('Совпадений нет');
  await galley.waitUntilSaved();
  const saved = await call<StoredArticle>(page, server, 'articles:get', { id });
  expect(saved.headline).toBe('Катер до Кронштадта запустят в мае');
  expect(JSON.stringify(saved.body)).toContain('Фото: пресс-служба «Катер»');
  expect(JSON.stringify(saved.body)).toContain(firstParagraph);
  expect(saved.lede).toBe(lede);
});
