import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { getDocumentSchema } from '../../shared/editor/documentSchema';
import { paragraph, text } from '../../test/support/tiptapNodes';
import { mapStaleRanges, mergeStaleRanges, staleRangesAfter } from './staleRanges';

function stateOf(...paragraphs: string[]): EditorState {
  const doc = getDocumentSchema().nodeFromJSON({
    type: 'doc',
    content: paragraphs.map((words) => paragraph(text(words))),
  });
  return EditorState.create({ doc });
}

describe('staleRangesAfter', () => {
  it('covers the typed text and nothing else', () => {
    const state = stateOf('Первый абзац.', 'Второй абзац.');
    const tr = state.tr.insertText('ошибка', 3);
    expect(staleRangesAfter([], tr)).toEqual([{ from: 3, to: 9 }]);
  });

  it('moves earlier ranges along and merges the ones that touch', () => {
    const state = stateOf('Первый абзац.', 'Второй абзац.');
    const later = { from: 20, to: 25 };
    const typed = state.tr.insertText('ab', 3);
    const ranges = staleRangesAfter([later], typed);
    expect(ranges).toEqual([
      { from: 3, to: 5 },
      { from: 22, to: 27 },
    ]);
    const more = typed.doc.type.schema.text('c');
    const next = EditorState.create({ doc: typed.doc }).tr.insert(5, more);
    expect(staleRangesAfter(ranges, next)).toEqual([
      { from: 3, to: 6 },
      { from: 23, to: 28 },
    ]);
  });

  it('keeps a point where text was deleted, so the joined words are read again', () => {
    const state = stateOf('Первый абзац.', 'Второй абзац.');
    const tr = state.tr.delete(2, 20);
    expect(staleRangesAfter([{ from: 5, to: 10 }], tr)).toEqual([{ from: 2, to: 2 }]);
  });
});

describe('mapStaleRanges', () => {
  it('moves ranges along without adding the edit', () => {
    const state = stateOf('Первый абзац.', 'Второй абзац.');
    const tr = state.tr.insertText('ab', 3);
    expect(mapStaleRanges([{ from: 15, to: 29 }], tr)).toEqual([{ from: 17, to: 31 }]);
    expect(mapStaleRanges([], tr)).toEqual([]);
  });
});

describe('mergeStaleRanges', () => {
  it('sorts and joins overlapping or touching ranges', () => {
    expect(
      mergeStaleRanges([
        { from: 10, to: 12 },
        { from: 1, to: 3 },
        { from: 3, to: 5 },
        { from: 11, to: 15 },
      ]),
    ).toEqual([
      { from: 1, to: 5 },
      { from: 10, to: 15 },
    ]);
  });
});
