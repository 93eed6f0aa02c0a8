import type { TiptapMark, TiptapNode } from '../../../shared/editor/tiptapJson';

const nodeKeyOrder = ['type', 'attrs', 'content', 'marks', 'text'];
const markKeyOrder = ['type', 'attrs'];

// Keys in the order the schema lists them: a parse copies an object key by key in that
// order, and the export hashes the body's JSON.
function inOrder(value: object, order: readonly string[]): boolean {
  let at = 0;
  for (const key in value) {
    while (at < order.length && order[at] !== key) at += 1;
    if (at === order.length) return false;
    at += 1;
  }
  return true;
}

function orderedMark(mark: TiptapMark): TiptapMark {
  if (inOrder(mark, markKeyOrder)) return mark;
  return 'attrs' in mark ? { type: mark.type, attrs: mark.attrs } : { type: mark.type };
}

/**
 * A normalized body (`isNormalizedNode`) with its keys as the article schema's parse copies
 * them: the body itself when they already are, else a copy of what is out of order. The
 * library keeps a body with its keys as it came (`text` before `marks` from the importer), and
 * the export hashes the JSON of the body it was given, so this is what keeps that hash
 * unchanged when the parse is skipped. Recursive, as `isNormalizedNode` is: a body nested
 * past the stack throws.
 */
export function bodyInSchemaOrder(node: TiptapNode): TiptapNode {
  let content = node.content;
  if (content) {
    let copy: TiptapNode[] | undefined;
    for (let index = 0; index < content.length; index += 1) {
      const child = content[index]!;
      const ordered = bodyInSchemaOrder(child);
      if (ordered !== child) (copy ??= content.slice())[index] = ordered;
    }
    if (copy) content = copy;
  }
  let marks = node.marks;
  if (marks) {
    let copy: TiptapMark[] | undefined;
    for (let index = 0; index < marks.length; index += 1) {
      const mark = marks[index]!;
      const ordered = orderedMark(mark);
      if (ordered !== mark) (copy ??= marks.slice())[index] = ordered;
    }
    if (copy) marks = copy;
  }
  if (content === node.content && marks === node.marks && inOrder(node, nodeKeyOrder)) return node;
  const ordered: TiptapNode = { type: node.type };
  if ('attrs' in node) ordered.attrs = node.attrs;
  if ('content' in node) ordered.content = content;
  if ('marks' in node) ordered.marks = marks;
  if ('text' in node) ordered.text = node.text;
  return ordered;
}
