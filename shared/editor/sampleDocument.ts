import type { TiptapMark, TiptapNode } from './tiptapJson';

/** A valid library image id (sha256 of the empty string), for samples and tests. */
export const sampleImageId = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** A link mark as the editor stores it: the link extension's target and rel, no class or title. */
export function storedLink(href: string): TiptapMark {
  return {
    type: 'link',
    attrs: {
      href,
      target: '_blank',
      rel: 'noopener noreferrer nofollow',
      class: null,
      title: null,
    },
  };
}

/**
 * An article body that uses every node and mark of the schema once. Schema, exporter and
 * typography tests share it, so a new node type shows up in all of them at the same time.
 */
export function createSampleDocument(): TiptapNode {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Город' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Обычный, ' },
          {
            type: 'text',
            text: 'цитата',
            marks: [{ type: 'quoteAnchor', attrs: { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' } }],
          },
          {
            type: 'text',
            text: ', ',
            marks: [{ type: 'commentAnchor', attrs: { id: '01ARZ3NDEKTSV4RRFFQ69G5FAW' } }],
          },
          { type: 'text', text: 'жирный', marks: [{ type: 'bold' }] },
          { type: 'text', text: ', ' },
          { type: 'text', text: 'курсив', marks: [{ type: 'italic' }] },
          { type: 'text', text: ', ' },
          { type: 'text', text: 'подчёркнутый', marks: [{ type: 'underline' }] },
          { type: 'text', text: ', ' },
          { type: 'text', text: 'зачёркнутый', marks: [{ type: 'strike' }] },
          { type: 'text', text: ', м' },
          { type: 'text', text: '2', marks: [{ type: 'superscript' }] },
          { type: 'text', text: ', CO' },
          { type: 'text', text: '2', marks: [{ type: 'subscript' }] },
          { type: 'hardBreak' },
          {
            type: 'text',
            text: 'ссылка',
            marks: [storedLink('https://example.com/news')],
          },
        ],
      },
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Итоги' }] },
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Пункт' }] }],
          },
        ],
      },
      {
        type: 'orderedList',
        attrs: { start: 1, type: null },
        content: [
          {
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Первый' }] }],
          },
        ],
      },
      {
        type: 'blockquote',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Цитата' }] }],
      },
      { type: 'horizontalRule' },
      {
        type: 'figure',
        attrs: { imageId: sampleImageId, alt: 'Площадь', caption: 'Площадь', credit: 'Фото: ТАСС' },
      },
      { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'Ещё' }] },
      { type: 'paragraph' },
    ],
  };
}
