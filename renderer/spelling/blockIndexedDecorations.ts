import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { DecorationSet, type Decoration } from '@tiptap/pm/view';

/**
 * A `DecorationSet`'s fields as prosemirror-view keeps them (not in its typings): decorations
 * that span more than one child, and per child with decorations its start, end and own set.
 */
interface SetFields {
  local: readonly Decoration[];
  children: readonly (number | DecorationSet)[];
}

// The typings leave the constructor out; it takes the two fields above.
const DecorationSetWithFields = DecorationSet as unknown as new (
  local: readonly Decoration[],
  children: readonly (number | DecorationSet)[],
) => DecorationSet;

/**
 * The same set, finding a top-level block's decorations by binary search. The view asks the
 * document's set for each top-level block it updates (`forChild`), and prosemirror-view's own
 * answer scans the blocks with decorations from the first: with underlines in most of 800
 * blocks that made each keystroke's view update O(blocks²). Still a `DecorationSet`, so it
 * groups with the other plugins' decorations as before; the sets inside are the original ones.
 */
class BlockIndexedSet extends DecorationSetWithFields {
  override forChild(offset: number, node: ProseMirrorNode): ReturnType<DecorationSet['forChild']> {
    const { local, children } = this as unknown as SetFields;
    // Decorations across blocks (none of spell check's) are cut per block by the original.
    if (local.length > 0 || node.isLeaf) return super.forChild(offset, node);
    let low = 0;
    let high = children.length / 3 - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const start = children[middle * 3] as number;
      if (start === offset) return children[middle * 3 + 2] as DecorationSet;
      if (start < offset) low = middle + 1;
      else high = middle - 1;
    }
    return DecorationSet.empty;
  }
}

const indexed = new WeakMap<DecorationSet, DecorationSet>();

/**
 * `set` with an O(log blocks) `forChild`, the same object for the same set, so the view's
 * comparison of one update's decorations with the last one's stays an identity check.
 */
export function blockIndexedDecorations(set: DecorationSet): DecorationSet {
  if (set === DecorationSet.empty) return set;
  let found = indexed.get(set);
  if (!found) {
    const { local, children } = set as unknown as SetFields;
    found = new BlockIndexedSet(local, children);
    indexed.set(set, found);
  }
  return found;
}
