import { caseless, caseOfUnit, upperCase } from './letterCase';
import { normalizeWord } from './normalizeWord';

/** A word or a single punctuation character with its offsets in the source text. */
export interface Token {
  text: string;
  /** Lower case, ё as е: the form lexicons are keyed by. */
  norm: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Starts with an upper-case letter. */
  isCapitalized: boolean;
}

/**
 * The tokens are what `/[\p{L}\p{N}]+(?:[-‐‑'’.][\p{L}\p{N}]+)*|\S/gu` matches: words keep inner
 * hyphens, apostrophes and dots ("Al-Amr", "O’Reilly", "Лента.ру"); anything else that is not
 * a space is a token of one character. The scan below reads that pattern by code unit: the
 * pattern itself took more than a tenth of quote detection, run over every line of an article.
 */
const space = 1;
const wordUnit = 2;
const otherUnit = 3;
/** The class of each BMP code unit met so far (0 where not yet asked), read from the pattern's
 * own character classes, so that the scan answers exactly what the pattern would. */
const unitClass = new Uint8Array(0x10000);
const wordChar = /^[\p{L}\p{N}]$/u;
const spaceChar = /^\s$/u;
const highSurrogate = 0xd800;
const lowSurrogate = 0xdc00;
const surrogateEnd = 0xe000;

function classOf(code: number): number {
  const known = unitClass[code] ?? 0;
  if (known !== 0) return known;
  const char = String.fromCharCode(code);
  const found = spaceChar.test(char) ? space : wordChar.test(char) ? wordUnit : otherUnit;
  unitClass[code] = found;
  return found;
}

/** The connectors a word may have inside it: - ‐ ‑ ' ’ and the period. */
function isConnector(code: number): boolean {
  return (
    code === 0x2d ||
    code === 0x2010 ||
    code === 0x2011 ||
    code === 0x27 ||
    code === 0x2019 ||
    code === 0x2e
  );
}

/** Length (1 or 2) of the code point at `at` before `to`: a surrogate pair is one. */
function pointLength(text: string, at: number, to: number): number {
  const code = text.charCodeAt(at);
  if (code < highSurrogate || code >= lowSurrogate || at + 1 >= to) return 1;
  const next = text.charCodeAt(at + 1);
  return next >= lowSurrogate && next < surrogateEnd ? 2 : 1;
}

/** Whether the code point at `at` is a letter or a number; a lone surrogate is neither. */
function isWordPoint(text: string, at: number, to: number): boolean {
  const code = text.charCodeAt(at);
  if (code < highSurrogate || code >= surrogateEnd) return classOf(code) === wordUnit;
  return pointLength(text, at, to) === 2 && wordChar.test(text.slice(at, at + 2));
}

/** End of the run of letters and numbers starting at `at`. */
function runEnd(text: string, at: number, to: number): number {
  let index = at;
  while (index < to && isWordPoint(text, index, to)) index += pointLength(text, index, to);
  return index;
}

/** Splits `text.slice(from, to)` into tokens; offsets stay relative to `text`. */
export function tokenizeText(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let index = from;
  while (index < to) {
    const code = text.charCodeAt(index);
    if ((code < highSurrogate || code >= surrogateEnd) && classOf(code) === space) {
      index += 1;
      continue;
    }
    const start = index;
    const isRun = isWordPoint(text, index, to);
    if (isRun) {
      index = runEnd(text, index, to);
      while (
        index + 1 < to &&
        isConnector(text.charCodeAt(index)) &&
        isWordPoint(text, index + 1, to)
      ) {
        index = runEnd(text, index + 1, to);
      }
    } else {
      index += pointLength(text, index, to);
    }
    const value = text.slice(start, index);
    // Case of the first character only: this runs for every word of the article.
    const kind = caseOfUnit(code);
    // A letter or a number opens every run; what else has a case (ͅ, Ⓐ) is a word as well.
    const isWord = isRun || kind !== caseless;
    tokens.push({
      text: value,
      norm: isWord ? normalizeWord(value) : value,
      start,
      end: index,
      isWord,
      isCapitalized: kind === upperCase,
    });
  }
  return tokens;
}
