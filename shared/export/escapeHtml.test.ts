import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escapeHtml';

// The pattern escapeHtml applies, without the quick test in front of it.
const full =
  // eslint-disable-next-line no-control-regex -- the pattern under test finds control characters
  /[&<>"'\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\p{Noncharacter_Code_Point}]|\p{Cs}/gu;
const replacements: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const reference = (text: string): string => text.replace(full, (char) => replacements[char] ?? '');

describe('escapeHtml', () => {
  it('escapes markup and drops controls, noncharacters and lone surrogates', () => {
    expect(escapeHtml(`a<b>&"c"'d'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;');
    expect(escapeHtml('x\u0000y\u0007z\u009F\tok\n')).toBe('xyz\tok\n');
    expect(escapeHtml('a\uFDD0b\uFFFEc\uFFFFd')).toBe('abcd');
    expect(escapeHtml('lone \uD800 and \uDC00 gone, pair 😀 kept')).toBe(
      'lone  and  gone, pair 😀 kept',
    );
    expect(escapeHtml('astral noncharacter \u{1FFFE}\u{10FFFF} dropped')).toBe(
      'astral noncharacter  dropped',
    );
    expect(escapeHtml('«Ёлки» — 10\u00A0000 ₽…')).toBe('«Ёлки» — 10\u00A0000 ₽…');
  });

  it('answers what the full pattern answers on every code unit and around surrogates', () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const text = `a${String.fromCharCode(code)}b`;
      if (escapeHtml(text) !== reference(text)) differing.push(code);
    }
    expect(differing).toEqual([]);
    // Pairs of surrogates (valid astral characters, some of them noncharacters) and near misses.
    let seed = 19;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 5000; round += 1) {
      const high = String.fromCharCode(0xd800 + random(0x400));
      const low = String.fromCharCode(0xdc00 + random(0x400));
      const texts = [
        `${high}${low}`,
        `${low}${high}`,
        `x${high}`,
        `${low}y`,
        `${high}${low}${low}`,
      ];
      for (const text of texts) if (escapeHtml(text) !== reference(text)) differing.push(round);
    }
    expect(differing).toEqual([]);
    for (const code of [0x1fffe, 0x1ffff, 0x2fffe, 0xefffe, 0x10fffe, 0x10ffff, 0x1f600]) {
      const text = `a${String.fromCodePoint(code)}b`;
      expect(escapeHtml(text)).toBe(reference(text));
    }
  });
});
