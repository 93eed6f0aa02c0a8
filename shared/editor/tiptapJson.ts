import { z } from 'zod';

/** A Tiptap JSON mark as stored in the library. */
export interface TiptapMark {
  type: string;
  attrs?: Record<string, unknown> | undefined;
}

/** A Tiptap JSON node as stored in the library. */
export interface TiptapNode {
  type: string;
  attrs?: Record<string, unknown> | undefined;
  content?: TiptapNode[] | undefined;
  marks?: TiptapMark[] | undefined;
  text?: string | undefined;
}

const markSchema = z.object({
  type: z.string().min(1),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

/** Structural shape of a Tiptap JSON node (not yet checked against the document schema). */
export const tiptapNodeSchema: z.ZodType<TiptapNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(tiptapNodeSchema).optional(),
    marks: z.array(markSchema).optional(),
    text: z.string().optional(),
  }),
);

/** An empty article body. */
export function createEmptyDocument(): TiptapNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
