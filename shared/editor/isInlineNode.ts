import { getDocumentSchema } from './documentSchema';
import type { TiptapNode } from './tiptapJson';

/**
 * True when `node` is of an inline type of the schema (text, a hard break): a block that
 * holds one is a text block. Every walker of stored JSON asks this rather than listing
 * the inline types, so an inline node added to the schema is read everywhere at once.
 */
export function isInlineNode(node: TiptapNode): boolean {
  const { nodes } = getDocumentSchema();
  return Object.hasOwn(nodes, node.type) && nodes[node.type]?.isInline === true;
}
