import { normalizeSearchText } from './normalizeSearchText';
import { cutAtCodePoint, maxStemLength, stemWord } from './stemWord';
import type { TextWord } from './tokenizeWords';
import { tokenizeWords } from './tokenizeWords';

/** What one query word may match: whole indexed stems, or stems starting with a prefix. */
export interface WordAlternatives {
  exact: string[];
  prefixes: string[];
}

/**
 * One of the "all these words" in a query: a word, or a hyphenated compound such as
 * «Ростов-на-Дону» whose words must appear in order, as a phrase. Only the last word of the
 * query has prefixes. Every string is a stem as `stemWord` makes them.
 */
export interface SearchTerm {
  words: WordAlternatives[];
}

/** Options shared by `buildMatchQuery` and `makeSnippet`. */
export interface SearchQueryOptions {
  /**
   * Treat the last word as unfinished (search-as-you-type) unless the text ends after it with
   * a space or punctuation. Default true.
   */
  prefixLast?: boolean;
}

/** Longest query we read: a pasted page means the first few dozen words anyway. */
export const maxSearchTerms = 32;

// Below two letters a prefix matches a large part of the vocabulary.
const minPrefixLength = 2;
// An unfinished word may be typed past its stem: "signi" is heading for "signing", stem "sign",
// but stems to "signi". When the stemmer finds no ending to remove, the word's first letters are
// also tried as whole stems, down to this length and this far back. Measured on every prefix of
// every word in the factRuEval (Russian) and GUM (English) news texts, the last word then finds
// its full word's stem for 99.8% of Russian and 99.2% of English prefixes, while a finished word
// picks up 0.02 (Russian) / 0.1 (English) unrelated stems on average. Trying truncations after
// every word would gain 0.2–0.4 points of recall but raise the Russian noise to 0.24
// («новости» would find every «новый» through «нов»).
const minTruncatedLength = 3;
const maxTruncatedLetters = 6;

const hyphen = /^[-\u2010\u2011]$/u;
const numberSeparator = /^[.,:/]$/u;
const digitAtStart = /^\p{N}/u;
const digitAtEnd = /\p{N}$/u;
const apostropheAtEnd = /^['\u2018\u2019\u201B\u02BC\u02BB\u2032\u0060\u00B4\uFF07]$/u;
const notLetterOrDigit = /[^\p{L}\p{M}\p{N}]/gu;
const cyrillicWord = /^\p{Script=Cyrillic}+$/u;

/**
 * Reads user text as search terms without giving any character a special meaning: operators,
 * quotes and column names are just words or separators. Returns at most
 * {@link maxSearchTerms} distinct terms, in the order typed; none when nothing is searchable.
 */
export function parseSearchQuery(userText: string, options: SearchQueryOptions = {}): SearchTerm[] {
  const groups = groupCompounds(userText);
  const isLastUnfinished = (options.prefixLast ?? true) && endsMidWord(userText, groups);
  const terms: SearchTerm[] = [];
  const seen = new Set<string>();
  groups.forEach((group, index) => {
    if (terms.length >= maxSearchTerms) return;
    const term =
      isLastUnfinished && index === groups.length - 1 ? unfinishedTerm(group) : finishedTerm(group);
    if (!term) return;
    const key = JSON.stringify(term);
    if (seen.has(key)) return;
    seen.add(key);
    terms.push(term);
  });
  return terms;
}

// Words joined by one hyphen, or numbers by one separator (12:30, 3.14), form a compound.
function groupCompounds(text: string): TextWord[][] {
  const groups: TextWord[][] = [];
  let current: TextWord[] = [];
  let previous: TextWord | undefined;
  for (const word of tokenizeWords(text)) {
    if (previous && !isJoined(text, previous, word)) {
      groups.push(current);
      current = [];
      // A pasted page stops here: more groups than terms cannot change the result much.
      if (groups.length > maxSearchTerms * 4) return groups;
    }
    current.push(word);
    previous = word;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function isJoined(text: string, previous: TextWord, next: TextWord): boolean {
  const gap = text.slice(previous.end, next.start);
  if (hyphen.test(gap)) return true;
  return (
    numberSeparator.test(gap) && digitAtEnd.test(previous.word) && digitAtStart.test(next.word)
  );
}

function endsMidWord(text: string, groups: TextWord[][]): boolean {
  const last = groups.at(-1)?.at(-1);
  if (!last) return false;
  const rest = text.slice(last.end);
  // "O'" is on its way to "O'Brien".
  return rest === '' || apostropheAtEnd.test(rest);
}

function finishedTerm(group: TextWord[]): SearchTerm | null {
  const words = group.map(({ word }) => finishedWord(word)).filter((word) => word !== null);
  return words.length > 0 ? { words } : null;
}

function finishedWord(word: string): WordAlternatives | null {
  const stem = stemWord(word);
  if (stem === '') return null;
  // Snowball reads a final «-ов»/«-ев» as a plural ending, so «Ростов» and «Лавров» stem to
  // «рост», «лавр» while «Ростова», «Лаврову» keep «ростов», «лавров». Searching the stem
  // with the ending put back finds the other cases of such names. The reverse («Лаврова» →
  // «лавр») is left out: it would drag in every «рост» and «Пётр».
  const form = wordForm(word);
  const ending = form.slice(stem.length);
  const hasOvEnding =
    (ending === 'ов' || ending === 'ев') && form.startsWith(stem) && cyrillicWord.test(form);
  return { exact: hasOvEnding && stem.length >= 3 ? [stem, form] : [stem], prefixes: [] };
}

function unfinishedTerm(group: TextWord[]): SearchTerm | null {
  const lastWord = group.at(-1);
  if (!lastWord) return null;
  const leading = finishedTerm(group.slice(0, -1))?.words ?? [];
  const letters = Array.from(wordForm(lastWord.word));
  // A single letter narrows nothing down; search the rest until the next one is typed.
  if (letters.length < minPrefixLength) return leading.length > 0 ? { words: leading } : null;
  const typed = letters.join('');
  const stem = stemWord(lastWord.word);
  const prefixes = withoutCovered([stem, typed]);
  const exact: string[] = [];
  const hasEnding = stem !== typed && typed.startsWith(stem);
  const shortest = hasEnding
    ? letters.length
    : Math.max(minTruncatedLength, letters.length - maxTruncatedLetters);
  for (let length = letters.length - 1; length >= shortest; length -= 1) {
    const truncated = letters.slice(0, length).join('');
    if (!prefixes.some((prefix) => truncated.startsWith(prefix))) exact.push(truncated);
  }
  return { words: [...leading, { exact, prefixes }] };
}

/** The word as typed, normalised, letters and digits only, cut like a stem. */
function wordForm(word: string): string {
  const form = normalizeSearchText(cutAtCodePoint(word, maxStemLength * 2));
  return cutAtCodePoint(form.replace(notLetterOrDigit, ''), maxStemLength);
}

/** Drops prefixes that another prefix in the list already matches. */
function withoutCovered(prefixes: string[]): string[] {
  const unique = [...new Set(prefixes.filter((prefix) => prefix !== ''))];
  return unique.filter(
    (prefix) => !unique.some((other) => other !== prefix && prefix.startsWith(other)),
  );
}
