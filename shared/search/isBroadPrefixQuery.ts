import type { SearchQueryOptions } from './parseSearchQuery';
import { parseSearchQuery } from './parseSearchQuery';

/**
 * Longest prefix treated as broad: the FTS5 prefix index covers two and three letters, and at
 * 100,000 articles «пр» or «inf» each match a large part of the archive.
 */
export const maxBroadPrefixLength = 3;

/**
 * Whether the query is one unfinished word of at most {@link maxBroadPrefixLength} letters
 * («пр», «in», «пре»): what the first keystrokes of search-as-you-type send. Such a query
 * matches too much for its relevance order to mean anything, and ranking every match is what
 * made those keystrokes slow; the caller picks a cheap order instead.
 */
export function isBroadPrefixQuery(userText: string, options?: SearchQueryOptions): boolean {
  const terms = parseSearchQuery(userText, options);
  const [only] = terms;
  if (terms.length !== 1 || only?.words.length !== 1) return false;
  const [word] = only.words;
  return (
    word !== undefined &&
    word.prefixes.length > 0 &&
    word.prefixes.every((prefix) => [...prefix].length <= maxBroadPrefixLength)
  );
}
