import { Extension } from '@tiptap/core';
import { yCursorPlugin, type CursorUser } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';

export interface PresenceCaretsOptions {
  awareness: Awareness | null;
}

/**
 * Other people's carets and selections in the body, drawn by `@tiptap/y-tiptap`'s cursor plugin
 * from the editor's awareness (see useArticlePresence). It also writes this editor's own
 * selection into the awareness. Editor-only: decorations, never part of the document.
 */
export const PresenceCarets = Extension.create<PresenceCaretsOptions>({
  name: 'presenceCarets',
  addOptions: () => ({ awareness: null }),
  addProseMirrorPlugins() {
    const { awareness } = this.options;
    if (!awareness) return [];
    return [
      yCursorPlugin(awareness, {
        cursorBuilder: buildCaret,
        selectionBuilder: (user) => ({
          class: 'presence-selection',
          style: `background-color: ${user.color}33`,
        }),
      }),
    ];
  },
});

function buildCaret(user: CursorUser): HTMLElement {
  const caret = document.createElement('span');
  caret.className = 'presence-caret';
  caret.style.borderColor = user.color;
  caret.dataset['person'] = user.name;
  const label = document.createElement('span');
  label.className = 'presence-caret-label';
  label.style.backgroundColor = user.color;
  label.textContent = user.name;
  // Word joiners keep the caret from breaking the line it sits in.
  caret.append('\u2060', label, '\u2060');
  return caret;
}
