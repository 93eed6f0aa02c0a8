import { Extension } from '@tiptap/core';

export interface EditorShortcutOptions {
  onLink: () => void;
  onTypography: () => void;
  onFind: () => void;
  onSaveVersion: () => void;
  onComment: () => void;
}

/** The writer's shortcuts that open Galley's own tools (marks and headings come with their extensions). */
export const EditorShortcuts = Extension.create<EditorShortcutOptions>({
  name: 'galleyShortcuts',
  addOptions() {
    return {
      onLink: () => undefined,
      onTypography: () => undefined,
      onFind: () => undefined,
      onSaveVersion: () => undefined,
      onComment: () => undefined,
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
    };
  },
});
