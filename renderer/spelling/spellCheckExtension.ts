import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { findSpellingWords } from '../../shared/spell/findSpellingWords';
import type { SpellingCache } from './SpellingCache';

export interface SpellCheckOptions {
  cache: SpellingCache | null;
}

const spellingKey = new PluginKey<DecorationSet>('spellCheck');
/** How long typing must pause before the text is looked at again. */
const idleMs = 400;
const longestWord = 80;

/**
 * Underlines misspelled words in the body (editor only: decorations, never part of the
 * document). Keystrokes only move the existing underlines along; the text is read again once
 * typing pauses, so checking costs nothing while someone types.
 */
export const SpellCheck = Extension.create<SpellCheckOptions>({
  name: 'spellCheck',

  addOptions() {
    return { cache: null };
  },

  addProseMirrorPlugins() {
    const { cache } = this.options;
    if (!cache) return [];
    return [
      new Plugin<DecorationSet>({
        key: spellingKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (transaction, decorations) => {
            const next = transaction.getMeta(spellingKey) as DecorationSet | undefined;
            if (next) return next;
            return transaction.docChanged
              ? decorations.map(transaction.mapping, transaction.doc)
              : decorations;
          },
        },
        props: {
          decorations: (state) => spellingKey.getState(state),
          handleDOMEvents: {
            contextmenu: (view, event) => {
              const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
              const flagged = at ? flaggedAround(view.state, at.pos) : undefined;
              if (!flagged) return false;
              event.preventDefault();
              openMenu(view, cache, flagged, event.clientX, event.clientY);
              return true;
            },
          },
        },
        view: (view) => {
          let timer: ReturnType<typeof setTimeout> | undefined;
          let destroyed = false;
          const look = () => {
            if (destroyed) return;
            const decorations = cache.enabled
              ? flagMisspellings(view.state.doc, cache)
              : DecorationSet.empty;
            view.dispatch(view.state.tr.setMeta(spellingKey, decorations));
          };
          const schedule = (delay: number) => {
            clearTimeout(timer);
            timer = setTimeout(look, delay);
          };
          const unsubscribe = cache.subscribe(() => schedule(0));
          schedule(0);
          return {
            update: (updated, previous) => {
              if (!updated.state.doc.eq(previous.doc)) schedule(idleMs);
            },
            destroy: () => {
              destroyed = true;
              clearTimeout(timer);
              unsubscribe();
            },
          };
        },
      }),
    ];
  },

  addKeyboardShortcuts() {
    const { cache } = this.options;
    return {
      // F7, as in word processors: the spelling menu for the next flagged word from the caret.
      F7: ({ editor }) => {
        if (!cache) return false;
        const { state, view } = editor;
        // `find` also returns the word the caret is in.
        const flagged = spellingKey
          .getState(state)
          ?.find(state.selection.from, state.doc.content.size)
          .sort((a, b) => a.from - b.from)[0];
        if (!flagged) return false;
        const coords = view.coordsAtPos(flagged.from);
        openMenu(view, cache, flagged, coords.left, coords.bottom);
        return true;
      },
    };
  },
});

function flaggedAround(state: EditorState, pos: number): Decoration | undefined {
  return spellingKey.getState(state)?.find(pos, pos)[0];
}

function openMenu(
  view: EditorView,
  cache: SpellingCache,
  flagged: Decoration,
  x: number,
  y: number,
): void {
  const word = view.state.doc.textBetween(flagged.from, flagged.to);
  cache.openMenu({
    word,
    x,
    y,
    replace: (replacement) => {
      const { from, to } = flagged;
      if (view.isDestroyed || view.state.doc.textBetween(from, to) !== word) return;
      view.dispatch(view.state.tr.insertText(replacement, from, to));
    },
    restoreFocus: () => {
      if (!view.isDestroyed) view.focus();
    },
  });
}

/** Underlines for every word the checker has answered as misspelled. */
function flagMisspellings(doc: ProseMirrorNode, cache: SpellingCache): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // Inline leaves (breaks, images) count one character each, as they do in positions.
    const text = node.textBetween(0, node.content.size, undefined, '\ufffc');
    for (const { word, from, to } of findSpellingWords(text)) {
      if (word.length > longestWord || cache.isMisspelled(word) !== true) continue;
      decorations.push(
        Decoration.inline(pos + 1 + from, pos + 1 + to, {
          class: 'spelling-error',
          'data-spelling': word,
        }),
      );
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
}
