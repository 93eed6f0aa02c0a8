import { describe, expect, it } from 'vitest';
import { utf8Arena } from './utf8Arena';

describe('utf8Arena', () => {
  it('encodes exactly as Buffer.from, lone surrogates included', () => {
    const arena = utf8Arena(1024);
    const texts = ['', 'plain', 'Привет, «мир» — 🙂', 'lone \uD800 and \uDFFF end\uD83D'];
    const views = texts.map((text) => arena.encode(text));
    texts.forEach((text, index) => {
      expect(Buffer.from(views[index]!).equals(Buffer.from(text, 'utf8'))).toBe(true);
      expect(arena.holds(views[index]!)).toBe(true);
    });
  });

  it('gives text that may not fit a buffer of its own, and starts over on reset', () => {
    const arena = utf8Arena(16);
    const first = arena.encode('abc');
    const big = arena.encode('x'.repeat(10));
    expect(arena.holds(first)).toBe(true);
    expect(arena.holds(big)).toBe(false);
    expect(Buffer.from(big).toString()).toBe('x'.repeat(10));
    arena.reset();
    const again = arena.encode('zz');
    expect(again.byteOffset).toBe(first.byteOffset);
    expect(Buffer.from(again).toString()).toBe('zz');
  });
});
