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

// Words keep inner hyphens, apostrophes and dots ("Al-Amr", "O’Reilly", "Лента.ру").
const wordStart = /^[\p{L}\p{N}]/u;
const tokenPattern = /[\p{L}\p{N}]+(?:[-‐‑'’.][\p{L}\p{N}]+)*|\S/gu;

/** Splits `text.slice(from, to)` into tokens; offsets stay relative to `text`. */
export function tokenizeText(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  // One shared pattern run with exec: no iterator and no copy of the pattern per call, and
  // nothing between two exec calls runs another tokenisation.
  tokenPattern.lastIndex = 0;
  for (let match = tokenPattern.exec(slice); match !== null; match = tokenPattern.exec(slice)) {
    const value = match[0];
    const start = from + match.index;
    // Case of the first character only: this runs for every word of the article.
    const kind = caseOfUnit(value.charCodeAt(0));
    const isLetter = kind !== caseless;
    const isWord = isLetter || wordStart.test(value);
    tokens.push({
      text: value,
      norm: isWord ? normalizeWord(value) : value,
      start,
      end: start + value.length,
      isWord,
      isCapitalized: kind === upperCase,
    });
  }
  return tokens;
}
