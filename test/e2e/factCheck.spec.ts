import { expect, test } from './fixtures';
import { ArticleEditorPage } from './pages/ArticleEditorPage';
import { selectEditorText, selectQuoteAnchor } from './pages/selectEditorText';

const seedHeadline = 'Московский инновационный кластер выходит на международный уровень';

test('a quote is accepted, verified, changed by an edit, orphaned by deletion, and the gate holds', async ({
  galley,
  page,
}) => {
  await galley.openArticle(seedHeadline);
  const panel = page.getByRole('region', { name: 'Fact-check' });
  const suggestions = panel.getByRole('list', { name: 'Found in the text' });
  const annotations = panel.getByRole('list', { name: 'Quotations' });

  // The detector offers the one quotation of the sample, and none of the names in «».
  await expect(suggestions.getByRole('listitem')).toHaveCount(1);
  await expect(suggestions).toContainText('Московский инновационный кластер объединяет');
  await expect(suggestions).toContainText('Наталья Сергунина');
  await expect(suggestions).toContainText('attribution 95% sure');
  await suggestions.getByRole('button', { name: 'Accept' }).click();

  const item = annotations.getByRole('button').first();
  await expect(item).toContainText('Наталья Сергунина');
  await expect(item.getByTestId('quote-verdict')).toHaveText('Unchecked');
  await expect(page.getByTestId('body-editor').locator('.quote-anchor').first()).toBeVisible();

  // Verify it against a recording.
  const form = panel.getByRole('form', { name: 'Check this quotation' });
  await form.getByLabel('Checked against').selectOption('recording');
  await form.getByLabel('Source', { exact: true }).fill('press-conference.mp3');
  await form.getByLabel('Time code').fill('00:12:34');
  await form.getByLabel('Verdict').selectOption('verified');
  await form.getByLabel('Private note', { exact: true }).fill('Checked with the press office.');
  await form.getByRole('button', { name: 'Save check' }).click();
  await expect(item.getByTestId('quote-verdict')).toHaveText('Verified');
  await expect(panel.getByTestId('open-quotes')).toHaveText('0 open');

  // Editing the quoted words drops the verdict to "changed since check".
  await selectEditorText(page, 'десятки тысяч');
  await page.keyboard.type('сотни тысяч');
  await galley.waitUntilSaved();
  await expect(item.getByTestId('quote-verdict')).toHaveText('Changed since check');
  await item.click();
  await expect(panel.getByTestId('checked-wording')).toContainText('десятки тысяч');
  await expect(panel.getByTestId('current-wording')).toContainText('сотни тысяч');

  // The gate refuses "ready", and lets it through with a logged reason.
  const status = page.getByLabel('Status', { exact: true });
  for (const next of ['Editing', 'Fact-check', 'Ready']) {
    await status.selectOption({ label: `Move to ${next}` });
    if (next !== 'Ready')
      await expect(page.locator('.editor-toolbar .status-badge')).toHaveText(next);
  }
  await expect(page.getByRole('alert').filter({ hasText: 'Cannot mark ready' })).toBeVisible();
  await expect(page.locator('.editor-toolbar .status-badge')).toHaveText('Fact-check');
  await page
    .getByLabel('Reason for publishing anyway (logged)')
    .fill('Quote confirmed by phone with the speaker.');
  await page.getByRole('button', { name: 'Override and move to Ready' }).click();
  await expect(page.locator('.editor-toolbar .status-badge')).toHaveText('Ready');
  await panel.getByText('Gate overrides').click();
  await expect(panel.locator('.overrides')).toContainText(
    'Quote confirmed by phone with the speaker.',
  );

  // Deleting the quotation keeps its annotation, as orphaned.
  await selectQuoteAnchor(page);
  await page.keyboard.press('Backspace');
  await galley.waitUntilSaved();
  await expect(annotations.getByRole('button').first().getByTestId('quote-verdict')).toHaveText(
    'Orphaned: deleted from the text',
  );
  await page.screenshot({ path: test.info().outputPath('fact-check.png'), fullPage: true });
});

test('a quotation nobody is named for asks who said it and fills in no speaker', async ({
  galley,
  page,
}) => {
  await galley.createArticle();
  const editor = new ArticleEditorPage(galley);
  await editor.typeParagraphs(
    'The council met on Monday.',
    '"This plan will change the city for the better," he said.',
  );
  await galley.waitUntilSaved();
  const panel = page.getByRole('region', { name: 'Fact-check' });
  const suggestions = panel.getByRole('list', { name: 'Found in the text' });
  await expect(suggestions.getByRole('listitem')).toHaveCount(1);
  await expect(suggestions).toContainText('who said this?');
  await expect(suggestions).not.toContainText('% sure');
  await suggestions.getByRole('button', { name: 'Accept' }).click();
  const form = panel.getByRole('form', { name: 'Check this quotation' });
  await expect(form.getByLabel('Speaker')).toHaveValue('');
});
