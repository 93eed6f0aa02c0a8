import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { getDocumentSchema } from '../../shared/editor/documentSchema';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import { paragraph, text } from '../../test/support/tiptapNodes';
import { anchorChanges } from './anchorChanges';
import { diffBodyBlocks, topBlocks } from './diffBodyBlocks';

function doc(...content: TiptapNode[]): ProseMirrorNode {
  return getDocumentSchema().nodeFromJSON({ type: 'doc', content });
}

const quote = { type: 'quoteAnchor', attrs: { id: '01JQUOTE00000000000000000A' } };
const comment = { type: 'commentAnchor', attrs: { id: '01JCOMMENT000000000000000A' } };

const saved = doc(
  paragraph(text('Министр сказал: '), text('«Бюджет принят»', quote), text('.')),
  paragraph(text('Обычный абзац.')),
  paragraph(text('Спорное '), text('место', comment), text(' здесь.')),
);

function positionOf(body: ProseMirrorNode, needle: string): number {
  let found = -1;
  body.descendants((node, position) => {
    if (found < 0 && node.isText && node.text?.includes(needle)) {
      found = position + (node.text.indexOf(needle) ?? 0);
    }
    return found < 0;
  });
  return found;
}

function changesAfter(edit: (state: EditorState) => EditorState): ReturnType<typeof anchorChanges> {
  const after = edit(EditorState.create({ doc: saved })).doc;
  const base = topBlocks(saved);
  return anchorChanges(base, after, diffBodyBlocks(base, after));
}

describe('anchorChanges', () => {
  it('finds no anchor when the edited block carries none', () => {
    const changes = changesAfter((state) =>
      state.apply(state.tr.insertText('новое ', positionOf(saved, 'Обычный'))),
    );
    expect(changes).toEqual({ quotes: false, comments: false });
  });

  it('finds a quotation anchor in the block typed into', () => {
    const changes = changesAfter((state) =>
      state.apply(state.tr.insertText('вчера ', positionOf(saved, 'сказал'))),
    );
    expect(changes).toEqual({ quotes: true, comments: false });
  });

  it('finds an anchor the edit took away: the block before the change carried it', () => {
    const from = positionOf(saved, 'Спорное');
    const to = positionOf(saved, ' здесь');
    const changes = changesAfter((state) => state.apply(state.tr.delete(from, to)));
    expect(changes).toEqual({ quotes: false, comments: true });
  });

  it('finds an anchor the edit put on words', () => {
    const from = positionOf(saved, 'Обычный');
    const mark = getDocumentSchema().marks['commentAnchor']!.create(comment.attrs);
    const changes = changesAfter((state) => state.apply(state.tr.addMark(from, from + 7, mark)));
    expect(changes).toEqual({ quotes: false, comments: true });
  });
});
