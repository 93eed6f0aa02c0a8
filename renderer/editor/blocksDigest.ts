import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { blockDigest, bodyDigest } from '../../shared/article/bodyDigest';
import { blockJson } from './blockJson';

/** Each block's digest, made once: an edit shares every block it did not touch. */
const cache = new WeakMap<ProseMirrorNode, string>();

/** `bodyDigest` of these top-level blocks, hashing only blocks not seen before. */
export function blocksDigest(blocks: readonly ProseMirrorNode[]): string {
  return bodyDigest(
    blocks.map((block) => {
      let digest = cache.get(block);
      if (digest === undefined) {
        digest = blockDigest(blockJson(block));
        cache.set(block, digest);
      }
      return digest;
    }),
  );
}
