import type { SearchQueryOptions, SearchTerm, WordAlternatives } from './parseSearchQuery';
import { parseSearchQuery } from './parseSearchQuery';
import type { CandidateWords, SnippetWordCache } from './snippetWordCache';
import { stemWord } from './stemWord';
import { forEachWordSpan, forEachWordWithInitial, initialAt } from './tokenizeWords';

/** A piece of a text for a search result; highlights are `[start, end)` offsets into `text`. */
export interface Snippet {
  text: string;
  highlights: Array<[number, number]>;
}

/** Options for {@link makeSnippet}; pass the `prefixLast` the search used. */
export interface SnippetOptions extends SearchQueryOptions {
  /** Longest snippet, ellipses included (at least 10). Default 200. */
  maxLength?: number;
  /** Keeps the words found in each text for the next query (see {@link SnippetWordCache}). */
  wordCache?: SnippetWordCache;
}

interface Match {
  start: number;
  end: number;
  term: number;
}

const ellipsis = '…';
const whitespace = /\s/u;

/**
 * A window of `text` around the densest cluster of words that match `userText` the way
 * `buildMatchQuery` does (same stems, same prefix rule for the last word, compounds as phrases),
 * with every match in it highlighted. Runs of whitespace become one space; a cut end gets "…".
 * Without a match it is the start of the text. Linear in the text: meant for the rows on screen.
 */
export function makeSnippet(text: string, userText: string, options: SnippetOptions = {}): Snippet {
  const maxLength = Math.max(10, Math.floor(options.maxLength ?? 200));
  const matches = findMatches(text, parsedQuery(userText, options), options.wordCache);
  let start = 0;
  let end = text.length;
  if (text.length > maxLength) {
    // Leave room for an ellipsis at both ends.
    const budget = maxLength - 2;
    const [clusterStart, clusterEnd] = findBestCluster(matches, budget);
    // Context goes mostly after the cluster, where the sentence usually continues.
    const spare = budget - (clusterEnd - clusterStart);
    end = Math.min(text.length, Math.max(0, clusterStart - Math.floor(spare / 3)) + budget);
    start = snapStart(text, Math.max(0, end - budget), clusterStart);
    end = snapEnd(text, end, clusterEnd);
    // A hard cut inside a long word must not leave half a surrogate pair.
    if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  }
  return render(text, start, end, matches);
}

// A page of results makes a snippet per row from the same query: it is parsed once.
let lastParsed: { userText: string; prefixLast: boolean; query: PreparedQuery } | null = null;

interface PreparedQuery {
  terms: SearchTerm[];
  /** First letters of every stem and prefix of the query. */
  initials: Set<string>;
  /** The same, sorted and joined: what the words of a text are kept under. */
  initialsKey: string;
  /** Single whole words, looked up in a map. */
  byStem: Map<string, number[]>;
  /** Prefixes and compounds: few, and scanned. */
  scanned: Array<{ words: WordAlternatives[]; index: number }>;
  hasCompound: boolean;
}

function parsedQuery(userText: string, options: SearchQueryOptions): PreparedQuery {
  const prefixLast = options.prefixLast ?? true;
  if (lastParsed?.userText !== userText || lastParsed.prefixLast !== prefixLast) {
    lastParsed = {
      userText,
      prefixLast,
      query: prepare(parseSearchQuery(userText, { prefixLast })),
    };
  }
  return lastParsed.query;
}

function prepare(terms: SearchTerm[]): PreparedQuery {
  // Snowball keeps a word's first letter, so a word whose first letter starts no query stem
  // or prefix cannot match: most words of a body are skipped without being stemmed.
  const initials = new Set(
    terms.flatMap(({ words: termWords }) =>
      termWords.flatMap(({ exact, prefixes }) =>
        [...exact, ...prefixes].map((stem) => stem.charAt(0)),
      ),
    ),
  );
  const byStem = new Map<string, number[]>();
  const scanned: PreparedQuery['scanned'] = [];
  terms.forEach(({ words: termWords }, index) => {
    const [only] = termWords;
    if (!only || termWords.length > 1 || only.prefixes.length > 0) {
      scanned.push({ words: termWords, index });
      return;
    }
    for (const stem of only.exact) byStem.set(stem, [...(byStem.get(stem) ?? []), index]);
  });
  const hasCompound = terms.some(({ words: termWords }) => termWords.length > 1);
  const initialsKey = [...initials].sort().join('');
  return { terms, initials, initialsKey, byStem, scanned, hasCompound };
}

function findMatches(
  text: string,
  query: PreparedQuery,
  wordCache: SnippetWordCache | undefined,
): Match[] {
  if (query.terms.length === 0) return [];
  if (query.hasCompound) return findMatchesWordByWord(text, query);
  // Single words only: the words that can match are found by their first letter alone, in
  // order, so the matches come out sorted.
  const { initials, initialsKey, byStem, scanned } = query;
  const find = () => findCandidates(text, initials);
  const { starts, ends, stems } = wordCache ? wordCache.wordsOf(text, initialsKey, find) : find();
  const matches: Match[] = [];
  stems.forEach((stem, position) => {
    const start = starts[position] ?? 0;
    const end = ends[position] ?? 0;
    for (const term of byStem.get(stem) ?? []) matches.push({ start, end, term });
    for (const { words: termWords, index } of scanned) {
      const [only] = termWords;
      if (only && matchesWord(only, stem)) matches.push({ start, end, term: index });
    }
  });
  return matches;
}

/** The words of `text` with one of `initials` and a stem, in order. */
function findCandidates(text: string, initials: ReadonlySet<string>): CandidateWords {
  const words: CandidateWords = { starts: [], ends: [], stems: [] };
  forEachWordWithInitial(text, initials, (start, end) => {
    const stem = stemWord(text.slice(start, end));
    if (stem === '') return;
    words.starts.push(start);
    words.ends.push(end);
    words.stems.push(stem);
  });
  return words;
}

/** A compound matches as a phrase of consecutive words, so every word's position counts. */
function findMatchesWordByWord(text: string, query: PreparedQuery): Match[] {
  const { initials, byStem, scanned } = query;
  const starts: number[] = [];
  const ends: number[] = [];
  const stems: string[] = [];
  forEachWordSpan(text, (start, end) => {
    starts.push(start);
    ends.push(end);
    stems.push(initials.has(initialAt(text, start)) ? stemWord(text.slice(start, end)) : '');
  });
  const matches: Match[] = [];
  stems.forEach((stem, position) => {
    if (stem === '') return;
    const end = ends[position] ?? 0;
    for (const term of byStem.get(stem) ?? []) {
      matches.push({ start: starts[position] ?? 0, end, term });
    }
    // A compound matches only as a phrase: a lone «на» from «Ростов-на-Дону» is no match.
    for (const { words: termWords, index } of scanned) {
      const firstPosition = position - termWords.length + 1;
      const first = starts[firstPosition];
      const isMatch = termWords.every((alternatives, offset) =>
        matchesWord(alternatives, stems[firstPosition + offset] ?? ''),
      );
      if (first !== undefined && isMatch) matches.push({ start: first, end, term: index });
    }
  });
  return matches.sort((left, right) => left.start - right.start || left.end - right.end);
}

function matchesWord({ exact, prefixes }: WordAlternatives, stem: string): boolean {
  return exact.includes(stem) || prefixes.some((prefix) => stem.startsWith(prefix));
}

/** The span of the matches within `budget` characters that cover the most distinct terms. */
function findBestCluster(matches: Match[], budget: number): [number, number] {
  const counts = new Map<number, number>();
  let best = { distinct: 0, total: 0, first: 0, last: -1 };
  let first = 0;
  matches.forEach((match, last) => {
    counts.set(match.term, (counts.get(match.term) ?? 0) + 1);
    for (let head = matches[first]; head && first < last; head = matches[first]) {
      if (match.end - head.start <= budget) break;
      const count = (counts.get(head.term) ?? 1) - 1;
      if (count > 0) counts.set(head.term, count);
      else counts.delete(head.term);
      first += 1;
    }
    const total = last - first + 1;
    if (counts.size > best.distinct || (counts.size === best.distinct && total > best.total)) {
      best = { distinct: counts.size, total, first, last };
    }
  });
  const start = matches[best.first]?.start ?? 0;
  const end = Math.max(
    start,
    ...matches.slice(best.first, best.last + 1).map((match) => match.end),
  );
  // One "word" longer than the budget (a pasted hash) is cut rather than overflowing.
  return [start, Math.min(end, start + budget)];
}

// Starts the window after a space, unless that would cut into the cluster.
function snapStart(text: string, start: number, limit: number): number {
  if (start === 0 || whitespace.test(text[start - 1] ?? '')) return start;
  for (let index = start; index < limit; index += 1) {
    if (whitespace.test(text[index] ?? '')) return index + 1;
  }
  return isHighSurrogate(text.charCodeAt(start - 1)) ? start + 1 : start;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

// Ends the window at a space, unless that would cut into the cluster.
function snapEnd(text: string, end: number, limit: number): number {
  if (end === text.length || whitespace.test(text[end] ?? '')) return end;
  for (let index = end - 1; index >= limit; index -= 1) {
    if (whitespace.test(text[index] ?? '')) return index;
  }
  return end;
}

function render(text: string, start: number, end: number, matches: Match[]): Snippet {
  let output = start > 0 ? ellipsis : '';
  // positions[i] is where text[start + i] lands in the output; the last entry is the end.
  const positions: number[] = [];
  let isAfterSpace = true;
  for (let index = start; index < end; index += 1) {
    positions.push(output.length);
    const character = text[index] ?? '';
    if (!whitespace.test(character)) output += character;
    else if (!isAfterSpace) output += ' ';
    isAfterSpace = whitespace.test(character);
  }
  output = output.trimEnd();
  positions.push(output.length);
  const highlights: Array<[number, number]> = [];
  for (const match of matches) {
    if (match.end <= start || match.start >= end) continue;
    const from = positions[Math.max(match.start, start) - start] ?? output.length;
    const to = Math.min(
      positions[Math.min(match.end, end) - start] ?? output.length,
      output.length,
    );
    const previous = highlights.at(-1);
    // Overlapping matches (a word matching two terms, a compound) become one highlight.
    if (previous && from <= previous[1]) previous[1] = Math.max(previous[1], to);
    else if (from < to) highlights.push([from, to]);
  }
  return { text: end < text.length ? `${output}${ellipsis}` : output, highlights };
}
