import type { MarkType, Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { BodyChange } from '../../shared/article/bodyChangeSchema';
import type { AnchorChanges } from '../api/updateArticleCache';

/** A body sent whole: anything may have changed. */
export const everyAnchor: AnchorChanges = { quotes: true, comments: true };

/**
 * The anchor kinds found in the blocks a change replaced or brought: a block outside that
 * range is the same node before and after, so its anchors and their words are unchanged. Only
 * the changed blocks are read, never the whole body.
 */
export function anchorChanges(
  saved: readonly ProseMirrorNode[],
  doc: ProseMirrorNode,
  change: Pick<BodyChange, 'start' | 'deleteCount' | 'blocks'>,
): AnchorChanges {
  const { marks } = doc.type.schema;
  const quote = marks['quoteAnchor'];
  const comment = marks['commentAnchor'];
  const found: AnchorChanges = { quotes: false, comments: false };
  const read = (block: ProseMirrorNode): void => {
    if (found.quotes && found.comments) return;
    block.descendants((node) => {
      if (!found.quotes && hasMark(node, quote)) found.quotes = true;
      if (!found.comments && hasMark(node, comment)) found.comments = true;
      return !(found.quotes && found.comments);
    });
  };
  for (const block of saved.slice(change.start, change.start + change.deleteCount)) read(block);
  for (let index = 0; index < change.blocks.length; index += 1) {
    read(doc.child(change.start + index));
  }
  return found;
}

function hasMark(node: ProseMirrorNode, type: MarkType | undefined): boolean {
  return type !== undefined && type.isInSet(node.marks) !== undefined;
}
