import { Mark, mergeAttributes } from '@tiptap/core';

/** Options of the {@link Superscript} mark. */
export interface SuperscriptOptions {
  /** Extra HTML attributes on the rendered `sup` element. */
  HTMLAttributes: Record<string, unknown>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    superscript: {
      /** Mark the selection as superscript (and drop subscript there). */
      setSuperscript: () => ReturnType;
      /** Toggle superscript on the selection. */
      toggleSuperscript: () => ReturnType;
      /** Remove superscript from the selection. */
      unsetSuperscript: () => ReturnType;
    };
  }
}

/**
 * Superscript text (`m²`, `1ᵉʳ`, footnote marks). Written here because the official
 * Tiptap package has no 3.32.0 release; `Mod-.` toggles it. It excludes subscript so
 * that a stored document can never carry both on one character.
 */
export const Superscript = Mark.create<SuperscriptOptions>({
  name: 'superscript',
  excludes: 'superscript subscript',

  addOptions() {
    return { HTMLAttributes: {} };
  },

  parseHTML() {
    return [
      { tag: 'sup' },
      {
        style: 'vertical-align',
        getAttrs: (value) => (value === 'super' ? null : false),
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ['sup', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      setSuperscript:
        () =>
        ({ commands }) =>
          commands.setMark(this.name),
      toggleSuperscript:
        () =>
        ({ commands }) =>
          commands.toggleMark(this.name),
      unsetSuperscript:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name),
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-.': () => this.editor.commands.toggleSuperscript() };
  },
});
