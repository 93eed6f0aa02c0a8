import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { findSpellingWords } from '../../shared/spell/findSpellingWords';
import type { SpellingCache } from './SpellingCache';
import { mapStaleRanges, mergeStaleRanges, staleRangesAfter, type StaleRange } from './staleRanges';

export interface SpellCheckOptions {
  cache: SpellingCache | null;
}

/**
 * The underlines, and the spans whose underlines may be wrong: text edited since the last
 * look, and blocks holding words the checker had not answered then (read again when answers
 * arrive, not at every pause: a dictionary loading on a busy machine can take a while).
 */
interface SpellingState {
  decorations: DecorationSet;
  edited: readonly StaleRange[];
  pending: readonly StaleRange[];
}

const spellingKey = new PluginKey<SpellingState>('spellCheck');
/** How long typing must pause before the text is looked at again. */
const idleMs = 400;
const longestWord = 80;
const emptyState: SpellingState = { decorations: DecorationSet.empty, edited: [], pending: [] };

/**
 * Underlines misspelled words in the body (editor only: decorations, never part of the
 * document). Keystrokes only move the existing underlines along and note which text changed;
 * once typing pauses, only the blocks that changed are read again, and blocks holding words
 * the checker had not answered when their answers arrive. The whole body is read when the editor opens and when an answer can change anywhere
 * (the setting, a word added to the dictionary or ignored).
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
          init: () => emptyState,
          apply: (transaction, previous) => {
            const next = transaction.getMeta(spellingKey) as SpellingState | undefined;
            if (next) return next;
            if (!transaction.docChanged) return previous;
            // Spell check off: nothing is shown, and turning it on reads the whole body.
            if (previous.decorations === DecorationSet.empty && !cache.enabled) return previous;
            return {
              decorations: previous.decorations.map(transaction.mapping, transaction.doc),
              edited: staleRangesAfter(previous.edited, transaction),
              pending: mapStaleRanges(previous.pending, transaction),
            };
          },
        },
        props: {
          decorations: (state) => spellingKey.getState(state)?.decorations,
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
          let wholeBody = true;
          let answered = false;
          const look = () => {
            if (destroyed) return;
            const current = spellingKey.getState(view.state) ?? emptyState;
            const whole = wholeBody;
            const withPending = answered;
            wholeBody = false;
            answered = false;
            let next: SpellingState;
            if (!cache.enabled) {
              if (current === emptyState) return;
              next = emptyState;
            } else if (whole) {
              const { decorations, unanswered } = flagMisspellings(view.state.doc, cache, [
                { from: 0, to: view.state.doc.content.size },
              ]);
              next = { decorations, edited: [], pending: unanswered };
            } else {
              const ranges = withPending
                ? mergeStaleRanges([...current.edited, ...current.pending])
                : current.edited;
              if (ranges.length === 0) return;
              const fresh = flagMisspellings(view.state.doc, cache, ranges);
              const outdated = fresh.blocks.flatMap((block) =>
                current.decorations.find(block.from, block.to),
              );
              next = {
                decorations: current.decorations
                  .remove(outdated)
                  .add(view.state.doc, fresh.decorations.find()),
                edited: [],
                pending: withPending
                  ? fresh.unanswered
                  : mergeStaleRanges([...current.pending, ...fresh.unanswered]),
              };
            }
            view.dispatch(view.state.tr.setMeta(spellingKey, next));
          };
          const schedule = (delay: number) => {
            clearTimeout(timer);
            timer = setTimeout(look, delay);
          };
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
          ?.decorations.find(state.selection.from, state.doc.content.size)
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

/** What reading some blocks found. */
interface Flagged {
  /** The underlines in those blocks. */
  decorations: DecorationSet;
  /** The blocks read. */
  blocks: StaleRange[];
  /** The blocks holding words the checker has not answered yet. */
  unanswered: StaleRange[];
}

/** Reads the textblocks `ranges` touch. */
function flagMisspellings(
  doc: ProseMirrorNode,
  cache: SpellingCache,
  ranges: readonly StaleRange[],
): Flagged {
  const decorations: Decoration[] = [];
  const blocks: StaleRange[] = [];
  const unanswered: StaleRange[] = [];
  const size = doc.content.size;
  for (const range of ranges) {
    // One position either side, so a range at a block's edge still finds that block.
    doc.nodesBetween(Math.max(0, range.from - 1), Math.min(size, range.to + 1), (node, pos) => {
      if (!node.isTextblock) return true;
      const block = { from: pos, to: pos + node.nodeSize };
      if (blocks.length > 0 && blocks[blocks.length - 1]!.from === block.from) return false;
      blocks.push(block);
      // Inline leaves (breaks, images) count one character each, as they do in positions.
      const text = node.textBetween(0, node.content.size, undefined, '\ufffc');
      let isAnswered = true;
      for (const { word, from, to } of findSpellingWords(text)) {
        if (word.length > longestWord) continue;
        const misspelled = cache.isMisspelled(word);
        if (misspelled === undefined) isAnswered = false;
        if (misspelled !== true) continue;
        decorations.push(
          Decoration.inline(pos + 1 + from, pos + 1 + to, {
            class: 'spelling-error',
            'data-spelling': word,
          }),
        );
      }
      if (!isAnswered) unanswered.push(block);
      return false;
    });
  }
  return {
    decorations: DecorationSet.create(doc, decorations),
    blocks,
    unanswered: mergeStaleRanges(unanswered),
  };
}
