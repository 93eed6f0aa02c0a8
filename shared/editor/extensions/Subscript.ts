import { Mark, mergeAttributes } from '@tiptap/core';

/** Options of the {@link Subscript} mark. */
export interface SubscriptOptions {
  /** Extra HTML attributes on the rendered `sub` element. */
  HTMLAttributes: Record<string, unknown>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    subscript: {
      /** Mark the selection as subscript (and drop superscript there). */
      setSubscript: () => ReturnType;
      /** Toggle subscript on the selection. */
      toggleSubscript: () => ReturnType;
      /** Remove subscript from the selection. */
      unsetSubscript: () => ReturnType;
    };
  }
}

/**
 * Subscript text (`H₂O`, `CO₂`, chemical and index notation). Written here because the official
 * Tiptap package has no 3.32.0 release; `Mod-,` toggles it. It excludes superscript so
 * that a stored document can never carry both on one character.
 */
export const Subscript = Mark.create<SubscriptOptions>({
  name: 'subscript',
  excludes: 'subscript superscript',

  addOptions() {
    return { HTMLAttributes: {} };
  },

  parseHTML() {
    return [
      { tag: 'sub' },
      {
        style: 'vertical-align',
        getAttrs: (value) => (value === 'sub' ? null : false),
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ['sub', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      setSubscript:
        () =>
        ({ commands }) =>
          commands.setMark(this.name),
      toggleSubscript:
        () =>
        ({ commands }) =>
          commands.toggleMark(this.name),
      unsetSubscript:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name),
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-,': () => this.editor.commands.toggleSubscript() };
  },
});
