import { describe, expect, it } from 'vitest';
import { createSampleDocument, sampleImageId } from '../editor/sampleDocument';
import type { TiptapNode } from '../editor/tiptapJson';
import { findDocumentProblem } from '../editor/validateDocument';
import { applyTypographyToDocument } from './applyTypographyToDocument';

const nb = '\u00a0';
const link = { type: 'link', attrs: { href: 'https://example.com/a--b...' } };

function paragraph(...content: TiptapNode[]): TiptapNode {
  return { type: 'paragraph', content };
}

function text(
  value: string,
  ...marks: string[] | [{ type: string; attrs?: Record<string, unknown> }]
): TiptapNode {
  const node: TiptapNode = { type: 'text', text: value };
  if (marks.length > 0) {
    node.marks = marks.map((mark) => (typeof mark === 'string' ? { type: mark } : mark));
  }
  return node;
}

describe('applyTypographyToDocument', () => {
  it('pairs quotes across text nodes and keeps the marks', () => {
    const document: TiptapNode = {
      type: 'doc',
      content: [paragraph(text('Он сказал: "Это '), text('важно', 'bold'), text('" - и ушёл.'))],
    };
    expect(applyTypographyToDocument(document, 'ru')).toEqual({
      type: 'doc',
      content: [
        paragraph(text('Он сказал: «Это '), text('важно', 'bold'), text(`»${nb}— и${nb}ушёл.`)),
      ],
    });
  });

  it('never changes link text or its href, but sets quotes around it', () => {
    const document: TiptapNode = {
      type: 'doc',
      content: [paragraph(text('Читайте "'), text('отчёт -- "итоги"...', link), text('" в сети.'))],
    };
    expect(applyTypographyToDocument(document, 'ru')).toEqual({
      type: 'doc',
      content: [
        paragraph(text('Читайте «'), text('отчёт -- "итоги"...', link), text(`» в${nb}сети.`)),
      ],
    });
  });

  it('never touches text under a code mark', () => {
    const document: TiptapNode = {
      type: 'doc',
      content: [paragraph(text('Команда '), text('a -- "b"...', 'code'), text(' - и всё...'))],
    };
    expect(applyTypographyToDocument(document, 'ru')).toEqual({
      type: 'doc',
      content: [
        paragraph(text('Команда '), text('a -- "b"...', 'code'), text(`${nb}— и${nb}всё…`)),
      ],
    });
  });

  it('drops a text node whose characters merged into the one before', () => {
    const document: TiptapNode = {
      type: 'doc',
      content: [paragraph(text('И так далее..', 'bold'), text('.'))],
    };
    expect(applyTypographyToDocument(document, 'ru')).toEqual({
      type: 'doc',
      content: [paragraph(text(`И${nb}так далее…`, 'bold'))],
    });
  });

  it('keeps headings, breaks and structure, sets figure captions, and stays valid', () => {
    const document: TiptapNode = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [text('Итоги "года" - в цифрах')] },
        paragraph(text('- Привет, - сказал он.'), { type: 'hardBreak' }, text('- Пока...')),
        {
          type: 'figure',
          attrs: {
            imageId: sampleImageId,
            alt: 'a "b"',
            caption: 'Площадь "Победы"',
            credit: 'Фото: "ТАСС"',
          },
        },
      ],
    };
    const result = applyTypographyToDocument(document, 'ru');
    expect(result).toEqual({
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 3 },
          content: [text(`Итоги «года»${nb}— в${nb}цифрах`)],
        },
        paragraph(
          text(`—${nb}Привет,${nb}— сказал он.`),
          { type: 'hardBreak' },
          text(`—${nb}Пока…`),
        ),
        {
          type: 'figure',
          attrs: {
            imageId: sampleImageId,
            alt: 'a "b"',
            caption: 'Площадь «Победы»',
            credit: 'Фото: «ТАСС»',
          },
        },
      ],
    });
    expect(findDocumentProblem(result)).toBeNull();
  });

  it('returns a new document and leaves the input as it was', () => {
    const document = createSampleDocument();
    const snapshot = JSON.parse(JSON.stringify(document)) as TiptapNode;
    const result = applyTypographyToDocument(document, 'ru');
    expect(document).toEqual(snapshot);
    expect(result).not.toBe(document);
    expect(findDocumentProblem(result)).toBeNull();
  });

  it('is idempotent', () => {
    const document: TiptapNode = {
      type: 'doc',
      content: [
        paragraph(text('"It\'s '), text('done', 'italic'), text('," he said - to O\'Brien...')),
      ],
    };
    const once = applyTypographyToDocument(document, 'en');
    expect(once.content?.[0]?.content?.map((node) => node.text).join('')).toBe(
      `“It’s done,” he said${nb}— to${nb}O’Brien…`,
    );
    expect(applyTypographyToDocument(once, 'en')).toEqual(once);
  });
});
