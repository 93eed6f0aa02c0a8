import { EditorState, NodeSelection, TextSelection, AllSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { getDocumentSchema } from '../../shared/editor/documentSchema';
import { createSampleDocument } from '../../shared/editor/sampleDocument';
import { caretBlockClass, caretBlockDecorations } from './caretBlock';

const schema = getDocumentSchema();
const doc = schema.nodeFromJSON(createSampleDocument());

/** The top-level block that holds `pos`, as [from, to]: the last one for the document's end. */
function blockAround(pos: number): [number, number] {
  let from = 0;
  for (let index = 0; index < doc.childCount; index += 1) {
    const to = from + doc.child(index).nodeSize;
    if (pos < to || index === doc.childCount - 1) return [from, to];
    from = to;
  }
  throw new Error('an empty document');
}

describe('caretBlockDecorations', () => {
  it('marks exactly the top-level block that holds the head, at every position', () => {
    for (let pos = 0; pos <= doc.content.size; pos += 1) {
      const state = EditorState.create({ doc, selection: TextSelection.near(doc.resolve(pos)) });
      // Near a selectable leaf (a rule) the selection is that node, its head just after it.
      const { selection } = state;
      const at = selection instanceof NodeSelection ? selection.from : selection.head;
      const found = caretBlockDecorations(state).find();
      expect(found).toHaveLength(1);
      expect([found[0]!.from, found[0]!.to], `at ${at}`).toEqual(blockAround(at));
      expect((found[0] as unknown as { type: { attrs: { class: string } } }).type.attrs.class).toBe(
        caretBlockClass,
      );
    }
  });

  it('marks a selected top-level node and the last block under a whole-document selection', () => {
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
      const [mark] = caretBlockDecorations(state).find();
      expect(mark?.from).toBe(figureAt);
    }
    const all = EditorState.create({ doc, selection: new AllSelection(doc) });
    const [mark] = caretBlockDecorations(all).find();
    expect(mark?.to).toBe(doc.content.size);
  });
});
