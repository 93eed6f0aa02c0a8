import { Editor } from '@tiptap/core';
import { createDocumentExtensions } from '../../shared/editor/documentExtensions';

/**
 * A Tiptap editor with the article's extensions and one paragraph of text. Tiptap runs headless
 * without an element: commands work on the state, no DOM needed.
 */
export function createHeadlessEditor(text: string): Editor {
  return new Editor({
    element: null,
    extensions: createDocumentExtensions(),
    content: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    },
  });
}
