import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { BodyChange } from '../../shared/article/bodyChangeSchema';
import { blockJson } from './blockJson';
import { blocksDigest } from './blocksDigest';

/** The top-level blocks of a document, in order. */
export function topBlocks(doc: ProseMirrorNode): ProseMirrorNode[] {
  const blocks: ProseMirrorNode[] = [];
  doc.forEach((block) => blocks.push(block));
  return blocks;
}

/**
 * What changed between the blocks the server has and `doc`, as one range of top-level blocks,
 * with the digest of those blocks: the server splices the range in only when its body has that
 * digest. An edit shares every block it did not touch with the document before it, so comparing
 * by identity finds the range without reading any text.
 */
export function diffBodyBlocks(
  saved: readonly ProseMirrorNode[],
  doc: ProseMirrorNode,
): BodyChange {
  return { ...diffBlocks(saved, doc), baseDigest: blocksDigest(saved) };
}

/** The changed range alone. */
function diffBlocks(
  saved: readonly ProseMirrorNode[],
  doc: ProseMirrorNode,
): Omit<BodyChange, 'baseDigest'> {
  const current = topBlocks(doc);
  let start = 0;
  while (start < saved.length && start < current.length && saved[start] === current[start]) {
    start += 1;
  }
  let savedEnd = saved.length;
  let currentEnd = current.length;
  while (
    savedEnd > start &&
    currentEnd > start &&
    saved[savedEnd - 1] === current[currentEnd - 1]
  ) {
    savedEnd -= 1;
    currentEnd -= 1;
  }
  return {
    baseCount: saved.length,
    start,
    deleteCount: savedEnd - start,
    blocks: current.slice(start, currentEnd).map(blockJson),
  };
}
