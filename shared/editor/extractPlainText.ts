import { isInlineNode } from './isInlineNode';
import type { TiptapNode } from './tiptapJson';

const blockSeparator = '\n\n';

/**
 * The plain text of a document: blocks separated by blank lines, hard breaks as newlines.
 * Search, counters and quote offsets all read this one rendering.
 */
export function extractPlainText(document: TiptapNode): string {
  const blocks: string[] = [];
  collectBlocks(document, blocks);
  return blocks.join(blockSeparator);
}

function collectBlocks(node: TiptapNode, blocks: string[]): void {
  const children = node.content ?? [];
  if (children.some(isInlineNode) || (children.length === 0 && node.type !== 'doc')) {
    const text = children.map(inlineText).join('');
    if (text.length > 0) blocks.push(text);
    return;
  }
  for (const child of children) collectBlocks(child, blocks);
}

/** The plain text of an inline node: its text, a line break for a hard break. */
export function inlineText(node: TiptapNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(inlineText).join('');
}
