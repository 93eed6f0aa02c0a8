import { tiptapNodeSchema, type TiptapNode } from './tiptapJson';
import { findBlockProblem, isDocumentContentValid } from './validateDocument';
import { rememberBlockJson } from './documentJson';

/** Blocks checked lately, by their JSON text: the block as parsed (frozen, shared). */
const checkedBlocks = new Map<string, TiptapNode>();
/** Enough for a few long articles open at once; the oldest checks are forgotten first. */
const maxCheckedBlocks = 8_000;

function deepFreeze(node: TiptapNode): TiptapNode {
  for (const child of node.content ?? []) deepFreeze(child);
  for (const mark of node.marks ?? []) Object.freeze(mark.attrs ?? {});
  Object.freeze(node.marks ?? []);
  Object.freeze(node.attrs ?? {});
  Object.freeze(node.content ?? []);
  return Object.freeze(node);
}

/**
 * A body as the API checks it, block by block: an autosave of a 10,000-word article sends the
 * whole body while one paragraph changed, and each unchanged block was checked (structure and
 * document schema) on an earlier save. Null when the body is not a plain `{ type: "doc",
 * content }` or some block does not pass: then the full check runs, and words the refusal.
 * The result shares frozen blocks between saves: it must be read only.
 */
export function checkDocumentInput(value: unknown): TiptapNode | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  const { type, content } = value as { type?: unknown; content?: unknown };
  if (keys.length !== 2 || type !== 'doc' || !Array.isArray(content)) return null;
  const blocks: TiptapNode[] = [];
  for (const raw of content as unknown[]) {
    const key = JSON.stringify(raw);
    let block = checkedBlocks.get(key);
    if (block) {
      // Recently used: kept longest.
      checkedBlocks.delete(key);
    } else {
      const parsed = tiptapNodeSchema.safeParse(raw);
      if (!parsed.success || findBlockProblem(parsed.data) !== null) return null;
      block = deepFreeze(parsed.data);
      rememberBlockJson(block);
    }
    checkedBlocks.set(key, block);
    blocks.push(block);
  }
  while (checkedBlocks.size > maxCheckedBlocks) {
    const oldest = checkedBlocks.keys().next().value;
    if (oldest === undefined) break;
    checkedBlocks.delete(oldest);
  }
  if (!isDocumentContentValid(blocks.map((block) => block.type))) return null;
  return { type: 'doc', content: blocks };
}
