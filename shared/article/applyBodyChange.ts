import type { BodyChange } from './bodyChangeSchema';
import type { TiptapNode } from '../editor/tiptapJson';

/**
 * The stored body with a change's blocks spliced in, or null when the change was not made on a
 * body of this shape (its block count, or a range outside it): the caller must send it whole.
 */
export function applyBodyChange(
  stored: TiptapNode,
  change: Omit<BodyChange, 'baseDigest'>,
): TiptapNode | null {
  const blocks = stored.content ?? [];
  if (blocks.length !== change.baseCount) return null;
  if (change.start + change.deleteCount > blocks.length) return null;
  return {
    ...stored,
    content: [
      ...blocks.slice(0, change.start),
      ...change.blocks,
      ...blocks.slice(change.start + change.deleteCount),
    ],
  };
}
