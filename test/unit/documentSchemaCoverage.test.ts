import { describe, expect, it } from 'vitest';
import { getDocumentSchema } from '../../shared/editor/documentSchema';
import { extractPlainText } from '../../shared/editor/extractPlainText';
import { createSampleDocument, sampleImageId } from '../../shared/editor/sampleDocument';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import { renderDocumentHtml } from '../../shared/export/renderDocumentHtml';
import { htmlToDocument } from '../../shared/import/importHtml';
import { samplePng, samplePngId } from '../support/exportSamples';

/** Marks kept out of published HTML on purpose: where a fact-check annotation or a comment sits. */
const unpublishedMarks = ['quoteAnchor', 'commentAnchor'];

function typesIn(document: TiptapNode): Set<string> {
  const types = new Set<string>();
  const stack = [document];
  for (let node = stack.pop(); node; node = stack.pop()) {
    types.add(node.type);
    for (const mark of node.marks ?? []) types.add(mark.type);
    stack.push(...(node.content ?? []));
  }
  return types;
}

/** The sample document, its figure showing an image the importer can decode. */
function sampleWithImage(): TiptapNode {
  const json = JSON.stringify(createSampleDocument()).replaceAll(sampleImageId, samplePngId);
  return JSON.parse(json) as TiptapNode;
}

// The importer's and exporter's tables are keyed by the schema's names, so the compiler
// asks each for a case; this checks the cases work together. `createSampleDocument` uses
// every node and mark (documentSchema.test.ts fails until a new one is added to it).
describe('the document schema through export and import', () => {
  it('keeps every node and mark from the editor to HTML and back', () => {
    const sample = sampleWithImage();
    const { html } = renderDocumentHtml(sample, {
      language: 'ru',
      image: (imageId) =>
        imageId === samplePngId ? { fileName: 'figure.png', mimeType: 'image/png' } : undefined,
    });
    const dataUri = `data:image/png;base64,${samplePng.toString('base64')}`;
    const { body, images } = htmlToDocument(html.replace('src="figure.png"', `src="${dataUri}"`));

    const schema = getDocumentSchema();
    const found = typesIn(body);
    const lost = [...Object.keys(schema.nodes), ...Object.keys(schema.marks)].filter(
      (name) => !found.has(name) && !unpublishedMarks.includes(name),
    );
    expect(lost, 'nodes and marks lost between export and import').toEqual([]);
    expect(unpublishedMarks.filter((name) => found.has(name))).toEqual([]);
    expect(extractPlainText(body)).toBe(extractPlainText(sample));
    expect(images.map((image) => image.imageId)).toEqual([samplePngId]);
  });
});
