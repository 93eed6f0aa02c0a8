import { Extension } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import {
  NodeSelection,
  Plugin,
  PluginKey,
  TextSelection,
  type EditorState,
  type Transaction,
} from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import {
  firstMatchFrom,
  type ArticleMatch,
  type ArticlePlace,
  type ArticleTextFields,
  type DocumentMatch,
} from '../../../shared/find/articleMatch';
import { findFieldMatches } from '../../../shared/find/findArticleMatches';
import { findDocumentMatches, isSearchedBlock } from '../../../shared/find/findDocumentMatches';
import { findPattern, type FindOptions } from '../../../shared/find/findInText';
import { replaceDocumentMatches } from '../../../shared/find/replaceDocumentMatches';
import { paintFigureMatches } from './paintFigureMatches';

/** What the find panel and the headline and lede show, refreshed after every transaction. */
export interface FindReplaceStorage {
  query: string;
  caseSensitive: boolean;
  wholeWord: boolean;
  /** Matches in the whole article: headline, lede, body, captions and credits. */
  matchCount: number;
  /** Index of the active match in reading order, -1 when there is none. */
  activeIndex: number;
  /** The active match, wherever it is. */
  active: ArticleMatch | null;
  /** The matches in the headline and the lede, which their fields highlight. */
  fieldMatches: readonly ArticleMatch[];
  /** Bumped whenever the active match should be brought into view. */
  reveal: number;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      /**
       * Highlights every match; omitted options keep their current value. The active match
       * is the first at or after `from` (by default the body's selection).
       */
      setFindQuery: (
        query: string,
        options?: Partial<FindOptions>,
        from?: ArticlePlace,
      ) => ReturnType;
      /**
       * The headline and lede as they now stand, searched with the body. With `activeFrom`
       * (after a replacement there) the active match becomes the first at or after it.
       */
      setFindFields: (fields: ArticleTextFields, activeFrom?: ArticlePlace) => ReturnType;
      /** Selects the next match (wrapping) and scrolls to it. */
      findNext: () => ReturnType;
      /** Selects the previous match (wrapping) and scrolls to it. */
      findPrevious: () => ReturnType;
      /** Replaces the active match when it is in the body (text, caption or credit), then moves on. */
      replaceCurrent: (text: string) => ReturnType;
      /** Replaces every match in the body, captions and credits in one transaction. */
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
  fields: ArticleTextFields;
  /** Every match in reading order: the headline's and lede's (`fieldCount`), then the body's. */
  matches: readonly ArticleMatch[];
  fieldCount: number;
  activeIndex: number;
  /** The body text's highlights; captions and credits are painted apart (`paintFigureMatches`). */
  decorations: DecorationSet;
  /** Bumped whenever the active match should be scrolled into view. */
  reveal: number;
}

type FindMeta =
  | ({ kind: 'query'; query: string; from: ArticlePlace | null } & FindOptions)
  | { kind: 'fields'; fields: ArticleTextFields; activeFrom: ArticlePlace | null }
  | { kind: 'active'; index: number }
  | { kind: 'replaced'; activeFrom: ArticlePlace; reveal: boolean }
  | { kind: 'clear' };

const findReplaceKey = new PluginKey<FindState>('findReplace');

const idleState: FindState = {
  query: '',
  caseSensitive: false,
  wholeWord: false,
  fields: { headline: '', lede: '' },
  matches: [],
  fieldCount: 0,
  activeIndex: -1,
  decorations: DecorationSet.empty,
  reveal: 0,
};

/**
 * Find and replace over the whole article: the headline and lede (handed in by the panel,
 * which writes replacements there through the article's own state), the body's text, and
 * each figure's caption and credit. It lives in the editor only (a plugin with decorations,
 * no schema), so the exporters and the API validator never see it. The whole body is searched
 * when the query or its options change; after an edit only the blocks it touched are; moving
 * between matches swaps two decorations. Opening the panel (Mod-f) is the editor shortcuts'
 * business, not this extension's.
 */
export const FindReplaceExtension = Extension.create<Record<string, never>, FindReplaceStorage>({
  name: 'findReplace',

  addStorage() {
    return {
      query: '',
      caseSensitive: false,
      wholeWord: false,
      matchCount: 0,
      activeIndex: -1,
      active: null,
      fieldMatches: [],
      reveal: 0,
    };
  },

  onTransaction() {
    const find = findReplaceKey.getState(this.editor.state) ?? idleState;
    this.storage.query = find.query;
    this.storage.caseSensitive = find.caseSensitive;
    this.storage.wholeWord = find.wholeWord;
    this.storage.matchCount = find.matches.length;
    this.storage.activeIndex = find.activeIndex;
    this.storage.active = find.matches[find.activeIndex] ?? null;
    this.storage.fieldMatches = fieldMatchesOf(find);
    this.storage.reveal = find.reveal;
  },

  addCommands() {
    return {
      setFindQuery:
        (query, options = {}, from) =>
        ({ state, tr, dispatch }) => {
          const find = getFindState(state);
          if (dispatch) {
            tr.setMeta(findReplaceKey, {
              kind: 'query',
              query,
              from: from ?? null,
              caseSensitive: options.caseSensitive ?? find.caseSensitive,
              wholeWord: options.wholeWord ?? find.wholeWord,
            } satisfies FindMeta);
          }
          return true;
        },
      setFindFields:
        (fields, activeFrom) =>
        ({ tr, dispatch }) => {
          if (dispatch) {
            tr.setMeta(findReplaceKey, {
              kind: 'fields',
              fields: { headline: fields.headline, lede: fields.lede },
              activeFrom: activeFrom ?? null,
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
          if (!match || !isDocumentMatch(match) || tr.docChanged) return false;
          if (dispatch) {
            closeHistory(tr);
            replaceDocumentMatches(tr, [match], text);
            // On from the end of the new text, so a replacement that itself matches
            // (кластер → КЛАСТЕР, ignoring case) is not offered again.
            const activeFrom: ArticlePlace = { ...match, from: match.from + text.length };
            const remaining = [
              ...fieldMatchesOf(find),
              ...findDocumentMatches(tr.doc, findPattern(find.query, find)),
            ];
            const next = remaining[firstMatchFrom(remaining, activeFrom)];
            if (next) selectMatch(tr, next);
            tr.setMeta(findReplaceKey, {
              kind: 'replaced',
              activeFrom,
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
          const inBody = documentMatchesOf(find);
          if (inBody.length === 0 || tr.docChanged) return false;
          if (dispatch) {
            // Never merged with typing just before it: one "Replace all", one undo.
            closeHistory(tr);
            replaceDocumentMatches(tr, inBody, text);
            tr.setMeta(findReplaceKey, {
              kind: 'replaced',
              activeFrom: { field: 'body', from: tr.selection.from },
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
        view: (view) => {
          paintFigureMatches(view, [], -1);
          return {
            update: (current, previousState) => {
              const find = getFindState(current.state);
              paintFigureMatches(current, find.matches, find.activeIndex);
              if (find.reveal !== getFindState(previousState).reveal) {
                revealActiveMatch(current, find.matches[find.activeIndex]);
              }
            },
            destroy: () => paintFigureMatches(null, [], -1),
          };
        },
      }),
    ];
  },
});

function getFindState(state: EditorState): FindState {
  return findReplaceKey.getState(state) ?? idleState;
}

function isDocumentMatch(match: ArticleMatch): match is DocumentMatch {
  return match.field !== 'headline' && match.field !== 'lede';
}

function fieldMatchesOf(find: FindState): readonly ArticleMatch[] {
  return find.matches.slice(0, find.fieldCount);
}

function documentMatchesOf(find: FindState): DocumentMatch[] {
  return find.matches.slice(find.fieldCount).filter(isDocumentMatch);
}

function applyFind(tr: Transaction, previous: FindState, newState: EditorState): FindState {
  const meta = tr.getMeta(findReplaceKey) as FindMeta | undefined;
  switch (meta?.kind) {
    case 'clear':
      // The options stay for the next search, as the checkboxes were left.
      return {
        ...idleState,
        caseSensitive: previous.caseSensitive,
        wholeWord: previous.wholeWord,
        fields: previous.fields,
      };
    case 'query': {
      const options = { caseSensitive: meta.caseSensitive, wholeWord: meta.wholeWord };
      const next = { ...previous, ...options, query: meta.query };
      const pattern = findPattern(meta.query, options);
      const fieldMatches = findFieldMatches(previous.fields, pattern);
      const matches = [...fieldMatches, ...findDocumentMatches(tr.doc, pattern)];
      const from = meta.from ?? { field: 'body', from: newState.selection.from };
      return withMatches(tr.doc, next, matches, fieldMatches.length, {
        activeIndex: firstMatchFrom(matches, from),
        reveal: true,
      });
    }
    case 'fields': {
      if (tr.docChanged) break;
      const { fields, activeFrom } = meta;
      const isSame =
        fields.headline === previous.fields.headline && fields.lede === previous.fields.lede;
      if (isSame && !activeFrom) return previous;
      if (previous.query === '') return { ...previous, fields };
      const fieldMatches = findFieldMatches(fields, findPattern(previous.query, previous));
      const matches = [...fieldMatches, ...previous.matches.slice(previous.fieldCount)];
      // The active match stays the one at (or after) where it was.
      const from = activeFrom ?? previous.matches[previous.activeIndex];
      const activeIndex = from ? firstMatchFrom(matches, from) : -1;
      return withMatches(tr.doc, { ...previous, fields }, matches, fieldMatches.length, {
        activeIndex,
        reveal: activeFrom !== null,
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
    const matches = [
      ...fieldMatchesOf(previous),
      ...findDocumentMatches(tr.doc, findPattern(previous.query, previous)),
    ];
    return withMatches(tr.doc, previous, matches, previous.fieldCount, {
      activeIndex: firstMatchFrom(matches, meta.activeFrom),
      reveal: meta.reveal,
    });
  }
  return afterEdit(tr, previous);
}

/**
 * The matches after an edit of the body, searching again only the text blocks and figures
 * the edit touched and mapping everything else: typing in a long article with the panel open
 * stays cheap.
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
  if (previousActive && isDocumentMatch(previousActive)) {
    const [from, to] =
      previousActive.field === 'body'
        ? [previousActive.from, previousActive.to]
        : [previousActive.figure, previousActive.figure + 1];
    touched.push({ from: mapping.map(from, -1), to: mapping.map(to, 1) });
  }
  const blocks = touchedBlocks(doc, touched);
  const isTouched = (pos: number): boolean => {
    const block = blocks[firstBlockEndingAfter(blocks, pos)];
    return block !== undefined && block.from <= pos;
  };

  const kept: DocumentMatch[] = [];
  for (const match of documentMatchesOf(previous)) {
    if (match.field === 'body') {
      const from = mapping.mapResult(match.from, 1);
      const to = mapping.mapResult(match.to, -1);
      if (from.deleted || to.deleted || to.pos <= from.pos || isTouched(from.pos)) continue;
      kept.push({ field: 'body', from: from.pos, to: to.pos });
    } else {
      const figure = mapping.mapResult(match.figure, 1);
      if (figure.deleted || isTouched(figure.pos)) continue;
      kept.push({ ...match, figure: figure.pos });
    }
  }
  const pattern = findPattern(previous.query, previous);
  const fresh = blocks.flatMap((block) => findDocumentMatches(doc, pattern, block));
  const inBody = [...kept, ...fresh].sort((a, b) => documentKey(a) - documentKey(b));
  const matches = [...fieldMatchesOf(previous), ...inBody];
  // The active match stays the one at (or after) where it was.
  let activeIndex = previous.activeIndex;
  if (previousActive && isDocumentMatch(previousActive)) {
    const anchor =
      previousActive.field === 'body'
        ? { field: 'body' as const, from: mapping.map(previousActive.from, -1) }
        : { ...previousActive, figure: mapping.map(previousActive.figure, -1) };
    activeIndex = firstMatchFrom(matches, anchor);
  } else if (activeIndex >= matches.length) {
    activeIndex = matches.length > 0 ? 0 : -1;
  }
  const active = matches[activeIndex];

  let decorations = previous.decorations.map(mapping, doc);
  for (const block of blocks)
    decorations = decorations.remove(decorations.find(block.from, block.to));
  decorations = decorations.add(
    doc,
    fresh.flatMap((match) =>
      match.field === 'body' ? [matchDecoration(match, match === active)] : [],
    ),
  );
  if (active && active.field === 'body' && !fresh.includes(active)) {
    decorations = setActive(decorations, doc, active, true);
  }
  return { ...previous, matches, activeIndex, decorations };
}

/**
 * Where a body match sits for sorting: its text position, or its figure's. A figure's own
 * matches share the key and keep their order (caption before credit) in a stable sort.
 */
function documentKey(match: DocumentMatch): number {
  return match.field === 'body' ? match.from : match.figure;
}

/** The text blocks and figures overlapping `ranges`, each once, in document order. */
function touchedBlocks(
  doc: ProseMirrorNode,
  ranges: readonly { from: number; to: number }[],
): { from: number; to: number }[] {
  const blocks = new Map<number, number>();
  for (const range of ranges) {
    const from = Math.max(0, Math.min(range.from, doc.content.size));
    const to = Math.max(from, Math.min(range.to, doc.content.size));
    doc.nodesBetween(from, to, (node, pos) => {
      if (isSearchedBlock(node)) blocks.set(pos, pos + node.nodeSize);
      return !isSearchedBlock(node);
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
  matches: readonly ArticleMatch[],
  fieldCount: number,
  { activeIndex, reveal }: { activeIndex: number; reveal: boolean },
): FindState {
  const decorations = DecorationSet.create(
    doc,
    matches.flatMap((match, index) =>
      match.field === 'body' ? [matchDecoration(match, index === activeIndex)] : [],
    ),
  );
  return {
    ...base,
    matches,
    fieldCount,
    activeIndex,
    decorations,
    reveal: reveal ? base.reveal + 1 : base.reveal,
  };
}

function matchDecoration(match: { from: number; to: number }, active: boolean): Decoration {
  return Decoration.inline(
    match.from,
    match.to,
    { class: active ? 'find-match active' : 'find-match' },
    { findMatch: true, active },
  );
}

/** The set with the active highlight moved: at most two decorations out, two in. */
function swapActive(doc: ProseMirrorNode, find: FindState, nextIndex: number): DecorationSet {
  let decorations = find.decorations;
  const current = find.matches[find.activeIndex];
  const next = find.matches[nextIndex];
  if (current?.field === 'body') decorations = setActive(decorations, doc, current, false);
  if (next?.field === 'body') decorations = setActive(decorations, doc, next, true);
  return decorations;
}

function setActive(
  decorations: DecorationSet,
  doc: ProseMirrorNode,
  match: { from: number; to: number },
  active: boolean,
): DecorationSet {
  // `find` also returns neighbours that only touch the range ("aa" in "aaaa").
  const current = decorations
    .find(match.from, match.to)
    .filter((decoration) => decoration.from === match.from && decoration.to === match.to);
  return decorations.remove(current).add(doc, [matchDecoration(match, active)]);
}

/** Selects a body match: its text, or its figure as a whole for a caption or credit. */
function selectMatch(tr: Transaction, match: ArticleMatch): void {
  if (match.field === 'body') {
    tr.setSelection(TextSelection.create(tr.doc, match.from, match.to));
  } else if (match.field === 'caption' || match.field === 'credit') {
    tr.setSelection(NodeSelection.create(tr.doc, match.figure));
  }
}

function moveActive(state: EditorState, tr: Transaction, dispatch: unknown, step: 1 | -1): boolean {
  const find = getFindState(state);
  const count = find.matches.length;
  if (count === 0 || tr.docChanged) return false;
  const index =
    find.activeIndex < 0
      ? firstMatchFrom(find.matches, { field: 'body', from: state.selection.to })
      : (find.activeIndex + step + count) % count;
  const match = find.matches[index];
  if (!match) return false;
  if (dispatch) {
    selectMatch(tr, match);
    tr.setMeta(findReplaceKey, { kind: 'active', index } satisfies FindMeta);
  }
  return true;
}

/**
 * Scrolls the active match in the body into view. The editor usually does not have focus
 * while the find panel does, and moving its selection alone would not bring the match on
 * screen. Matches in the headline and lede are brought into view by their fields.
 */
function revealActiveMatch(view: EditorView, active: ArticleMatch | undefined): void {
  if (active?.field === 'body') {
    view.dom.querySelector('.find-match.active')?.scrollIntoView({
      block: 'nearest',
      inline: 'nearest',
    });
  } else if (active?.field === 'caption' || active?.field === 'credit') {
    const figure = view.nodeDOM(active.figure);
    if (figure instanceof HTMLElement) {
      (figure.querySelector('figcaption') ?? figure).scrollIntoView({ block: 'nearest' });
    }
  }
}
