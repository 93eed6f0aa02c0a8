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
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(tokenPattern)) {
    const value = match[0];
    const start = from + (match.index ?? 0);
    // Cheap case tests on the first character: this runs for every word of the article.
    const first = value.charAt(0);
    const lower = first.toLowerCase();
    const isLetter = lower !== first.toUpperCase();
    const isWord = isLetter || wordStart.test(value);
    tokens.push({
      text: value,
      norm: isWord ? normalizeWord(value) : value,
      start,
      end: start + value.length,
      isWord,
      isCapitalized: isLetter && first !== lower,
    });
  }
  return tokens;
}
