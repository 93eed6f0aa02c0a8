import { EditorState, NodeSelection, TextSelection, AllSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { getDocumentSchema } from '../../shared/editor/documentSchema';
import { createSampleDocument } from '../../shared/editor/sampleDocument';
import { caretBlockStart } from './caretBlock';

const schema = getDocumentSchema();
const doc = schema.nodeFromJSON(createSampleDocument());

/** Where the top-level block that holds `pos` starts: the last one for the document's end. */
function blockStartAround(pos: number): number {
  let from = 0;
  for (let index = 0; index < doc.childCount; index += 1) {
    const to = from + doc.child(index).nodeSize;
    if (pos < to || index === doc.childCount - 1) return from;
    from = to;
  }
  throw new Error('an empty document');
}

describe('caretBlockStart', () => {
  it('finds exactly the top-level block that holds the head, at every position', () => {
    for (let pos = 0; pos <= doc.content.size; pos += 1) {
      const state = EditorState.create({ doc, selection: TextSelection.near(doc.resolve(pos)) });
      // Near a selectable leaf (a rule) the selection is that node, its head just after it.
      const { selection } = state;
      const at = selection instanceof NodeSelection ? selection.from : selection.head;
      expect(caretBlockStart(state), `at ${at}`).toBe(blockStartAround(at));
    }
  });

  it('finds a selected top-level node and the last block under a whole-document selection', () => {
    const figureAt = (() => {
      let pos = 0;
      for (let index = 0; index < doc.childCount; index += 1) {
        if (doc.child(index).isAtom) return pos;
        pos += doc.child(index).nodeSize;
      }
      return -1;
    })();
    if (figureAt >= 0) {
      const state = EditorState.create({ doc, selection: NodeSelection.create(doc, figureAt) });
      expect(caretBlockStart(state)).toBe(figureAt);
    }
    const all = EditorState.create({ doc, selection: new AllSelection(doc) });
    expect(caretBlockStart(all)).toBe(doc.content.size - doc.lastChild!.nodeSize);
  });
});
