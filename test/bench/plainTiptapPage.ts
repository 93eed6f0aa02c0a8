// The body's editor with nothing of Galley's around it: Tiptap with the shared extension list
// alone (no React, no spell check, find, autosave or panels). `compareTyping.ts` bundles this
// into a page beside Galley's, so that what a keystroke costs in Tiptap itself can be told from
// what Galley adds.
import { Editor } from '@tiptap/core';
import { createDocumentExtensions } from '../../shared/editor/documentExtensions';
import type { TiptapNode } from '../../shared/editor/tiptapJson';

declare global {
  interface Window {
    startPlainTiptap?: (element: HTMLElement, body: TiptapNode) => void;
    plainTiptap?: Editor;
  }
}

window.startPlainTiptap = (element, body) => {
  window.plainTiptap = new Editor({
    element,
    extensions: createDocumentExtensions(),
    content: body,
    editorProps: { attributes: { class: 'body-editor' } },
  });
};
