import type { SearchQueryOptions, SearchTerm } from './parseSearchQuery';
import { parseSearchQuery } from './parseSearchQuery';

// A compound whose words each have alternatives expands to every combination; past this many,
// the first ones stand for the term (only a run of «-ов» names gets near it).
const maxPhrasesPerTerm = 16;

/**
 * An FTS5 MATCH expression meaning "all these words" for any user text, over columns filled
 * by `toIndexText`; null when the text has nothing searchable. Bind it as a parameter
 * (`… MATCH ?`). Every term is a quoted string of stems, so nothing the user types acts as
 * FTS5 syntax. With `prefixLast` (default) the last, unfinished word is matched as a prefix,
 * including the case where it is already longer than its stem ("signi" → `"sign"`).
 *
 * @example buildMatchQuery('кластеру Ростов-на-Дону ') === '"кластер" AND ("рост на дон" OR "ростов на дон")'
 */
export function buildMatchQuery(userText: string, options?: SearchQueryOptions): string | null {
  const terms = parseSearchQuery(userText, options);
  if (terms.length === 0) return null;
  return terms.map(toExpression).join(' AND ');
}

function toExpression({ words }: SearchTerm): string {
  let phrases = [{ text: '', isPrefix: false }];
  for (const { exact, prefixes } of words) {
    const alternatives = [
      ...prefixes.map((stem) => ({ stem, isPrefix: true })),
      ...exact.map((stem) => ({ stem, isPrefix: false })),
    ];
    phrases = phrases
      .flatMap(({ text }) =>
        alternatives.map(({ stem, isPrefix }) => ({
          text: text ? `${text} ${stem}` : stem,
          isPrefix,
        })),
      )
      .slice(0, maxPhrasesPerTerm);
  }
  const expressions = phrases.map(({ text, isPrefix }) => `${quote(text)}${isPrefix ? '*' : ''}`);
  return expressions.length === 1 ? (expressions[0] ?? '') : `(${expressions.join(' OR ')})`;
}

// Stems hold only letters, marks and digits; doubling quotes keeps that an invariant of this
// function rather than of its callers.
function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}
