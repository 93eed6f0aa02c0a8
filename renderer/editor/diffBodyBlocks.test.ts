import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { applyBodyChange } from '../../shared/article/applyBodyChange';
import { getDocumentSchema } from '../../shared/editor/documentSchema';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import { paragraph, text } from '../../test/support/tiptapNodes';
import { bodyJson } from './bodyJson';
import { bodyJsonText } from './bodyJsonText';
import { diffBodyBlocks, topBlocks } from './diffBodyBlocks';
import { blockDigest, bodyDigest } from '../../shared/article/bodyDigest';

function doc(...content: TiptapNode[]): ProseMirrorNode {
  return getDocumentSchema().nodeFromJSON({ type: 'doc', content });
}

const saved = doc(
  paragraph(text('Первый абзац.')),
  { type: 'heading', attrs: { level: 2 }, content: [text('Подзаголовок')] },
  paragraph(text('Второй абзац.')),
  paragraph(text('Третий абзац.')),
);

/** The document after typing `inserted` at `pos`, as the editor would make it. */
function typed(before: ProseMirrorNode, pos: number, inserted: string): ProseMirrorNode {
  const state = EditorState.create({ doc: before });
  return state.apply(state.tr.insertText(inserted, pos)).doc;
}

describe('diffBodyBlocks', () => {
  it('counts a change against the digest the server makes of the same body as it stores it', () => {
    const after = typed(saved, 3, 'новое ');
    const stored = JSON.parse(JSON.stringify(saved.toJSON())) as TiptapNode;
    const { baseDigest } = diffBodyBlocks(topBlocks(saved), after);
    expect(baseDigest).toBe(bodyDigest((stored.content ?? []).map(blockDigest)));
    // Another body of the same length is another base.
    expect(baseDigest).not.toBe(diffBodyBlocks(topBlocks(after), after).baseDigest);
  });

  it('sends only the block typed into, and the server rebuilds the body from it', () => {
    // Inside the third paragraph: after the first two blocks' content and their bounds.
    const pos = saved.child(0).nodeSize + saved.child(1).nodeSize + 3;
    const after = typed(saved, pos, 'новое ');
    const change = diffBodyBlocks(topBlocks(saved), after);
    expect(change).toMatchObject({ baseCount: 4, start: 2, deleteCount: 1 });
    expect(change.blocks).toEqual([after.child(2).toJSON()]);
    expect(applyBodyChange(saved.toJSON() as TiptapNode, change)).toEqual(after.toJSON());
  });

  it('finds blocks split, joined and deleted between unchanged ones', () => {
    const state = EditorState.create({ doc: saved });
    const inSecondParagraph = saved.child(0).nodeSize + saved.child(1).nodeSize + 4;
    const split = state.apply(state.tr.split(inSecondParagraph)).doc;
    const splitChange = diffBodyBlocks(topBlocks(saved), split);
    expect(splitChange).toMatchObject({ start: 2, deleteCount: 1 });
    expect(splitChange.blocks).toHaveLength(2);
    expect(applyBodyChange(saved.toJSON() as TiptapNode, splitChange)).toEqual(split.toJSON());

    const second = saved.child(0).nodeSize;
    const deleted = state.apply(state.tr.delete(second, second + saved.child(1).nodeSize)).doc;
    const deleteChange = diffBodyBlocks(topBlocks(saved), deleted);
    expect(deleteChange).toMatchObject({ start: 1, deleteCount: 1, blocks: [] });
    expect(applyBodyChange(saved.toJSON() as TiptapNode, deleteChange)).toEqual(deleted.toJSON());
  });

  it('sends nothing for a document that shares every block', () => {
    expect(diffBodyBlocks(topBlocks(saved), saved)).toMatchObject({
      baseCount: 4,
      start: 4,
      deleteCount: 0,
      blocks: [],
    });
  });
});

describe('bodyJsonText', () => {
  it('is the body JSON, before and after an edit reuses most of its blocks', () => {
    expect(JSON.parse(bodyJsonText(saved))).toEqual(bodyJson(saved));
    const after = typed(saved, 3, 'Очень ');
    expect(JSON.parse(bodyJsonText(after))).toEqual(after.toJSON());
  });
});
