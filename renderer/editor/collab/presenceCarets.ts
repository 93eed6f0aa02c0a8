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
  // No text inside: the name is drawn by CSS from `data-person`, so the body's text (what a
  // search, a copy or a screen reader gets) stays the article's own.
  const caret = document.createElement('span');
  caret.className = 'presence-caret';
  caret.dataset['person'] = user.name;
  caret.style.setProperty('--presence-colour', user.color);
  caret.setAttribute('aria-hidden', 'true');
  return caret;
}
