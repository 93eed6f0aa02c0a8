import { describe, expect, it } from 'vitest';
import { blockDigest, bodyDigest } from './bodyDigest';

const block = { type: 'paragraph', attrs: { align: null }, content: [{ type: 'text', text: 'a' }] };

describe('bodyDigest', () => {
  it('is the same for the same blocks whatever the order of their keys', () => {
    const reordered = {
      content: [{ text: 'a', type: 'text' }],
      attrs: { align: null },
      type: 'paragraph',
    };
    expect(blockDigest(reordered)).toBe(blockDigest(block));
  });

  it('differs for another text, another order of blocks or another count', () => {
    const other = { ...block, content: [{ type: 'text', text: 'b' }] };
    const [a, b] = [blockDigest(block), blockDigest(other)];
    expect(a).not.toBe(b);
    expect(bodyDigest([a, b])).not.toBe(bodyDigest([b, a]));
    expect(bodyDigest([a])).not.toBe(bodyDigest([a, a]));
    expect(bodyDigest([])).not.toBe(bodyDigest(['']));
  });
});
