/**
 * The JSON text of a Tiptap body nested `depth` levels deep (block quotes in block quotes),
 * built as text: JSON.stringify itself runs out of stack on the deepest ones.
 */
export function deepBodyJson(depth: number): string {
  const open = '{"type":"blockquote","content":['.repeat(depth);
  const close = ']}'.repeat(depth);
  return `{"type":"doc","content":[${open}{"type":"paragraph","content":[{"type":"text","text":"deep"}]}${close}]}`;
}
