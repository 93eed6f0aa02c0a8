import { expect, test } from './fixtures';
import { ArticleEditorPage } from './pages/ArticleEditorPage';

const refusal = 'Only http, https and mailto links are allowed.';

// One server and page for the link rules: each step works in an article of its own.
test('links: refused schemes, mailto, addresses without a scheme and pasted links, each in a new article', async ({
  galley,
  page,
}) => {
  // Several tests' worth of steps in one: the time of each, less a server and page apiece.
  test.slow();
  await test.step('a link is refused for javascript: and ftp:, added, edited and removed', async () => {
    const editor = new ArticleEditorPage(galley);
    const dialog = editor.linkDialog;
    const address = editor.linkAddress;
    const links = editor.body.locator('a');
    await galley.createArticle();
    await editor.typeParagraphs('Read the report today');

    await editor.selectWord('report');
    await page.keyboard.press('Control+K');
    await expect(dialog).toBeVisible();
    await expect(address).toBeFocused();

    await editor.applyLink('javascript:alert(1)');
    await expect(dialog.getByRole('alert')).toHaveText(refusal);
    await expect(address).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog).toBeVisible();
    await expect(links).toHaveCount(0);

    for (const refused of [
      'ftp://x',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
    ]) {
      await address.fill(refused);
      await expect(dialog.getByRole('alert')).toHaveCount(0);
      await address.press('Enter');
      await expect(dialog.getByRole('alert'), refused).toHaveText(refusal);
      await expect(links).toHaveCount(0);
    }

    await editor.applyLink('https://example.com');
    await expect(dialog).toBeHidden();
    await expect(links).toHaveCount(1);
    await expect(links).toHaveAttribute('href', 'https://example.com');
    await expect(links).toHaveText('report');
    await expect(editor.tool('Link')).toHaveAttribute('aria-pressed', 'true');

    // Editing: the dialog opens on the link under the caret with its address filled in.
    await editor.selectWord('report');
    await editor.tool('Link').click();
    await expect(address).toHaveValue('https://example.com');
    await address.fill('https://example.org/news');
    await address.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(links).toHaveCount(1);
    await expect(links).toHaveAttribute('href', 'https://example.org/news');
    await expect(links).toHaveText('report');

    // The edited link is still selected: open the dialog on it again and remove it.
    await expect(editor.body).toBeFocused();
    await page.keyboard.press('Control+K');
    await expect(address).toHaveValue('https://example.org/news');
    await dialog.getByRole('button', { name: 'Remove link' }).click();
    await expect(dialog).toBeHidden();
    await expect(links).toHaveCount(0);
    await expect(editor.body.locator('p')).toHaveText(['Read the report today']);
  });

  await test.step('a mailto link is accepted and kept, a refused address leaves nothing behind', async () => {
    const editor = new ArticleEditorPage(galley);
    const dialog = editor.linkDialog;
    await galley.createArticle();
    await editor.typeParagraphs('Write to the desk or see the archive');

    await editor.selectWord('desk');
    await editor.tool('Link').click();
    await editor.applyLink('mailto:desk@example.com');
    await expect(dialog).toBeHidden();
    await expect(editor.body.locator('a')).toHaveAttribute('href', 'mailto:desk@example.com');

    await editor.selectWord('archive');
    await page.keyboard.press('Control+K');
    await editor.applyLink('ftp://x');
    await expect(dialog.getByRole('alert')).toHaveText(refusal);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    await galley.waitUntilSaved();
    await page.reload();
    const links = galley.body.locator('a');
    await expect(links).toHaveCount(1);
    await expect(links).toHaveAttribute('href', 'mailto:desk@example.com');
    await expect(links).toHaveText('desk');
  });

  await test.step('an address without a scheme becomes https, a bare e-mail address mailto', async () => {
    const editor = new ArticleEditorPage(galley);
    const dialog = editor.linkDialog;
    const address = editor.linkAddress;
    await galley.createArticle();
    await editor.typeParagraphs('See the site or mail the editor');

    for (const [word, typed, href] of [
      ['site', 'example.com/news', 'https://example.com/news'],
      ['editor', 'desk@example.com', 'mailto:desk@example.com'],
    ] as const) {
      await editor.selectWord(word);
      await page.keyboard.press('Control+K');
      await address.fill(typed);
      await address.press('Enter');
      await expect(dialog).toBeHidden();
      await expect(editor.body.locator('a', { hasText: word })).toHaveAttribute('href', href);
    }
  });

  await test.step('a pasted javascript: link loses its link, a pasted https link keeps it', async () => {
    const editor = new ArticleEditorPage(galley);
    await galley.createArticle();
    await editor.typeParagraphs('Pasted:');
    await galley.body.evaluate((element) => {
      const data = new DataTransfer();
      data.setData(
        'text/html',
        '<p><a href="javascript:alert(1)">bad</a> and <a href="https://example.com/ok">good</a></p>',
      );
      data.setData('text/plain', 'bad and good');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    await expect(galley.body).toContainText('bad and good');
    const links = galley.body.locator('a');
    await expect(links).toHaveCount(1);
    await expect(links).toHaveAttribute('href', 'https://example.com/ok');
    await expect(links).toHaveText('good');
    await expect(galley.body.locator('a[href^="javascript:" i]')).toHaveCount(0);

    await galley.waitUntilSaved();
    await page.reload();
    await expect(galley.body.locator('a')).toHaveCount(1);
    await expect(galley.body.locator('a')).toHaveAttribute('href', 'https://example.com/ok');
  });
});
