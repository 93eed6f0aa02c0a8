import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { getDocumentSchema } from '../../shared/editor/documentSchema';
import { blockquote, paragraph, text } from '../../test/support/tiptapNodes';
import { blockIndexedDecorations } from './blockIndexedDecorations';

/** Eighty blocks (some quotes holding two paragraphs), a word underlined in most of them. */
function sample() {
  const blocks = Array.from({ length: 80 }, (_, index) => {
    const words = paragraph(text(`Абзац ${index} о бюджете региона и транспорте.`));
    return index % 7 === 0 ? blockquote(words, paragraph(text('Ещё абзац.'))) : words;
  });
  const doc = getDocumentSchema().nodeFromJSON({ type: 'doc', content: blocks });
  const underlines: Decoration[] = [];
  doc.descendants((node, pos, _parent, index) => {
    if (node.isTextblock && index % 5 !== 3) {
      underlines.push(Decoration.inline(pos + 3, pos + 8, { class: 'spelling-error' }));
    }
    return !node.isTextblock;
  });
  return { doc, set: DecorationSet.create(doc, underlines) };
}

describe('blockIndexedDecorations', () => {
  it("gives each top-level block the very set prosemirror-view's own search gives", () => {
    const { doc, set } = sample();
    const indexed = blockIndexedDecorations(set);
    let withUnderlines = 0;
    doc.forEach((child, offset) => {
      const own = set.forChild(offset, child);
      expect(indexed.forChild(offset, child)).toBe(own);
      if (own !== DecorationSet.empty) withUnderlines += 1;
    });
    expect(withUnderlines).toBeGreaterThan(50);
    expect(withUnderlines).toBeLessThan(doc.childCount);
    expect(indexed.find()).toEqual(set.find());
  });

  it('is the same object for the same set, and leaves the empty set alone', () => {
    const { set } = sample();
    expect(blockIndexedDecorations(set)).toBe(blockIndexedDecorations(set));
    expect(blockIndexedDecorations(DecorationSet.empty)).toBe(DecorationSet.empty);
    expect(blockIndexedDecorations(set)).toBeInstanceOf(DecorationSet);
  });

  it('answers as the original when a decoration spans blocks', () => {
    const { doc, set } = sample();
    const spanning = set.add(doc, [
      Decoration.inline(3, doc.child(0).nodeSize + doc.child(1).nodeSize - 2, { class: 'x' }),
    ]);
    const indexed = blockIndexedDecorations(spanning);
    doc.forEach((child, offset) => {
      const own = spanning.forChild(offset, child);
      const ours = indexed.forChild(offset, child);
      expect(ours.constructor).toBe(own.constructor);
      const found = (source: typeof own) => {
        const all: Decoration[] = [];
        source.forEachSet((member) => all.push(...member.find()));
        return all.map((decoration) => `${decoration.from}-${decoration.to}`);
      };
      expect(found(ours)).toEqual(found(own));
    });
  });
});
