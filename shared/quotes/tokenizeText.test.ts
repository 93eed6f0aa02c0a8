import { describe, expect, it } from 'vitest';
import { tokenizeText } from './tokenizeText';

/** The pattern the scan reads, as tokenizeText ran it before. */
const tokenPattern = /[\p{L}\p{N}]+(?:[-‐‑'’.][\p{L}\p{N}]+)*|\S/gu;

function patternTokens(text: string, from: number, to: number): [string, number][] {
  const slice = text.slice(from, to);
  return [...slice.matchAll(tokenPattern)].map((match) => [match[0], from + match.index]);
}

function scannedTokens(text: string, from: number, to: number): [string, number][] {
  return tokenizeText(text, from, to).map((token) => [token.text, token.start]);
}

describe('tokenizeText', () => {
  it('splits as the word pattern does, at the edges of words, spaces and surrogates', () => {
    const texts = [
      'Глава МИДа Сергей Лавров заявил: «Да». Al-Amr, O’Reilly, Лента.ру — 2012-й год.',
      "rock'n'roll -a a- a--b a.-b ‐x‑y a.b. ..a .5 5. ½ ² ٣ Ⅻ ͅ Ⓐ",
      '𝐀lpha 𝐀-𝐁 a𝐀b 😀 a😀b \ud835 a\ud835 \udc00b \ud835\ud835\udc00',
      'tab\tnbsp\u00a0zwnbsp\ufeffideo\u3000line\u2028para\u2029nel\u0085x\u200bz',
      '',
      '   ',
      'a',
    ];
    for (const text of texts) {
      expect(scannedTokens(text, 0, text.length), text).toEqual(
        patternTokens(text, 0, text.length),
      );
    }
  });

  it('splits every range of mixed text as the word pattern splits its slice', () => {
    const alphabet = ['a', 'Я', '5', '-', '’', '.', ' ', '\n', '«', '😀', '𝐀', '\ud835', '\udc00'];
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let round = 0; round < 500; round += 1) {
      let text = '';
      for (let index = next() % 24; index > 0; index -= 1)
        text += alphabet[next() % alphabet.length];
      const from = next() % (text.length + 1);
      const to = from + (next() % (text.length - from + 1));
      expect(scannedTokens(text, from, to), JSON.stringify([text, from, to])).toEqual(
        patternTokens(text, from, to),
      );
    }
  });
});
