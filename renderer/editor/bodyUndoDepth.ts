import type { Editor } from '@tiptap/core';
import { undoDepth } from '@tiptap/pm/history';
import { yUndoPluginKey } from '@tiptap/y-tiptap';

/**
 * How many steps the body's undo would take back: the Yjs undo manager's stack when the body
 * is a shared document, else ProseMirror's history. Equal depths before and after some action
 * mean no body step was added or undone in between.
 */
export function bodyUndoDepth(editor: Editor): number {
  const shared = yUndoPluginKey.getState(editor.state);
  if (shared) return shared.undoManager.undoStack.length;
  return Number(undoDepth(editor.state));
}

/** Makes the next body change its own undo step (the Yjs undo manager merges quick edits). */
export function closeBodyUndoStep(editor: Editor): void {
  yUndoPluginKey.getState(editor.state)?.undoManager.stopCapturing();
}
