import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { DocumentMatch } from './articleMatch';
import { findInText } from './findInText';

/**
 * Stands in for an inline node that is not text (a hard break), one character per position
 * it takes, so string offsets map to document positions by plain addition. It is neither
 * a letter nor anything a person types, so a match never runs across a line break.
 */
const inlineLeafStandIn = '\uFFFC';

/** The figure's attributes a reader sees as text, in the order they are read. */
export const figureTextFields = ['caption', 'credit'] as const;

/**
 * Every match of `pattern` (from `findPattern`) in the body: in its text blocks and in each
 * figure's caption and credit, in reading order and never overlapping. With `within`, only
 * the blocks and figures overlapping it, each searched whole. A match may run across marks
 * (half bold, half not) but never across a block boundary, where the reader sees a new
 * paragraph. One pass over the blocks with one regular expression: linear in the text.
 */
export function findDocumentMatches(
  doc: ProseMirrorNode,
  pattern: RegExp | null,
  within?: { from: number; to: number },
): DocumentMatch[] {
  const matches: DocumentMatch[] = [];
  if (!pattern) return matches;
  const visit = (node: ProseMirrorNode, pos: number): boolean => {
    if (node.type.name === 'figure') {
      for (const field of figureTextFields) {
        const text: unknown = node.attrs[field];
        if (typeof text !== 'string') continue;
        for (const { from, to } of findInText(text, pattern)) {
          matches.push({ field, figure: pos, from, to });
        }
      }
      return false;
    }
    if (!node.isTextblock) return true;
    const start = pos + 1;
    for (const { from, to } of findInText(textblockText(node), pattern)) {
      matches.push({ field: 'body', from: start + from, to: start + to });
    }
    return false;
  };
  if (within) doc.nodesBetween(within.from, within.to, visit);
  else doc.descendants(visit);
  return matches;
}

/** Whether find and replace reads this node as a whole: a text block or a figure. */
export function isSearchedBlock(node: ProseMirrorNode): boolean {
  return node.isTextblock || node.type.name === 'figure';
}

function textblockText(block: ProseMirrorNode): string {
  let text = '';
  block.forEach((child) => {
    text += child.isText ? (child.text ?? '') : inlineLeafStandIn.repeat(child.nodeSize);
  });
  return text;
}
