import { expect, test } from './fixtures';
import { selectEditorText } from './pages/selectEditorText';

const seedHeadline = 'Московский инновационный кластер выходит на международный уровень';

test('typograf after the check keeps the verified quote; a changed word reopens it and «ready» says it is held', async ({
  galley,
  page,
}) => {
  await galley.openArticle(seedHeadline);
  const panel = page.getByRole('region', { name: 'Fact-check' });
  const suggestions = panel.getByRole('list', { name: 'Found in the text' });
  const item = panel.getByRole('list', { name: 'Quotations' }).getByRole('button').first();
  await suggestions.getByRole('button', { name: 'Accept' }).click();
  await expect(item.getByTestId('quote-verdict')).toHaveText('Unchecked');
  const form = panel.getByRole('form', { name: 'Check this quotation' });
  await form.getByLabel('Verdict').selectOption('verified');
  await form.getByRole('button', { name: 'Save check' }).click();
  await expect(item.getByTestId('quote-verdict')).toHaveText('Verified');

  const status = page.getByLabel('Status', { exact: true });
  for (const next of ['Editing', 'Fact-check', 'Ready']) {
    await status.selectOption({ label: `Move to ${next}` });
    await expect(page.locator('.editor-toolbar .status-badge')).toHaveText(next);
  }

  // Typograf changes only spaces, quote marks and dashes: the check stands.
  const before = await galley.body.innerText();
  await page
    .getByRole('toolbar', { name: 'Formatting' })
    .getByRole('button', {
      name: 'Apply typography',
    })
    .click();
  await expect.poll(() => galley.body.innerText()).not.toBe(before);
  await galley.waitUntilSaved();
  await expect(item.getByTestId('quote-verdict')).toHaveText('Verified');
  await expect(panel.getByTestId('open-quotes')).toHaveText('0 open');
  await expect(page.getByTestId('held-back-notice')).toHaveCount(0);

  // A changed word is a new wording: the verdict drops, and «Ready» says the export holds it.
  await selectEditorText(page, 'десятки');
  await page.keyboard.type('сотни');
  await galley.waitUntilSaved();
  await expect(item.getByTestId('quote-verdict')).toHaveText('Changed since check');
  await expect(page.locator('.editor-toolbar .status-badge')).toHaveText('Ready');
  await expect(page.getByTestId('held-back-notice')).toContainText('the export will hold it back');
  await expect(page.getByTestId('held-back-notice')).toContainText('changed since check');
});
