import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { getDocumentSchema } from '../editor/documentSchema';
import type { TiptapNode } from '../editor/tiptapJson';
import { findDocumentMatches } from './findDocumentMatches';
import { findPattern, type FindOptions } from './findInText';
import { replaceDocumentMatches } from './replaceDocumentMatches';

function stateOf(...content: TiptapNode[]): EditorState {
  const schema = getDocumentSchema();
  return EditorState.create({ schema, doc: schema.nodeFromJSON({ type: 'doc', content }) });
}

/** Finds `query` and replaces every match in one transaction, as "Replace all" does. */
function replaceAll(
  state: EditorState,
  query: string,
  replacement: string,
  options: FindOptions = { caseSensitive: false, wholeWord: true },
): { json: TiptapNode; steps: number } {
  const tr = replaceDocumentMatches(
    state.tr,
    findDocumentMatches(state.doc, findPattern(query, options)),
    replacement,
  );
  return { json: state.apply(tr).doc.toJSON() as TiptapNode, steps: tr.steps.length };
}

describe('replaceDocumentMatches', () => {
  it('replaces every whole-word match, in one transaction', () => {
    const state = stateOf(
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'Кластер и кластера, а кластер — это кластер.' }],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'Второй кластер.' }] },
    );
    const { json, steps } = replaceAll(state, 'кластер', 'КЛАСТЕР');
    expect(json.content?.map((block) => block.content?.[0]?.text)).toEqual([
      'КЛАСТЕР и кластера, а КЛАСТЕР — это КЛАСТЕР.',
      'Второй КЛАСТЕР.',
    ]);
    expect(steps).toBe(4);
  });

  it('gives the new text the marks of the first character replaced', () => {
    const state = stateOf({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Мос', marks: [{ type: 'bold' }] },
        { type: 'text', text: 'ква', marks: [{ type: 'italic' }] },
        { type: 'text', text: ' и ' },
        {
          type: 'text',
          text: 'Москва',
          marks: [{ type: 'link', attrs: { href: 'https://example.com/' } }],
        },
        { type: 'text', text: ' и м' },
        { type: 'text', text: 'осква', marks: [{ type: 'bold' }] },
      ],
    });
    const { json } = replaceAll(state, 'москва', 'Петербург');
    const paragraph = json.content?.[0];
    expect(
      paragraph?.content?.map(({ text, marks }) => ({
        text,
        marks: marks?.map((mark) => mark.type) ?? [],
      })),
    ).toEqual([
      { text: 'Петербург', marks: ['bold'] },
      { text: ' и ', marks: [] },
      { text: 'Петербург', marks: ['link'] },
      { text: ' и Петербург', marks: [] },
    ]);
    expect(paragraph?.content?.[2]?.marks?.[0]?.attrs?.['href']).toBe('https://example.com/');
  });

  it('deletes matches when the replacement is empty and leaves other blocks alone', () => {
    const state = stateOf(
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'a.b a.b' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'a.b' },
          { type: 'hardBreak' },
          { type: 'text', text: 'axb' },
        ],
      },
    );
    const { json } = replaceAll(state, 'a.b', '', { caseSensitive: true, wholeWord: false });
    expect(json).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: ' ' }] },
        { type: 'paragraph', content: [{ type: 'hardBreak' }, { type: 'text', text: 'axb' }] },
      ],
    });
  });

  it('changes nothing when there are no matches', () => {
    const state = stateOf({ type: 'paragraph', content: [{ type: 'text', text: 'текст' }] });
    const tr = replaceDocumentMatches(state.tr, [], 'x');
    expect(tr.docChanged).toBe(false);
  });

  it('rewrites captions and credits in the figures, body text around them too', () => {
    const imageId = 'b'.repeat(64);
    const state = stateOf(
      { type: 'paragraph', content: [{ type: 'text', text: 'Мост и мост.' }] },
      { type: 'figure', attrs: { imageId, alt: 'мост', caption: 'Мост, мост', credit: 'Мост' } },
      { type: 'figure', attrs: { imageId, alt: '', caption: 'Река', credit: 'мост' } },
      { type: 'paragraph', content: [{ type: 'text', text: 'Мост' }] },
    );
    const { json, steps } = replaceAll(state, 'мост', 'тоннель');
    expect(json.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'тоннель и тоннель.' }] },
      {
        type: 'figure',
        // The alternative text is for screen readers, not part of the searched text.
        attrs: { imageId, alt: 'мост', caption: 'тоннель, тоннель', credit: 'тоннель' },
      },
      { type: 'figure', attrs: { imageId, alt: '', caption: 'Река', credit: 'тоннель' } },
      { type: 'paragraph', content: [{ type: 'text', text: 'тоннель' }] },
    ]);
    // One step per body match and one per figure.
    expect(steps).toBe(5);
  });
});
