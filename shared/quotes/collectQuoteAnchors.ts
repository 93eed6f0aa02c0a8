import { isInlineNode } from '../editor/isInlineNode';
import type { TiptapNode } from '../editor/tiptapJson';

/** Where an annotation's anchor is now: its text and offsets into `extractPlainText(doc)`. */
export interface QuoteAnchorLocation {
  id: string;
  text: string;
  start: number;
  end: number;
}

const blockSeparator = '\n\n';

/**
 * Finds every quote anchor (or, with `markType`, every comment anchor) in a document, walking it as `extractPlainText` does so the
 * offsets agree with the article's plain text. An anchor split by other marks is one
 * location; one cut in two by an edit spans from its first to its last piece.
 */
export function collectQuoteAnchors(
  document: TiptapNode,
  markType: 'quoteAnchor' | 'commentAnchor' = 'quoteAnchor',
): Map<string, QuoteAnchorLocation> {
  const anchors = new Map<string, QuoteAnchorLocation>();
  let offset = 0;
  let isFirstBlock = true;

  const visitInline = (node: TiptapNode): void => {
    if (node.type === 'hardBreak') {
      offset += 1;
      return;
    }
    if (node.type !== 'text') {
      for (const child of node.content ?? []) visitInline(child);
      return;
    }
    const text = node.text ?? '';
    for (const mark of node.marks ?? []) {
      const id = mark.attrs?.['id'];
      if (mark.type !== markType || typeof id !== 'string') continue;
      const existing = anchors.get(id);
      if (existing) {
        existing.text += text;
        existing.end = offset + text.length;
      } else {
        anchors.set(id, { id, text, start: offset, end: offset + text.length });
      }
    }
    offset += text.length;
  };

  const visitBlock = (node: TiptapNode): void => {
    const children = node.content ?? [];
    if (children.some(isInlineNode) || (children.length === 0 && node.type !== 'doc')) {
      const before = offset;
      if (!isFirstBlock) offset += blockSeparator.length;
      const start = offset;
      for (const child of children) visitInline(child);
      if (offset === start)
        offset = before; // empty blocks are not in the plain text
      else isFirstBlock = false;
      return;
    }
    for (const child of children) visitBlock(child);
  };

  visitBlock(document);
  return anchors;
}
