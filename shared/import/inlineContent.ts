import type { Mark } from '@tiptap/pm/model';
import { getDocumentSchema } from '../editor/documentSchema';
import type { TiptapMark, TiptapNode } from '../editor/tiptapJson';

/** One piece of a text block's content, before whitespace and marks are settled. */
export type InlineItem =
  | { kind: 'text'; text: string; marks: readonly TiptapMark[]; preserve: boolean }
  | { kind: 'break' };

/**
 * The inline content of a text block as Tiptap JSON, or null when nothing visible is
 * left. Whitespace is settled the way a browser lays it out (runs already collapsed to
 * one space; none at the start or end of a line), marks are reduced to the ones the
 * schema knows, in schema order, and neighbouring text with the same marks is merged.
 */
export function inlineContent(items: readonly InlineItem[]): TiptapNode[] | null {
  const settled = settleWhitespace(items);
  // Zero-width spaces, joiners and soft hyphens alone are an empty paragraph too.
  const visible = settled.some(
    (item) => item.kind === 'text' && /[^\s\u00ad\u200b-\u200d\u2060\ufeff]/u.test(item.text),
  );
  if (!visible) return null;
  const nodes: TiptapNode[] = [];
  let previousKey = '';
  for (const item of settled) {
    if (item.kind === 'break') {
      nodes.push({ type: 'hardBreak' });
      previousKey = '';
      continue;
    }
    const marks = normalizeMarks(item.marks);
    const key = JSON.stringify(marks);
    const previous = nodes.at(-1);
    if (previous?.type === 'text' && key === previousKey) {
      previous.text = `${previous.text ?? ''}${item.text}`;
      continue;
    }
    nodes.push(
      marks.length > 0
        ? { type: 'text', text: item.text, marks }
        : { type: 'text', text: item.text },
    );
    previousKey = key;
  }
  return nodes;
}

function settleWhitespace(items: readonly InlineItem[]): InlineItem[] {
  const out: InlineItem[] = [];
  let afterSpace = true;
  for (const item of items) {
    if (item.kind === 'break') {
      trimEnd(out);
      out.push(item);
      afterSpace = true;
      continue;
    }
    if (item.preserve) {
      if (item.text.length > 0) out.push(item);
      afterSpace = false;
      continue;
    }
    const text: string = afterSpace ? item.text.replace(/^ /, '') : item.text;
    if (text.length === 0) continue;
    out.push({ ...item, text });
    afterSpace = text.endsWith(' ');
  }
  trimEnd(out);
  while (out[0]?.kind === 'break') out.shift();
  while (out.at(-1)?.kind === 'break') out.pop();
  return out;
}

function trimEnd(items: InlineItem[]): void {
  for (let last = items.at(-1); last?.kind === 'text' && !last.preserve; last = items.at(-1)) {
    const text: string = last.text.replace(/ $/, '');
    if (text.length > 0) {
      items[items.length - 1] = { ...last, text };
      return;
    }
    items.pop();
  }
}

/** Marks as ProseMirror would store them: known types only, exclusions applied, sorted. */
function normalizeMarks(marks: readonly TiptapMark[]): TiptapMark[] {
  if (marks.length === 0) return [];
  const schema = getDocumentSchema();
  let set: readonly Mark[] = [];
  for (const mark of marks) {
    const type = schema.marks[mark.type];
    if (type) set = type.create(mark.attrs ?? null).addToSet(set);
  }
  return set.map((mark) => mark.toJSON() as TiptapMark);
}
