import { expect, test } from './fixtures';
import { ArticleEditorPage } from './pages/ArticleEditorPage';
import type { GalleyPage } from './pages/GalleyPage';

const paragraphs = [
  'Make this bold',
  'Make this italic',
  'Make this underlined',
  'Add a footnote',
  'Cross this out',
  'Add a subnote',
  'Section heading',
  'First item',
  'Numbered point',
  'Quoted words',
  // A plain last paragraph: after a last block quote the editor adds an empty one of its own.
  'The end',
];

/** Each paragraph's formatting: where it goes, its shortcut and its toolbar button. */
const marks = [
  ['bold', 'Control+B', 'Bold'],
  ['italic', 'Control+I', 'Italic'],
  ['underlined', 'Control+U', 'Underline'],
  ['footnote', 'Control+.', 'Superscript'],
  ['out', 'Control+Shift+S', 'Strikethrough'],
  ['subnote', 'Control+,', 'Subscript'],
] as const;
const blocks = [
  ['Section heading', 'Control+Alt+2', 'Heading 2'],
  ['First item', 'Control+Shift+8', 'Bulleted list'],
  ['Numbered point', 'Control+Shift+7', 'Numbered list'],
  ['Quoted words', 'Control+Shift+B', 'Block quote'],
] as const;

/** Selects each mark's word and puts the caret in each block, applies it, sees its button on. */
async function formatEverything(
  editor: ArticleEditorPage,
  apply: (shortcut: string, tool: string) => Promise<void>,
): Promise<void> {
  for (const [word, shortcut, tool] of marks) {
    await editor.selectWord(word);
    await apply(shortcut, tool);
    await expect(editor.tool(tool)).toHaveAttribute('aria-pressed', 'true');
  }
  for (const [text, shortcut, tool] of blocks) {
    await editor.placeCaretIn(text);
    await apply(shortcut, tool);
    await expect(editor.tool(tool)).toHaveAttribute('aria-pressed', 'true');
  }
}

/** What the body must hold once every paragraph above has had its formatting. */
async function expectFormatted(editor: ArticleEditorPage): Promise<void> {
  const { body } = editor;
  await expect(body.locator('p strong')).toHaveText(['bold']);
  await expect(body.locator('p em')).toHaveText(['italic']);
  await expect(body.locator('p u')).toHaveText(['underlined']);
  await expect(body.locator('p sup')).toHaveText(['footnote']);
  await expect(body.locator('p s')).toHaveText(['out']);
  await expect(body.locator('p sub')).toHaveText(['subnote']);
  await expect(body.locator('h2')).toHaveText(['Section heading']);
  await expect(body.locator('ul > li')).toHaveText(['First item']);
  await expect(body.locator('ol > li')).toHaveText(['Numbered point']);
  await expect(body.locator('blockquote')).toHaveText(['Quoted words']);
  // Nothing else picked up a mark or a block by accident.
  await expect(body.locator('strong, em, u, sup, s, sub')).toHaveCount(6);
  await expect(body.locator(':scope > p')).toHaveText([
    'Make this bold',
    'Make this italic',
    'Make this underlined',
    'Add a footnote',
    'Cross this out',
    'Add a subnote',
    'The end',
  ]);
}

async function reloadAndExpectFormatted(galley: GalleyPage, editor: ArticleEditorPage) {
  await galley.waitUntilSaved();
  await galley.page.reload();
  await expect(galley.body).toBeVisible();
  await expectFormatted(editor);
}

// One server and page for the formatting checks: each step works in an article of its own.
test('formatting from the toolbar and the shortcuts is kept, and a shortcut again removes its mark', async ({
  galley,
  page,
}) => {
  // Several tests' worth of steps in one: the time of each, less a server and page apiece.
  test.slow();
  await test.step('toolbar buttons format the selection and the formatting is kept', async () => {
    const editor = new ArticleEditorPage(galley);
    await galley.createArticle();
    await editor.typeParagraphs(...paragraphs);

    await formatEverything(editor, (_shortcut, tool) => editor.tool(tool).click());

    await expectFormatted(editor);
    await reloadAndExpectFormatted(galley, editor);
  });

  await test.step('keyboard shortcuts format the selection and the formatting is kept', async () => {
    const editor = new ArticleEditorPage(galley);
    await galley.createArticle();
    await editor.typeParagraphs(...paragraphs);

    await formatEverything(editor, (shortcut) => page.keyboard.press(shortcut));

    await expectFormatted(editor);
    await reloadAndExpectFormatted(galley, editor);
  });

  await test.step('a shortcut pressed again removes the mark it set', async () => {
    const editor = new ArticleEditorPage(galley);
    await galley.createArticle();
    await editor.typeParagraphs('Make this bold');
    await editor.selectWord('bold');
    await page.keyboard.press('Control+B');
    await expect(editor.body.locator('strong')).toHaveText(['bold']);
    await page.keyboard.press('Control+B');
    await expect(editor.body.locator('strong')).toHaveCount(0);
    await expect(editor.tool('Bold')).toHaveAttribute('aria-pressed', 'false');
  });
});
