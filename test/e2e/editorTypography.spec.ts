import { expect, test } from './fixtures';
import { ArticleEditorPage } from './pages/ArticleEditorPage';

const nbsp = '\u00a0';
const typed = 'Он сказал: "Это "лучший" вариант" - и ушёл...';
const typeset = `Он сказал: «Это „лучший“ вариант»${nbsp}— и${nbsp}ушёл…`;

/** The exact text of the body's paragraphs: `toHaveText` would fold the no-break spaces. */
async function paragraphTexts(editor: ArticleEditorPage): Promise<string[]> {
  return editor.body
    .locator('p')
    .evaluateAll((paragraphs) => paragraphs.map((paragraph) => paragraph.textContent ?? ''));
}

async function newRussianArticle(editor: ArticleEditorPage): Promise<void> {
  await editor.galley.createArticle();
  // A new article takes the interface language (English here): switch it to Russian.
  await expect(editor.articleLanguage).toHaveValue('en');
  await editor.articleLanguage.selectOption({ label: 'Russian' });
  await expect(editor.articleLanguage).toHaveValue('ru');
  await editor.typeParagraphs(typed);
  await expect.poll(() => paragraphTexts(editor)).toEqual([typed]);
}

test('the typography button sets a Russian paragraph and one undo restores it', async ({
  galley,
  page,
}) => {
  const editor = new ArticleEditorPage(galley);
  await newRussianArticle(editor);

  await editor.tool('Apply typography').click();
  await expect.poll(() => paragraphTexts(editor)).toEqual([typeset]);
  await expect(page.getByRole('status').filter({ hasText: 'Typography applied.' })).toBeVisible();
  const [text] = await paragraphTexts(editor);
  expect(text).toContain('«Это „лучший“ вариант»');
  expect(text).toContain(`${nbsp}—`);
  expect(text).toMatch(/…$/);

  await page.keyboard.press('Control+Z');
  await expect.poll(() => paragraphTexts(editor)).toEqual([typed]);
});

test('Ctrl+Alt+T sets the text, one undo restores it and the result is saved', async ({
  galley,
  page,
}) => {
  const editor = new ArticleEditorPage(galley);
  await newRussianArticle(editor);

  await page.keyboard.press('Control+Alt+T');
  await expect.poll(() => paragraphTexts(editor)).toEqual([typeset]);
  await page.keyboard.press('Control+Z');
  await expect.poll(() => paragraphTexts(editor)).toEqual([typed]);
  // Redo brings the typeset text back, and that is what gets stored.
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(() => paragraphTexts(editor)).toEqual([typeset]);

  await galley.waitUntilSaved();
  await page.reload();
  await expect(editor.articleLanguage).toHaveValue('ru');
  await expect.poll(() => paragraphTexts(editor)).toEqual([typeset]);
});
