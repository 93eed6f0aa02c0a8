import { describe, expect, it } from 'vitest';
import type { TiptapNode } from '../editor/tiptapJson';
import { applyBodyChange } from './applyBodyChange';

const paragraph = (text: string): TiptapNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
});
const stored: TiptapNode = {
  type: 'doc',
  content: [paragraph('a'), paragraph('b'), paragraph('c')],
};

describe('applyBodyChange', () => {
  it('replaces, inserts and deletes blocks at the change', () => {
    expect(
      applyBodyChange(stored, { baseCount: 3, start: 1, deleteCount: 1, blocks: [paragraph('B')] }),
    ).toEqual({ type: 'doc', content: [paragraph('a'), paragraph('B'), paragraph('c')] });
    expect(
      applyBodyChange(stored, { baseCount: 3, start: 3, deleteCount: 0, blocks: [paragraph('d')] })
        ?.content,
    ).toEqual([paragraph('a'), paragraph('b'), paragraph('c'), paragraph('d')]);
    expect(
      applyBodyChange(stored, { baseCount: 3, start: 0, deleteCount: 2, blocks: [] })?.content,
    ).toEqual([paragraph('c')]);
  });

  it('refuses a change made on a body of another length, or reaching past its end', () => {
    expect(applyBodyChange(stored, { baseCount: 4, start: 0, deleteCount: 1, blocks: [] })).toBe(
      null,
    );
    expect(applyBodyChange(stored, { baseCount: 3, start: 2, deleteCount: 2, blocks: [] })).toBe(
      null,
    );
  });
});
