import { Extension } from '@tiptap/core';
import { NodeSelection, Plugin, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** The class on the body's top-level block that holds the caret (see editor.css). */
const caretBlockClass = 'caret-block';

/**
 * Where the top-level block that holds the selection's head starts (a selected node's head is
 * just after it: then the node itself), or -1 in an empty document.
 */
export function caretBlockStart(state: EditorState): number {
  const { doc, selection } = state;
  if (doc.childCount === 0) return -1;
  const $head = selection instanceof NodeSelection ? selection.$from : selection.$head;
  return $head.posAtIndex(Math.min($head.index(0), doc.childCount - 1), 0);
}

/** The part of prosemirror-view's DOM observer used here (not in its types; Tiptap uses it too). */
interface DomObserver {
  stop(): void;
  start(): void;
}

/**
 * Changes the body's DOM without ProseMirror taking it for an edit: it reads any attribute
 * change below the editor's root as the user's, and would parse the block again.
 */
function unobserved(view: EditorView, change: () => void): void {
  const observer = (view as unknown as { domObserver?: DomObserver }).domObserver;
  observer?.stop();
  try {
    change();
  } finally {
    observer?.start();
  }
}

/** Takes the mark off, leaving no empty class attribute behind (as ProseMirror does). */
function unmark(block: Element): void {
  block.classList.remove(caretBlockClass);
  if (block.classList.length === 0) block.removeAttribute('class');
}

/**
 * Marks the block the caret is in. The body's blocks skip rendering while off screen
 * (`content-visibility: auto`), and a block is only found to be on screen at the next frame:
 * a block that Enter has just made, with the caret in it, would take the next key while not
 * rendered, and Chromium puts that text elsewhere. The marked block is always rendered.
 *
 * The class is set on the block's element, not drawn as a node decoration: a decoration at the
 * document's top level puts ProseMirror's update of the top level on its slow path, two arrays
 * allocated per block at every keystroke. Here a keystroke costs a lookup of the caret's block,
 * and the DOM is touched only when that element changes (another block, or the block redrawn
 * by ProseMirror, which keeps the classes it did not set).
 */
export const CaretBlock = Extension.create({
  name: 'caretBlock',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        view: (editorView) => {
          let marked: Element | null = null;
          const mark = (view: EditorView) => {
            const from = caretBlockStart(view.state);
            const dom = from >= 0 ? view.nodeDOM(from) : null;
            const block = dom instanceof Element ? dom : null;
            if (block === marked && (!block || block.classList.contains(caretBlockClass))) return;
            const previous = marked;
            unobserved(view, () => {
              if (previous) unmark(previous);
              block?.classList.add(caretBlockClass);
            });
            marked = block;
          };
          mark(editorView);
          return {
            update: (view, previousState) => {
              if (
                view.state.doc === previousState.doc &&
                view.state.selection === previousState.selection
              )
                return;
              mark(view);
            },
            destroy: () => {
              const last = marked;
              if (last) unobserved(editorView, () => unmark(last));
            },
          };
        },
      }),
    ];
  },
});
