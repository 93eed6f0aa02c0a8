import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { blockJson } from './blockJson';
import { bodyJson } from './bodyJson';

/** Top-level blocks as JSON text, kept for the same reason as their JSON (`blockJson`). */
const cache = new WeakMap<ProseMirrorNode, string>();

/**
 * `JSON.stringify(bodyJson(doc))` (the same value; `content` comes last), joined from each block's text made once: the crash journal
 * holds the whole body until a save is acknowledged, and stringifying 20,000 words on every save would cost a keystroke.
 */
export function bodyJsonText(doc: ProseMirrorNode): string {
  const { content, ...rest } = bodyJson(doc);
  if (!content) return JSON.stringify(rest);
  const blocks: string[] = [];
  doc.forEach((block) => {
    let text = cache.get(block);
    if (text === undefined) {
      text = JSON.stringify(blockJson(block));
      cache.set(block, text);
    }
    blocks.push(text);
  });
  const head = JSON.stringify(rest);
  return `${head.slice(0, -1)},"content":[${blocks.join(',')}]}`;
}
