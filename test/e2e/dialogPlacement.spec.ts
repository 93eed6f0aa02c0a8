import { expect, test } from './fixtures';
import { ArticleEditorPage } from './pages/ArticleEditorPage';
import { expectFocusedFieldInView } from './pages/expectFieldInView';

test.use({ viewport: { width: 1440, height: 900 } });

/** A real-length article: forty paragraphs, so the body scrolls well past the toolbar. */
const paragraphs = Array.from(
  { length: 40 },
  (_, index) => `Paragraph ${index + 1} of the long article about the city transport plan`,
);

async function writeLongArticle(editor: ArticleEditorPage): Promise<void> {
  await editor.galley.createArticle();
  await editor.galley.headline.fill('A long article');
  await editor.body.click();
  await editor.body.evaluate((root, texts) => {
    const handle = (
      root as HTMLElement & { editor?: { commands: { setContent(html: string): void } } }
    ).editor;
    handle?.commands.setContent(texts.map((text) => `<p>${text}</p>`).join(''));
  }, paragraphs);
  await expect(editor.body.locator('p')).toHaveCount(paragraphs.length);
}

// Both dialogs on one long article: writing it is most of each check's time.
test('deep in a scrolled article, the figure dialog and the Ctrl+K link field open in view with the focus inside', async ({
  galley,
  page,
}) => {
  const editor = new ArticleEditorPage(galley);
  await writeLongArticle(editor);

  await test.step('the figure dialog opens in view with focus inside', async () => {
    await editor.placeCaretIn(paragraphs[35] ?? '');
    await editor.block('p', paragraphs[35] ?? '').scrollIntoViewIfNeeded();
    await editor.tool('Figure').click();
    await page.screenshot({ path: test.info().outputPath('figure.png') });
    await expect(editor.figureDialog).toBeVisible();
    await expectFocusedFieldInView(page.locator(':focus'));
    await expect
      .poll(() => editor.figureDialog.evaluate((d) => d.contains(document.activeElement)))
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect(editor.figureDialog).toBeHidden();
  });

  await test.step('Ctrl+K shows the focused link field, not under the toolbar', async () => {
    await editor.block('p', paragraphs[37] ?? '').scrollIntoViewIfNeeded();
    await editor.selectWord('38');
    await page.keyboard.press('Control+K');
    await expectFocusedFieldInView(editor.linkAddress);
  });
});
