import { Extension } from '@tiptap/core';
import { NodeSelection, Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** The class on the body's top-level block that holds the caret (see editor.css). */
export const caretBlockClass = 'caret-block';

const caretBlockKey = new PluginKey<DecorationSet>('caretBlock');

/**
 * A node decoration on the top-level block that holds the selection's head (a selected node's
 * head is just after it: then the node itself).
 */
export function caretBlockDecorations(state: EditorState): DecorationSet {
  const { doc, selection } = state;
  if (doc.childCount === 0) return DecorationSet.empty;
  const $head = selection instanceof NodeSelection ? selection.$from : selection.$head;
  const index = Math.min($head.index(0), doc.childCount - 1);
  const from = $head.posAtIndex(index, 0);
  const to = from + doc.child(index).nodeSize;
  return DecorationSet.create(doc, [Decoration.node(from, to, { class: caretBlockClass })]);
}

/**
 * Marks the block the caret is in. The body's blocks skip rendering while off screen
 * (`content-visibility: auto`), and a block is only found to be on screen at the next frame:
 * a block that Enter has just made, with the caret in it, would take the next key while not
 * rendered, and Chromium puts that text elsewhere. The marked block is always rendered.
 */
export const CaretBlock = Extension.create({
  name: 'caretBlock',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: caretBlockKey,
        state: {
          init: (_config, state) => caretBlockDecorations(state),
          apply: (transaction, previous, _old, state) =>
            transaction.docChanged || transaction.selectionSet
              ? caretBlockDecorations(state)
              : previous,
        },
        props: {
          decorations: (state) => caretBlockKey.getState(state),
        },
      }),
    ];
  },
});
