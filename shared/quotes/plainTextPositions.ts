import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

const blockSeparatorLength = 2;

/**
 * Maps an offset range in the article's plain text (as `extractPlainText` writes it) to
 * document positions, so a detected quotation can be selected and marked in the editor.
 */
export function plainTextRangeToPositions(
  doc: ProseMirrorNode,
  start: number,
  end: number,
): { from: number; to: number } | null {
  let offset = 0;
  let isFirstBlock = true;
  let from: number | null = null;
  let to: number | null = null;
  doc.descendants((node, position) => {
    if (to !== null) return false;
    if (!node.isTextblock) return true;
    if (node.content.size === 0) return false;
    if (!isFirstBlock) offset += blockSeparatorLength;
    isFirstBlock = false;
    node.forEach((child, childOffset) => {
      const length = child.isText
        ? (child.text?.length ?? 0)
        : child.type.name === 'hardBreak'
          ? 1
          : 0;
      const childStart = position + 1 + childOffset;
      if (from === null && start >= offset && start <= offset + length)
        from = childStart + (start - offset);
      if (from !== null && to === null && end >= offset && end <= offset + length)
        to = childStart + (end - offset);
      offset += length;
    });
    return false;
  });
  return from !== null && to !== null && from < to ? { from, to } : null;
}
