import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { getDocumentSchema } from '../../shared/editor/documentSchema';
import { blockquote, paragraph, text } from '../../test/support/tiptapNodes';
import {
  emptySpellingState,
  mapSpellingState,
  readSpellingSlice,
  type SpellingState,
} from './spellingState';

/** Words the fake checker calls misspelled; with `answered`, only those words have answers. */
function checker(misspelled: readonly string[], answered?: Set<string>) {
  const bad = new Set(misspelled);
  return {
    isMisspelled: (word: string): boolean | undefined =>
      answered && !answered.has(word) ? undefined : bad.has(word),
  };
}

/** Sixty paragraphs (some in quotes), every third holding a misspelling. */
function longBody(): EditorState {
  const blocks = Array.from({ length: 60 }, (_, index) => {
    const words = `Абзац номер ${index} о бюджете ${index % 3 === 0 ? 'ашибка' : 'региона'} и транспорте.`;
    return index % 7 === 0 ? blockquote(paragraph(text(words))) : paragraph(text(words));
  });
  const doc = getDocumentSchema().nodeFromJSON({ type: 'doc', content: blocks });
  return EditorState.create({ doc });
}

/** The underlined words with their places. */
function underlines(state: SpellingState, doc: ProseMirrorNode): string[] {
  return state.decorations
    .find()
    .map(
      (decoration) =>
        `${decoration.from}-${decoration.to}:${doc.textBetween(decoration.from, decoration.to)}`,
    )
    .sort();
}

/** Reads everything queued, a slice at a time, calling `between` after each slice. */
function readAll(
  start: SpellingState,
  docOf: () => ProseMirrorNode,
  cache: ReturnType<typeof checker>,
  first: { whole: boolean; withPending: boolean },
  between: (state: SpellingState, slice: number) => SpellingState = (state) => state,
): { state: SpellingState; slices: number } {
  let state = start;
  let look = first;
  let slices = 0;
  for (;;) {
    const next = readSpellingSlice(state, docOf(), cache, { ...look, maxCharacters: 120 });
    if (!next) return { state, slices };
    slices += 1;
    state = between(next, slices);
    look = { whole: false, withPending: false };
    if (slices > 1000) throw new Error('the queue never empties');
  }
}

describe('readSpellingSlice', () => {
  it('underlines a long body in slices exactly as it would in one read', () => {
    const editor = longBody();
    const cache = checker(['ашибка']);
    const whole = readSpellingSlice(emptySpellingState, editor.doc, cache, {
      whole: true,
      withPending: false,
      maxCharacters: Number.POSITIVE_INFINITY,
    });
    const sliced = readAll(emptySpellingState, () => editor.doc, cache, {
      whole: true,
      withPending: false,
    });
    if (!whole) throw new Error('nothing read');
    expect(sliced.slices).toBeGreaterThan(10);
    expect(underlines(whole, editor.doc)).toHaveLength(20);
    expect(underlines(sliced.state, editor.doc)).toEqual(underlines(whole, editor.doc));
    expect(sliced.state.queued).toEqual([]);
  });

  it('keeps what is typed between slices, before and after the part already read', () => {
    let editor = longBody();
    const cache = checker(['ашибка', 'апечатка']);
    const { state } = readAll(
      emptySpellingState,
      () => editor.doc,
      cache,
      { whole: true, withPending: false },
      (sliced, slice) => {
        if (slice !== 3) return sliced;
        // Typed at the end of the last paragraph (not read yet), then of the first (read).
        const firstEnd = 2 + editor.doc.firstChild!.firstChild!.content.size;
        const tr = editor.tr
          .insertText(' апечатка', editor.doc.content.size - 1)
          .insertText(' апечатка', firstEnd);
        editor = editor.apply(tr);
        return mapSpellingState(sliced, tr);
      },
    );
    const fresh = readSpellingSlice(emptySpellingState, editor.doc, cache, {
      whole: true,
      withPending: false,
      maxCharacters: Number.POSITIVE_INFINITY,
    });
    if (!fresh) throw new Error('nothing read');
    expect(editor.doc.textContent.split('апечатка')).toHaveLength(3);
    expect(underlines(state, editor.doc)).toEqual(underlines(fresh, editor.doc));
    expect(underlines(state, editor.doc).filter((line) => line.endsWith(':апечатка'))).toHaveLength(
      2,
    );
  });

  it('reads the blocks that held unanswered words again when answers arrive', () => {
    const editor = longBody();
    const answered = new Set<string>();
    const cache = checker(['ашибка'], answered);
    const first = readAll(emptySpellingState, () => editor.doc, cache, {
      whole: true,
      withPending: false,
    });
    expect(underlines(first.state, editor.doc)).toEqual([]);
    expect(first.state.pending).not.toEqual([]);
    for (const word of editor.doc.textContent.split(/[^\p{L}]+/u)) answered.add(word);
    const second = readAll(first.state, () => editor.doc, cache, {
      whole: false,
      withPending: true,
    });
    expect(second.slices).toBeGreaterThan(10);
    expect(underlines(second.state, editor.doc)).toHaveLength(20);
    expect(second.state.pending).toEqual([]);
  });
});

describe('mapSpellingState', () => {
  it('takes off the underline of a word typed beside until the next look puts it back', () => {
    let editor = longBody();
    const cache = checker(['ашибка']);
    const look = { whole: true, withPending: false, maxCharacters: Number.POSITIVE_INFINITY };
    const read = readSpellingSlice(emptySpellingState, editor.doc, cache, look);
    if (!read) throw new Error('nothing read');
    const [first] = read.decorations.find();
    if (!first) throw new Error('nothing underlined');
    const tr = editor.tr.insertText(' ', first.to);
    editor = editor.apply(tr);
    const typed = mapSpellingState(read, tr);
    expect(underlines(typed, editor.doc)).toHaveLength(19);
    const again = readSpellingSlice(typed, editor.doc, cache, { ...look, whole: false });
    if (!again) throw new Error('nothing read again');
    expect(underlines(again, editor.doc)).toHaveLength(20);
  });
});
