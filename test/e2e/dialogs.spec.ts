import { expect, test } from './fixtures';
import { ArticleEditorPage } from './pages/ArticleEditorPage';
import { expectKeyboardModal } from './pages/expectKeyboardModal';

// One server and page for every dialog: each step leaves the dialog it opened closed again.
test('every dialog keeps focus inside, closes on Escape and gives focus back', async ({
  galley,
  page,
}) => {
  // Six tests' worth of steps in one: the time of each, less a server and page apiece.
  test.slow();
  for (const [button, title] of [
    ['Settings', 'Settings'],
    ['Shortcuts', 'Keyboard shortcuts'],
    ['Export…', 'Export to the website'],
    ['Publishing…', 'Publishing to the website'],
  ] as const) {
    await test.step(`the ${button} dialog keeps focus inside, closes on Escape and gives focus back`, async () => {
      await expect(galley.articleList).toBeVisible();
      const opener = page.getByRole('button', { name: button, exact: true });
      await opener.click();
      await expectKeyboardModal(page.getByRole('dialog', { name: title }), opener);
    });
  }

  await test.step('F1 opens the shortcuts over the editor and Escape gives the text back', async () => {
    await galley.createArticle();
    await galley.body.click();
    await page.keyboard.press('F1');
    await expectKeyboardModal(
      page.getByRole('dialog', { name: 'Keyboard shortcuts' }),
      galley.body,
    );
  });

  await test.step('the link and figure dialogs keep focus inside, close on Escape and give focus back', async () => {
    const editor = new ArticleEditorPage(galley);
    await galley.createArticle();
    await editor.typeParagraphs('Read the report today');

    await editor.selectWord('report');
    await page.keyboard.press('Control+K');
    await expect(editor.linkDialog.getByLabel('Link address')).toBeFocused();
    await expectKeyboardModal(editor.linkDialog, galley.body);
    await expect(editor.body.locator('a')).toHaveCount(0);

    const figure = editor.tool('Figure');
    await figure.focus();
    await page.keyboard.press('Enter');
    await expectKeyboardModal(editor.figureDialog, figure);
    await expect(editor.body.locator('figure')).toHaveCount(0);
  });
});
