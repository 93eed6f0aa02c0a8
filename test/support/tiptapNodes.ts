import type { TiptapMark, TiptapNode } from '../../shared/editor/tiptapJson';

// Tiptap JSON for test documents, short enough that the content stays readable.

/** A text node, with its marks when any are given (a name stands for a mark without attributes). */
export function text(value: string, ...marks: Array<TiptapMark | string>): TiptapNode {
  return marks.length
    ? {
        type: 'text',
        text: value,
        marks: marks.map((mark) => (typeof mark === 'string' ? { type: mark } : mark)),
      }
    : { type: 'text', text: value };
}

export function paragraph(...content: TiptapNode[]): TiptapNode {
  return { type: 'paragraph', content };
}

export function blockquote(...content: TiptapNode[]): TiptapNode {
  return { type: 'blockquote', content };
}

/** A whole article body. */
export function doc(...content: TiptapNode[]): TiptapNode {
  return { type: 'doc', content };
}

/** A link mark to `href`, with any further (possibly hostile) attributes. */
export function link(href: string, attrs: Record<string, unknown> = {}): TiptapMark {
  return { type: 'link', attrs: { href, ...attrs } };
}
