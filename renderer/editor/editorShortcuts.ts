import { Extension } from '@tiptap/core';

export interface EditorShortcutOptions {
  onLink: () => void;
  onTypography: () => void;
  onFind: () => void;
  onSaveVersion: () => void;
  onComment: () => void;
  /** Takes back a step of Galley's own (a typograf run); false leaves the undo to the body. */
  onUndo: () => boolean;
}

/** The writer's shortcuts that open Galley's own tools (marks and headings come with their extensions). */
export const EditorShortcuts = Extension.create<EditorShortcutOptions>({
  name: 'galleyShortcuts',
  // Before the body's history, so Mod-z reaches `onUndo` first.
  priority: 1000,
  addOptions() {
    return {
      onLink: () => undefined,
      onTypography: () => undefined,
      onFind: () => undefined,
      onSaveVersion: () => undefined,
      onComment: () => undefined,
      onUndo: () => false,
    };
  },
  addKeyboardShortcuts() {
    const run = (action: () => void) => () => {
      action();
      return true;
    };
    return {
      'Mod-k': run(() => this.options.onLink()),
      'Mod-Alt-t': run(() => this.options.onTypography()),
      'Mod-f': run(() => this.options.onFind()),
      'Mod-s': run(() => this.options.onSaveVersion()),
      'Mod-Alt-m': run(() => this.options.onComment()),
      'Mod-z': () => this.options.onUndo(),
    };
  },
});
