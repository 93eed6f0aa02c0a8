import { isInlineNode } from './isInlineNode';
import type { TiptapNode } from './tiptapJson';

const blockSeparator = '\n\n';

/**
 * The plain text of a document: blocks separated by blank lines, hard breaks as newlines.
 * Search, counters and quote offsets all read this one rendering.
 */
export function extractPlainText(document: TiptapNode): string {
  const blocks: string[] = [];
  const children = document.content ?? [];
  if (document.type === 'doc' && !children.some(isInlineNode)) {
    for (const child of children) blocks.push(...blocksOf(child));
  } else {
    collectBlocks(document, blocks);
  }
  return blocks.join(blockSeparator);
}

/**
 * The text blocks of top-level blocks that cannot change (frozen: see `checkDocumentInput`),
 * so a save of a long body reads only the paragraphs it changed.
 */
const frozenBlockTexts = new WeakMap<TiptapNode, string[]>();

function blocksOf(block: TiptapNode): string[] {
  const known = frozenBlockTexts.get(block);
  if (known) return known;
  const blocks: string[] = [];
  collectBlocks(block, blocks);
  if (Object.isFrozen(block)) frozenBlockTexts.set(block, blocks);
  return blocks;
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
