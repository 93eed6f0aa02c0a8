import type { TiptapNode } from '../../shared/editor/tiptapJson';

/** The words of each top-level block of an article body, as a reader sees them. */
export function paragraphTexts(body: TiptapNode | undefined): string[] {
  return (body?.content ?? []).map((node) =>
    (node.content ?? []).map((child) => child.text ?? '').join(''),
  );
}
