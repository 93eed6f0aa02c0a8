import { history, undo } from '@tiptap/pm/history';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { getDocumentSchema } from '../editor/documentSchema';
import type { TiptapNode } from '../editor/tiptapJson';
import { applyTypographyToDocument } from './applyTypographyToDocument';
import { createTypographyTransaction } from './createTypographyTransaction';

const source: TiptapNode = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Он сказал: "Это ' },
        { type: 'text', text: 'важно', marks: [{ type: 'bold' }] },
        { type: 'text', text: '" - и ушёл. Читайте "' },
        {
          type: 'text',
          text: 'отчёт...',
          marks: [{ type: 'link', attrs: { href: 'https://example.com/a--b' } }],
        },
        { type: 'text', text: '" в сети...' },
      ],
    },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Итоги "года"' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Конец.' }] },
  ],
};

function createState(): EditorState {
  const schema = getDocumentSchema();
  return EditorState.create({ schema, doc: schema.nodeFromJSON(source), plugins: [history()] });
}

describe('createTypographyTransaction', () => {
  it('typesets the document in one transaction, like the JSON version', () => {
    const state = createState();
    const tr = createTypographyTransaction(state, 'ru');
    expect(tr).not.toBeNull();
    const expected = getDocumentSchema().nodeFromJSON(applyTypographyToDocument(source, 'ru'));
    expect(tr?.doc.toJSON()).toEqual(expected.toJSON());
    expect(tr?.doc.eq(expected)).toBe(true);
  });

  it('returns null when there is nothing to change', () => {
    const state = createState();
    const tr = createTypographyTransaction(state, 'ru');
    if (!tr) throw new Error('expected changes');
    expect(createTypographyTransaction(state.apply(tr), 'ru')).toBeNull();
  });

  it('replaces only changed characters, so the cursor keeps its place in the text', () => {
    let state = createState();
    // The cursor right before «Конец», in the last paragraph.
    const cursor = state.doc.content.size - 'Конец.'.length - 1;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, cursor)));
    const tr = createTypographyTransaction(state, 'ru');
    if (!tr) throw new Error('expected changes');
    const next = state.apply(tr);
    expect(next.doc.textBetween(next.selection.from, next.doc.content.size)).toBe('Конец.');
    // Small steps, not a replaced document.
    for (const step of tr.steps) {
      step.getMap().forEach((oldStart, oldEnd) => expect(oldEnd - oldStart).toBeLessThan(5));
    }
  });

  it('is one undo step, apart from the typing just before it', () => {
    let state = createState();
    const dispatch = (tr: Transaction) => {
      state = state.apply(tr);
    };
    dispatch(state.tr.insertText('!', state.doc.content.size - 1));
    const typed = state.doc;
    const tr = createTypographyTransaction(state, 'ru');
    if (!tr) throw new Error('expected changes');
    dispatch(tr);
    expect(state.doc.eq(typed)).toBe(false);
    expect(undo(state, dispatch)).toBe(true);
    expect(state.doc.eq(typed)).toBe(true);
  });
});
