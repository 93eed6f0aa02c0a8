import { Extension } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import {
  Plugin,
  PluginKey,
  TextSelection,
  type EditorState,
  type Transaction,
} from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { findMatches, firstMatchFrom, type FindMatch, type FindOptions } from './findMatches';
import { replaceMatches } from './replaceMatches';

/** What the find panel shows, refreshed after every transaction. */
export interface FindReplaceStorage {
  query: string;
  caseSensitive: boolean;
  wholeWord: boolean;
  matchCount: number;
  /** Index of the active match in document order, -1 when there is none. */
  activeIndex: number;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      /** Highlights every match; omitted options keep their current value. */
      setFindQuery: (query: string, options?: Partial<FindOptions>) => ReturnType;
      /** Selects the next match (wrapping) and scrolls to it. */
      findNext: () => ReturnType;
      /** Selects the previous match (wrapping) and scrolls to it. */
      findPrevious: () => ReturnType;
      /** Replaces the active match and moves on to the next one. */
      replaceCurrent: (text: string) => ReturnType;
      /** Replaces every match in one transaction: one undo step. */
      replaceAll: (text: string) => ReturnType;
      /** Forgets the query and removes the highlights; the options stay. */
      clearFind: () => ReturnType;
    };
  }

  interface Storage {
    findReplace: FindReplaceStorage;
  }
}

interface FindState extends FindOptions {
  query: string;
  matches: readonly FindMatch[];
  activeIndex: number;
  decorations: DecorationSet;
  /** Bumped whenever the active match should be scrolled into view. */
  reveal: number;
}

type FindMeta =
  | ({ kind: 'query'; query: string } & FindOptions)
  | { kind: 'active'; index: number }
  | { kind: 'replaced'; nextFrom: number; reveal: boolean }
  | { kind: 'clear' };

const findReplaceKey = new PluginKey<FindState>('findReplace');

const idleState: FindState = {
  query: '',
  caseSensitive: false,
  wholeWord: false,
  matches: [],
  activeIndex: -1,
  decorations: DecorationSet.empty,
  reveal: 0,
};

/**
 * Find and replace in the article body. It lives in the editor only (a plugin with
 * decorations, no schema), so the exporters and the API validator never see it. The
 * whole text is searched when the query or its options change; after an edit only the
 * text blocks it touched are; moving between matches swaps two decorations. Opening the
 * panel (Mod-f) is the editor shortcuts' business, not this extension's.
 */
export const FindReplaceExtension = Extension.create<Record<string, never>, FindReplaceStorage>({
  name: 'findReplace',

  addStorage() {
    return { query: '', caseSensitive: false, wholeWord: false, matchCount: 0, activeIndex: -1 };
  },

  onTransaction() {
    const find = findReplaceKey.getState(this.editor.state) ?? idleState;
    this.storage.query = find.query;
    this.storage.caseSensitive = find.caseSensitive;
    this.storage.wholeWord = find.wholeWord;
    this.storage.matchCount = find.matches.length;
    this.storage.activeIndex = find.activeIndex;
  },

  addCommands() {
    return {
      setFindQuery:
        (query, options = {}) =>
        ({ state, tr, dispatch }) => {
          const find = getFindState(state);
          if (dispatch) {
            tr.setMeta(findReplaceKey, {
              kind: 'query',
              query,
              caseSensitive: options.caseSensitive ?? find.caseSensitive,
              wholeWord: options.wholeWord ?? find.wholeWord,
            } satisfies FindMeta);
          }
          return true;
        },
      findNext:
        () =>
        ({ state, tr, dispatch }) =>
          moveActive(state, tr, dispatch, 1),
      findPrevious:
        () =>
        ({ state, tr, dispatch }) =>
          moveActive(state, tr, dispatch, -1),
      replaceCurrent:
        (text) =>
        ({ editor, state, tr, dispatch }) => {
          if (!editor.isEditable) return false;
          const find = getFindState(state);
          const match = find.matches[find.activeIndex];
          if (!match || tr.docChanged) return false;
          if (dispatch) {
            closeHistory(tr);
            replaceMatches(tr, [match], text);
            // On from the end of the new text, so a replacement that itself matches
            // (кластер → КЛАСТЕР, ignoring case) is not offered again.
            const nextFrom = match.from + text.length;
            const remaining = findMatches(tr.doc, find.query, find);
            const next = remaining[firstMatchFrom(remaining, nextFrom)];
            if (next) tr.setSelection(TextSelection.create(tr.doc, next.from, next.to));
            tr.setMeta(findReplaceKey, {
              kind: 'replaced',
              nextFrom,
              reveal: true,
            } satisfies FindMeta);
          }
          return true;
        },
      replaceAll:
        (text) =>
        ({ editor, state, tr, dispatch }) => {
          if (!editor.isEditable) return false;
          const find = getFindState(state);
          if (find.matches.length === 0 || tr.docChanged) return false;
          if (dispatch) {
            // Never merged with typing just before it: one "Replace all", one undo.
            closeHistory(tr);
            replaceMatches(tr, find.matches, text);
            tr.setMeta(findReplaceKey, {
              kind: 'replaced',
              nextFrom: tr.selection.from,
              reveal: false,
            } satisfies FindMeta);
          }
          return true;
        },
      clearFind:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(findReplaceKey, { kind: 'clear' } satisfies FindMeta);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findReplaceKey,
        state: {
          init: () => idleState,
          apply: (tr, previous, _oldState, newState) => applyFind(tr, previous, newState),
        },
        props: {
          decorations: (state) => getFindState(state).decorations,
        },
        view: () => ({
          update: (view, previousState) => {
            if (getFindState(view.state).reveal !== getFindState(previousState).reveal) {
              revealActiveMatch(view);
            }
          },
        }),
      }),
    ];
  },
});

function getFindState(state: EditorState): FindState {
  return findReplaceKey.getState(state) ?? idleState;
}

function applyFind(tr: Transaction, previous: FindState, newState: EditorState): FindState {
  const meta = tr.getMeta(findReplaceKey) as FindMeta | undefined;
  switch (meta?.kind) {
    case 'clear':
      // The options stay for the next search, as the checkboxes were left.
      return { ...idleState, caseSensitive: previous.caseSensitive, wholeWord: previous.wholeWord };
    case 'query': {
      const options = { caseSensitive: meta.caseSensitive, wholeWord: meta.wholeWord };
      const matches = findMatches(tr.doc, meta.query, options);
      const activeIndex = firstMatchFrom(matches, newState.selection.from);
      return withMatches(tr.doc, { ...previous, ...options, query: meta.query }, matches, {
        activeIndex,
        reveal: true,
      });
    }
    case 'active': {
      if (tr.docChanged) break;
      const activeIndex = meta.index;
      if (activeIndex === previous.activeIndex) return { ...previous, reveal: previous.reveal + 1 };
      return {
        ...previous,
        activeIndex,
        decorations: swapActive(tr.doc, previous, activeIndex),
        reveal: previous.reveal + 1,
      };
    }
    case 'replaced':
    case undefined:
      break;
  }
  if (!tr.docChanged || previous.query === '') return previous;
  if (meta?.kind === 'replaced') {
    const matches = findMatches(tr.doc, previous.query, previous);
    return withMatches(tr.doc, previous, matches, {
      activeIndex: firstMatchFrom(matches, meta.nextFrom),
      reveal: meta.reveal,
    });
  }
  return afterEdit(tr, previous);
}

/**
 * The matches after an edit, searching again only the text blocks the edit touched and
 * mapping everything else: typing in a long article with the panel open stays cheap.
 */
function afterEdit(tr: Transaction, previous: FindState): FindState {
  const { doc, mapping } = tr;
  const previousActive = previous.matches[previous.activeIndex];
  const touched: { from: number; to: number }[] = [];
  mapping.maps.forEach((map, index) => {
    const later = mapping.slice(index + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      touched.push({ from: later.map(newStart, -1), to: later.map(newEnd, 1) });
    });
  });
  // Its block is redone too, so the old active highlight never outlives the edit.
  if (previousActive) {
    touched.push({
      from: mapping.map(previousActive.from, -1),
      to: mapping.map(previousActive.to, 1),
    });
  }
  const blocks = touchedTextblocks(doc, touched);
  const isTouched = (pos: number): boolean => {
    const block = blocks[firstBlockEndingAfter(blocks, pos)];
    return block !== undefined && block.from <= pos;
  };

  const kept: FindMatch[] = [];
  for (const match of previous.matches) {
    const from = mapping.mapResult(match.from, 1);
    const to = mapping.mapResult(match.to, -1);
    if (from.deleted || to.deleted || to.pos <= from.pos || isTouched(from.pos)) continue;
    kept.push({ from: from.pos, to: to.pos });
  }
  const fresh = blocks.flatMap((block) => findMatches(doc, previous.query, previous, block));
  const matches = [...kept, ...fresh].sort((a, b) => a.from - b.from);
  // The active match stays the one at (or after) where it was.
  const anchor = previousActive ? mapping.map(previousActive.from, -1) : 0;
  const activeIndex = firstMatchFrom(matches, anchor);
  const active = matches[activeIndex];

  let decorations = previous.decorations.map(mapping, doc);
  for (const block of blocks)
    decorations = decorations.remove(decorations.find(block.from, block.to));
  decorations = decorations.add(
    doc,
    fresh.map((match) => matchDecoration(match, match === active)),
  );
  if (active && !fresh.includes(active)) decorations = setActive(decorations, doc, active, true);
  return { ...previous, matches, activeIndex, decorations };
}

/** The text blocks overlapping `ranges`, each once, in document order. */
function touchedTextblocks(
  doc: ProseMirrorNode,
  ranges: readonly { from: number; to: number }[],
): { from: number; to: number }[] {
  const blocks = new Map<number, number>();
  for (const range of ranges) {
    const from = Math.max(0, Math.min(range.from, doc.content.size));
    const to = Math.max(from, Math.min(range.to, doc.content.size));
    doc.nodesBetween(from, to, (node, pos) => {
      if (node.isTextblock) blocks.set(pos, pos + node.nodeSize);
      return !node.isTextblock;
    });
  }
  return [...blocks].map(([from, to]) => ({ from, to })).sort((a, b) => a.from - b.from);
}

function firstBlockEndingAfter(
  blocks: readonly { from: number; to: number }[],
  pos: number,
): number {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((blocks[middle]?.to ?? Infinity) <= pos) low = middle + 1;
    else high = middle;
  }
  return low;
}

function withMatches(
  doc: ProseMirrorNode,
  base: FindState,
  matches: readonly FindMatch[],
  { activeIndex, reveal }: { activeIndex: number; reveal: boolean },
): FindState {
  const decorations = DecorationSet.create(
    doc,
    matches.map((match, index) => matchDecoration(match, index === activeIndex)),
  );
  return {
    ...base,
    matches,
    activeIndex,
    decorations,
    reveal: reveal ? base.reveal + 1 : base.reveal,
  };
}

function matchDecoration(match: FindMatch, active: boolean): Decoration {
  return Decoration.inline(
    match.from,
    match.to,
    { class: active ? 'find-match active' : 'find-match' },
    { findMatch: true, active },
  );
}

/** The set with the active highlight moved: two decorations out, two in. */
function swapActive(doc: ProseMirrorNode, find: FindState, nextIndex: number): DecorationSet {
  let decorations = find.decorations;
  const current = find.matches[find.activeIndex];
  const next = find.matches[nextIndex];
  if (current) decorations = setActive(decorations, doc, current, false);
  if (next) decorations = setActive(decorations, doc, next, true);
  return decorations;
}

function setActive(
  decorations: DecorationSet,
  doc: ProseMirrorNode,
  match: FindMatch,
  active: boolean,
): DecorationSet {
  // `find` also returns neighbours that only touch the range ("aa" in "aaaa").
  const current = decorations
    .find(match.from, match.to)
    .filter((decoration) => decoration.from === match.from && decoration.to === match.to);
  return decorations.remove(current).add(doc, [matchDecoration(match, active)]);
}

function moveActive(state: EditorState, tr: Transaction, dispatch: unknown, step: 1 | -1): boolean {
  const find = getFindState(state);
  const count = find.matches.length;
  if (count === 0 || tr.docChanged) return false;
  const index =
    find.activeIndex < 0
      ? firstMatchFrom(find.matches, state.selection.to)
      : (find.activeIndex + step + count) % count;
  const match = find.matches[index];
  if (!match) return false;
  if (dispatch) {
    tr.setSelection(TextSelection.create(tr.doc, match.from, match.to));
    tr.setMeta(findReplaceKey, { kind: 'active', index } satisfies FindMeta);
  }
  return true;
}

/**
 * Scrolls the highlighted match into view. The editor usually does not have focus while
 * the find panel does, and moving its selection alone would not bring the match on screen.
 */
function revealActiveMatch(view: EditorView): void {
  const active = view.dom.querySelector('.find-match.active');
  active?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
