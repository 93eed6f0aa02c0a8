import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../support/galleyServer';
import { validateHtmlFiles } from '../support/validateHtml';
import { validateGalleyNinjs, validateNinjs } from '../support/validateNinjs';
import { expect, test } from './fixtures';
import { ArticleEditorPage } from './pages/ArticleEditorPage';

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name));
}

test('the export dialog publishes the sample article as a page a person would publish', async ({
  galley,
  page,
}) => {
  const outDir = path.join(makeTempDir('galley-site-'), 'site');
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to the website' });
  await dialog.getByLabel('All articles').check();
  await dialog.getByLabel('Site folder').fill(outDir);
  await dialog.getByLabel('Site address').fill('https://news.example');

  // The sample's quotation is unchecked: the gate holds it back.
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByTestId('export-summary')).toContainText('0 written');
  await expect(dialog.getByRole('list', { name: 'Held back' })).toContainText('not verified');

  await dialog.getByLabel('Include articles with unchecked quotes').check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByTestId('export-summary')).toContainText('1 written');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(galley.articleButton(/Московский инновационный кластер/)).toContainText('Published');

  const files = filesUnder(outDir);
  const pages = files.filter((file) => file.endsWith('.html'));
  const documents = files.filter((file) => file.endsWith('index.json'));
  expect(pages).toHaveLength(2);
  expect(documents).toHaveLength(1);
  expect(await validateHtmlFiles(pages)).toEqual([]);
  for (const file of documents) {
    const document = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    expect(validateNinjs(document)).toEqual([]);
    expect(validateGalleyNinjs(document)).toEqual([]);
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as {
    articles: unknown[];
  };
  expect(manifest.articles).toHaveLength(1);

  // Look at it as a reader would, through the server's preview of the site folder.
  const reader = await page.context().newPage();
  await reader.goto(`${galley.server.origin}/site/index.html`);
  await reader.getByRole('link', { name: /Московский инновационный кластер/ }).click();
  await expect(reader.locator('article h1')).toHaveText(
    /Московский\sинновационный\sкластер\sвыходит\sна\sмеждународный/,
  );
  await expect(reader.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(reader.locator('article q').first()).toContainText(
    'Московский инновационный кластер объединяет',
  );
  await expect(reader.getByRole('heading', { name: 'Другие новости' })).toBeVisible();
  await reader.screenshot({ path: test.info().outputPath('exported-article.png'), fullPage: true });
  fs.rmSync(path.dirname(outDir), { recursive: true, force: true });
});

test('the export dialog can publish just the open article', async ({ galley, page }) => {
  const outDir = path.join(makeTempDir('galley-site-'), 'site');
  const editor = new ArticleEditorPage(galley);
  await galley.createArticle();
  await editor.articleLanguage.selectOption('ru');
  await galley.headline.fill('Only this one');
  // U+2011 hyphens, a decimal number, a stacked accent, a family emoji: 5 words, 41 characters.
  await editor.typeParagraphs('Ростов‑на‑Дону, рост 3.5 процента; café́ 👩‍👩‍👧');
  await expect(editor.bodyCounts.locator('td')).toHaveText(['5', '41', '36', '1 min']);
  await galley.waitUntilSaved();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to the website' });
  await dialog.getByLabel('This article only').check();
  await dialog.getByLabel('Site folder').fill(outDir);
  await dialog.getByLabel('Site address').fill('https://news.example');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByTestId('export-summary')).toContainText('1 written');
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as {
    articles: Array<{ headline?: string; slug: string }>;
  };
  expect(manifest.articles.map((article) => article.slug)).toEqual(['only-this-one']);
  // ninjs counts the body as the editor's counter does.
  const [ninjsFile] = filesUnder(outDir).filter((file) => file.endsWith('index.json'));
  const ninjs = JSON.parse(fs.readFileSync(ninjsFile ?? '', 'utf8')) as {
    bodies: Array<{ wordcount: number; charcount: number }>;
  };
  expect(ninjs.bodies[0]).toMatchObject({ wordcount: 5, charcount: 41 });
  fs.rmSync(path.dirname(outDir), { recursive: true, force: true });
});
