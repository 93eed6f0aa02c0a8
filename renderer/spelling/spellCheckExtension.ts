import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { DecorationSet, type Decoration, type EditorView } from '@tiptap/pm/view';
import { createPauseTimer } from '../editor/pauseTimer';
import { blockIndexedDecorations } from './blockIndexedDecorations';
import type { SpellingCache } from './SpellingCache';
import {
  emptySpellingState,
  mapSpellingState,
  readSpellingSlice,
  type SpellingState,
} from './spellingState';

export interface SpellCheckOptions {
  cache: SpellingCache | null;
}

const spellingKey = new PluginKey<SpellingState>('spellCheck');
/** How long typing must pause before the text is looked at again. */
const idleMs = 400;
/**
 * Text read and underlined per slice, about 600 words: a few milliseconds, so a keystroke
 * never waits long behind one (the first answers for a 20,000-word body were underlined in one
 * transaction of about 400 ms).
 */
const sliceCharacters = 4_000;
/** A slice waits for an idle moment, but not longer than this. */
const sliceTimeoutMs = 500;

/**
 * Underlines misspelled words in the body (editor only: decorations, never part of the
 * document). Keystrokes only move the existing underlines along and note which text changed;
 * once typing pauses, only the blocks that changed are read again, and blocks holding words
 * the checker had not answered when their answers arrive. The whole body is read when the
 * editor opens and when an answer can change anywhere (the setting, a word added to the
 * dictionary or ignored). What a look has to read is read in slices of about 600 words, one per
 * idle moment, in document order, so typing goes on between them.
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
      new Plugin<SpellingState>({
        key: spellingKey,
        state: {
          init: () => emptySpellingState,
          apply: (transaction, previous) => {
            const next = transaction.getMeta(spellingKey) as SpellingState | undefined;
            if (next) return next;
            if (!transaction.docChanged) return previous;
            // Spell check off: nothing is shown, and turning it on reads the whole body.
            if (previous.decorations === DecorationSet.empty && !cache.enabled) return previous;
            return mapSpellingState(previous, transaction);
          },
        },
        props: {
          decorations: (state) => {
            const set = spellingKey.getState(state)?.decorations;
            return set && blockIndexedDecorations(set);
          },
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
          let idle: number | undefined;
          let destroyed = false;
          let wholeBody = true;
          let answered = false;
          /** Takes what has become stale into the queue and reads the queue's next slice. */
          const look = () => {
            idle = undefined;
            if (destroyed) return;
            const current = spellingKey.getState(view.state) ?? emptySpellingState;
            const whole = wholeBody;
            const withPending = answered;
            wholeBody = false;
            answered = false;
            let next: SpellingState | null;
            if (!cache.enabled) {
              next = current === emptySpellingState ? null : emptySpellingState;
            } else {
              next = readSpellingSlice(current, view.state.doc, cache, {
                whole,
                withPending,
                maxCharacters: sliceCharacters,
              });
            }
            if (!next) return;
            view.dispatch(view.state.tr.setMeta(spellingKey, next));
            if (next.queued.length > 0) lookWhenIdle();
          };
          const lookWhenIdle = () => {
            if (idle === undefined) idle = requestIdleCallback(look, { timeout: sliceTimeoutMs });
          };
          const pause = createPauseTimer(lookWhenIdle);
          const schedule = (delay: number) => pause.poke(delay);
          const unsubscribe = cache.subscribe((scope) => {
            if (scope === 'all') wholeBody = true;
            else answered = true;
            schedule(0);
          });
          schedule(0);
          return {
            update: (updated, previous) => {
              if (updated.state.doc !== previous.doc) schedule(idleMs);
            },
            destroy: () => {
              destroyed = true;
              pause.cancel();
              if (idle !== undefined) cancelIdleCallback(idle);
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
        const from = domCaretPosition(view) ?? state.selection.from;
        // `find` also returns the word the caret is in.
        const flagged = spellingKey
          .getState(state)
          ?.decorations.find(from, state.doc.content.size)
          .sort((a, b) => a.from - b.from)[0];
        if (!flagged) return false;
        const coords = view.coordsAtPos(flagged.from);
        openMenu(view, cache, flagged, coords.left, coords.bottom);
        return true;
      },
    };
  },
});

/**
 * Where the browser has the caret. A native caret move (Ctrl+Home, Home, a click) reaches
 * ProseMirror's state only with the next `selectionchange` event, which a key pressed right
 * after it can precede; F7 must start from where the caret is, not where it was.
 */
function domCaretPosition(view: EditorView): number | null {
  const selection = view.dom.ownerDocument.getSelection();
  const { anchorNode, focusNode } = selection ?? {};
  if (!selection || !anchorNode || !focusNode) return null;
  if (!view.dom.contains(anchorNode) || !view.dom.contains(focusNode)) return null;
  try {
    return Math.min(
      view.posAtDOM(anchorNode, selection.anchorOffset),
      view.posAtDOM(focusNode, selection.focusOffset),
    );
  } catch {
    // A node ProseMirror does not map (a widget's inside): keep the state's selection.
    return null;
  }
}

function flaggedAround(state: EditorState, pos: number): Decoration | undefined {
  return spellingKey.getState(state)?.decorations.find(pos, pos)[0];
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
