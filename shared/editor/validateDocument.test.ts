import { describe, expect, it } from 'vitest';
import { createSampleDocument, sampleImageId } from './sampleDocument';
import type { TiptapNode } from './tiptapJson';
import { createEmptyDocument } from './tiptapJson';
import { findDocumentProblem } from './validateDocument';

function paragraphWithLink(href: string): TiptapNode {
  return {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'ссылка', marks: [{ type: 'link', attrs: { href } }] }],
      },
    ],
  };
}

function headingDoc(level: number): TiptapNode {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level }, content: [{ type: 'text', text: 'Заголовок' }] },
    ],
  };
}

function figureDoc(imageId: unknown): TiptapNode {
  return {
    type: 'doc',
    content: [{ type: 'figure', attrs: { imageId, alt: '', caption: '', credit: '' } }],
  };
}

describe('findDocumentProblem', () => {
  it('accepts a full valid document and an empty one', () => {
    expect(findDocumentProblem(createSampleDocument())).toBeNull();
    expect(findDocumentProblem(createEmptyDocument())).toBeNull();
  });

  it('rejects a body that is not a doc', () => {
    expect(findDocumentProblem({ type: 'paragraph' })).toMatch(/document/);
  });

  it('rejects unknown node and mark types', () => {
    expect(findDocumentProblem({ type: 'doc', content: [{ type: 'script' }] })).toMatch(/script/);
    expect(findDocumentProblem({ type: 'doc', content: [{ type: 'codeBlock' }] })).not.toBeNull();
    expect(
      findDocumentProblem({
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'code' }] }] },
        ],
      }),
    ).not.toBeNull();
  });

  it('rejects text directly in the doc', () => {
    expect(
      findDocumentProblem({ type: 'doc', content: [{ type: 'text', text: 'голый текст' }] }),
    ).not.toBeNull();
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>',
    'vbscript:msgbox',
    ' JaVaScRiPt:alert(1)',
    'java\nscript:x',
    '/relative',
  ])('rejects the link %j', (href) => {
    expect(findDocumentProblem(paragraphWithLink(href))).toMatch(/not allowed/);
  });

  it.each(['https://example.com/', 'http://example.com/a?b=c', 'mailto:desk@example.com'])(
    'accepts the link %j',
    (href) => {
      expect(findDocumentProblem(paragraphWithLink(href))).toBeNull();
    },
  );

  it('accepts h2 to h4 and rejects h1 and h5', () => {
    for (const level of [2, 3, 4]) expect(findDocumentProblem(headingDoc(level))).toBeNull();
    expect(findDocumentProblem(headingDoc(1))).toMatch(/heading level 1/);
    expect(findDocumentProblem(headingDoc(5))).toMatch(/heading level 5/);
  });

  it('rejects a figure whose imageId is not a lowercase sha256 hex', () => {
    expect(findDocumentProblem(figureDoc(sampleImageId))).toBeNull();
    for (const imageId of [
      '',
      sampleImageId.toUpperCase(),
      sampleImageId.slice(1),
      `${sampleImageId}0`,
      '../../etc/passwd',
      'https://example.com/photo.jpg',
      42,
    ]) {
      expect(findDocumentProblem(figureDoc(imageId))).toMatch(/imageId/);
    }
    expect(findDocumentProblem({ type: 'doc', content: [{ type: 'figure' }] })).toMatch(/imageId/);
  });

  it('rejects a figure caption that is not a string', () => {
    expect(
      findDocumentProblem({
        type: 'doc',
        content: [{ type: 'figure', attrs: { imageId: sampleImageId, caption: { html: '<b>' } } }],
      }),
    ).not.toBeNull();
  });
});
