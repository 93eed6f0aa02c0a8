import type { TiptapNode } from './tiptapJson';

/** Top-level blocks already serialised; blocks are read only once they are in a document. */
const blockJson = new WeakMap<TiptapNode, string>();

/** Serialises a block, keeping the text of a frozen one for `documentJson`. */
export function rememberBlockJson(block: TiptapNode): string {
  // Only a frozen block is sure to read the same next time.
  if (!Object.isFrozen(block)) return JSON.stringify(block);
  let json = blockJson.get(block);
  if (json === undefined) {
    json = JSON.stringify(block);
    blockJson.set(block, json);
  }
  return json;
}

/**
 * `JSON.stringify(document)`, exactly, with each top-level block serialised once: a save of a
 * long body shares its unchanged blocks with the save before (see `checkDocumentInput`).
 */
export function documentJson(document: TiptapNode): string {
  const keys = Object.keys(document);
  const { content } = document;
  if (
    keys.length !== 2 ||
    keys[0] !== 'type' ||
    keys[1] !== 'content' ||
    !Array.isArray(content) ||
    !content.every((block) => typeof block === 'object' && block !== null)
  ) {
    return JSON.stringify(document);
  }
  const blocks = content.map(rememberBlockJson);
  return `{"type":${JSON.stringify(document.type)},"content":[${blocks.join(',')}]}`;
}
