import { expect, test } from './fixtures';
import { ArticleEditorPage } from './pages/ArticleEditorPage';

/*
 * Counted by hand.
 * «Мэр Москвы открыл новый парк.»: 5 words; letters and the full stop 3+6+6+5+5 = 25,
 * plus 4 spaces = 29.
 * «В нём 120 деревьев и Ростов-на-Дону.»: 6 words («120» is one, «Ростов-на-Дону» is one);
 * 1+3+3+8+1+15 = 31 without spaces, plus 5 spaces = 36.
 * The break between the paragraphs is not a character.
 * Body: 11 words, 29+36 = 65 with spaces, 25+31 = 56 without; 11 words at 180 a minute is 1 min.
 * Headline «Парк открыт»: 2 words, 11 with spaces, 10 without.
 * Whole article: 13 words, 76 with spaces, 66 without, 1 min.
 */
const firstParagraph = 'Мэр Москвы открыл новый парк.';
const secondParagraph = 'В нём 120 деревьев и Ростов-на-Дону.';

test('the counts table shows words and characters of the body and the article', async ({
  galley,
}) => {
  const editor = new ArticleEditorPage(galley);
  await galley.createArticle();
  await editor.articleLanguage.selectOption('ru');
  await expect(editor.bodyCounts.locator('td')).toHaveText(['0', '0', '0', '0 min']);

  await editor.typeParagraphs(firstParagraph);
  await expect(editor.bodyCounts.locator('td')).toHaveText(['5', '29', '25', '1 min']);

  await galley.page.keyboard.press('Enter');
  await galley.page.keyboard.type(secondParagraph);
  await expect(editor.bodyCounts.locator('td')).toHaveText(['11', '65', '56', '1 min']);
  await expect(editor.articleCounts.locator('td')).toHaveText(['11', '65', '56', '1 min']);

  await galley.headline.fill('Парк открыт');
  await expect(editor.bodyCounts.locator('td')).toHaveText(['11', '65', '56', '1 min']);
  await expect(editor.articleCounts.locator('td')).toHaveText(['13', '76', '66', '1 min']);
  await expect(
    galley.page
      .getByRole('table', { name: 'Counts' })
      .getByRole('columnheader')
      .filter({ hasText: /\S/ }),
  ).toHaveText(['Words', 'Characters with spaces', 'without spaces', 'Reading time']);

  await galley.waitUntilSaved();
  await galley.page.reload();
  await expect(editor.bodyCounts.locator('td')).toHaveText(['11', '65', '56', '1 min']);
  await expect(editor.articleCounts.locator('td')).toHaveText(['13', '76', '66', '1 min']);
});

test('the headline length hint counts up to the guide and warns past it', async ({ galley }) => {
  const editor = new ArticleEditorPage(galley);
  await galley.createArticle();
  await expect(editor.headlineLength).toHaveText('0 / 90 characters');

  await galley.headline.fill('Парк открыт');
  await expect(editor.headlineLength).toHaveText('11 / 90 characters');
  await expect(galley.headline).toHaveAccessibleDescription('11 / 90 characters');

  const atTheGuide =
    'Мэр Москвы открыл новый парк на месте старой промзоны в районе Печатники '.padEnd(90, 'я');
  expect(atTheGuide).toHaveLength(90);
  await galley.headline.fill(atTheGuide);
  await expect(editor.headlineLength).toHaveText('90 / 90 characters');
  await expect(editor.headlineLength).not.toHaveClass(/\bover\b/);

  await galley.headline.press('End');
  await galley.headline.press('!');
  await expect(galley.headline).toHaveValue(`${atTheGuide}!`);
  await expect(editor.headlineLength).toHaveText('91 characters: over the 90 guide');
  await expect(editor.headlineLength).toHaveClass(/\bover\b/);

  await galley.headline.press('Backspace');
  await expect(editor.headlineLength).toHaveText('90 / 90 characters');
});
