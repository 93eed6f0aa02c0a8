import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { TiptapMark, TiptapNode } from '../../shared/editor/tiptapJson';
import { blockJson } from './blockJson';

/**
 * The body as `doc.toJSON()` gives it (what `editor.getJSON()` returns), without walking a
 * 20,000-word article again on each save while someone types: the result must be read only.
 */
export function bodyJson(doc: ProseMirrorNode): TiptapNode {
  const json: TiptapNode = { type: doc.type.name };
  if (Object.keys(doc.attrs).length > 0) json.attrs = doc.attrs;
  if (doc.content.size > 0) {
    const content: TiptapNode[] = [];
    doc.forEach((block) => content.push(blockJson(block)));
    json.content = content;
  }
  if (doc.marks.length > 0) json.marks = doc.marks.map((mark) => mark.toJSON() as TiptapMark);
  return json;
}
