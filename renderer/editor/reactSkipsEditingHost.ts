import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';

/**
 * The body's editing host reads `contentEditable` as 'inherit' to scripts (the attribute, and
 * so the browser's editing, stays "true"). React treats a focused element whose property reads
 * 'true' as one with a selection to keep: before each commit it counts the characters of every
 * text node in it up to the caret (the whole article, at every commit while the body has the
 * focus, so each save's answer cost more the longer the article), and at every selection change
 * it reads the selection for `onSelect` handlers nobody set on the body. ProseMirror keeps its
 * own selection, and compares this property only with "false".
 */
export const ReactSkipsEditingHost = Extension.create({
  name: 'reactSkipsEditingHost',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        view: (view) => {
          const host = view.dom;
          Object.defineProperty(host, 'contentEditable', {
            configurable: true,
            get: () => 'inherit',
            set: (value: string) => host.setAttribute('contenteditable', value),
          });
          return {
            destroy: () => {
              Reflect.deleteProperty(host, 'contentEditable');
            },
          };
        },
      }),
    ];
  },
});
