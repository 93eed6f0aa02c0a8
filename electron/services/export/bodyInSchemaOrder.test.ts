import { describe, expect, it } from 'vitest';
import { isNormalizedNode } from '../../../shared/editor/isNormalizedNode';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import { collectFigureImageIds } from '../../../shared/export/collectFigureImageIds';
import { bodyInSchemaOrder, vouchedBodyInSchemaOrder } from './bodyInSchemaOrder';

const imageA = 'a'.repeat(64);
const imageB = 'b'.repeat(64);

// Stored bodies as the library may hold them: in order, out of order (the importer writes
// `text` before `marks`), with figures, and a few the schema would strip or refuse.
const stored = [
  '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Да."}]}]}',
  '{"type":"doc","content":[{"type":"paragraph","content":[{"text":"Да.","marks":[{"type":"bold"}],"type":"text"}]}]}',
  '{"content":[{"content":[{"text":"Да.","type":"text"}],"type":"paragraph"}],"type":"doc"}',
  '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","marks":[{"attrs":{"href":"https://a.example/"},"type":"link"}],"text":"a"}]}]}',
  `{"type":"doc","content":[{"type":"figure","attrs":{"imageId":"${imageB}","alt":"x"}},{"type":"blockquote","content":[{"type":"figure","attrs":{"imageId":"${imageA}"}}]},{"type":"figure","attrs":{"imageId":"${imageB}"}}]}`,
  '{"type":"doc","content":[{"type":"figure","attrs":{"imageId":"not-an-id"}},{"type":"figure"}]}',
  '{"type":"doc","content":[{"type":"paragraph","attrs":{}}]}',
  '{"type":"doc","content":[{"type":""}]}',
  '{"type":"doc","content":[],"secret":"x"}',
  '{"type":"doc","content":{}}',
  '{"type":"doc","content":[{"type":"text","text":5}]}',
  '{"type":"doc","content":[{"type":"text","text":"a","marks":[{"type":"bold","x":1}]}]}',
  '{"type":"doc","content":[{"type":"text","text":"a","marks":[{"type":""}]}]}',
  '{"type":"doc","content":[{"type":"text","text":"a","marks":{}}]}',
  '{"type":"doc","attrs":[]}',
  '{"type":"doc","attrs":{"__proto__":{"a":1}}}',
  '[]',
  '"doc"',
  'null',
];

describe('vouchedBodyInSchemaOrder', () => {
  it('answers what isNormalizedNode, bodyInSchemaOrder and collectFigureImageIds do', () => {
    for (const json of stored) {
      const figureIds = new Set<string>();
      const vouched = vouchedBodyInSchemaOrder(JSON.parse(json), figureIds);
      const value: unknown = JSON.parse(json);
      if (!isNormalizedNode(value)) {
        expect(vouched, json).toBeUndefined();
        continue;
      }
      const ordered = bodyInSchemaOrder(value);
      expect(vouched, json).toBeDefined();
      // Key order too: the export hashes the body's JSON.
      expect(JSON.stringify(vouched), json).toBe(JSON.stringify(ordered));
      expect([...figureIds], json).toEqual(collectFigureImageIds(ordered));
    }
  });

  it('keeps a body already in order as it is, and copies only what is out of order', () => {
    const inOrder = JSON.parse(stored[0] ?? '') as TiptapNode;
    expect(vouchedBodyInSchemaOrder(inOrder, new Set())).toBe(inOrder);
    const mixed = JSON.parse(
      '{"type":"doc","content":[{"type":"paragraph"},{"text":"a","type":"text"}]}',
    ) as TiptapNode;
    const vouched = vouchedBodyInSchemaOrder(mixed, new Set());
    expect(vouched).not.toBe(mixed);
    expect(vouched?.content?.[0]).toBe(mixed.content?.[0]);
    expect(vouched?.content?.[1]).not.toBe(mixed.content?.[1]);
  });

  it('lists each figure once, in reading order', () => {
    const figureIds = new Set<string>();
    vouchedBodyInSchemaOrder(JSON.parse(stored[4] ?? ''), figureIds);
    expect([...figureIds]).toEqual([imageB, imageA]);
  });
});
