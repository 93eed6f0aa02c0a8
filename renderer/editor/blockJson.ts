import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { TiptapNode } from '../../shared/editor/tiptapJson';

/**
 * Top-level blocks already serialised. Documents are immutable and an edit shares every block
 * it did not touch with the document before it, so a save serialises only the changed blocks.
 */
const cache = new WeakMap<ProseMirrorNode, TiptapNode>();

/** A block as `toJSON()` gives it, made once per block: the result must be read only. */
export function blockJson(block: ProseMirrorNode): TiptapNode {
  let json = cache.get(block);
  if (!json) {
    json = block.toJSON() as TiptapNode;
    cache.set(block, json);
  }
  return json;
}
