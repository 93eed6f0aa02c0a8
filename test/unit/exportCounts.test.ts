import { describe, expect, it } from 'vitest';
import { countArticle } from '../../shared/editor/countArticle';
import { extractPlainText } from '../../shared/editor/extractPlainText';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import type { ExportArticle } from '../../shared/export/exportTypes';
import { renderArticleNinjs } from '../../shared/export/renderArticleNinjs';
import { paragraphsToDocument, parsePageText } from '../../shared/import/parsePageText';
import { seedArticleRuText } from '../../shared/samples/seedArticleRu';
import { englishSampleArticle, russianSampleArticle, sampleSite } from '../support/exportSamples';

/** The body counts the editor's counter shows for `article`. */
function editorBodyCounts(article: ExportArticle): { wordcount: number; charcount: number } {
  const { body } = countArticle({
    headline: article.headline,
    lede: article.lede,
    bodyText: extractPlainText(article.body),
    language: article.language,
  });
  return { wordcount: body.words, charcount: body.charactersWithSpaces };
}

// The editor's counter and the exported ninjs body are one counter (`countText`).
describe('the counts of an exported article', () => {
  it('counts the body as the editor counts it, whatever typesetting does', () => {
    const paragraphs = (...texts: string[]): TiptapNode => ({
      type: 'doc',
      content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    });
    const seed = parsePageText(seedArticleRuText);
    const articles: ExportArticle[] = [
      // U+2011 hyphens, a decimal number, a stacked accent and a family emoji.
      { ...russianSampleArticle(), body: paragraphs('Ростов‑на‑Дону, рост 3.5 процента; café́ 👩‍👩‍👧') },
      // The seed article as a new library holds it.
      { ...russianSampleArticle(), body: paragraphsToDocument(seed.paragraphs) },
      russianSampleArticle(),
      englishSampleArticle(),
      // Typesetting turns "..." into "…" and "-" into "—": the counts stay the desk's.
      { ...russianSampleArticle(), body: paragraphs('Он сказал - "да"...', 'И ушёл.') },
    ];
    const [issueText] = articles.map(editorBodyCounts);
    expect(issueText).toEqual({ wordcount: 5, charcount: 41 });
    for (const article of articles) {
      const [body] = renderArticleNinjs(article, sampleSite).bodies;
      expect({ wordcount: body?.wordcount, charcount: body?.charcount }).toEqual(
        editorBodyCounts(article),
      );
    }
  });
});
