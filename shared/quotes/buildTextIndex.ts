import { isLetterUnit, letterCaseLimit } from './letterCase';
import type { QuotedSpan } from './findQuotedSpans';

/** Sentence and line boundaries of a text, for looking up the context around an offset. */
export interface TextIndex {
  /** Start of the sentence containing `offset`. */
  sentenceStart(offset: number): number;
  /** End of the sentence containing `offset` (before trailing spaces). */
  sentenceEnd(offset: number): number;
  /** Start of the line (paragraph) containing `offset`. */
  lineStart(offset: number): number;
  /** End of the line containing `offset` (the offset of its "\n", or the text length). */
  lineEnd(offset: number): number;
}

const terminal = /[.!?…]/;
const newline = 0x0a;

/** A line break or one of `terminal`'s characters. */
const boundaries = /[\n.!?…]/g;
const attributionDash = /^[\u2014\u2013-][ \t]+\p{Ll}/u;
const nextSentenceStart = /[\p{Lu}\p{N}«“„"(\u2014\u2013-]/u;
// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
const singleCapital = /^\p{Lu}$/u;
const letterOrPeriod = /[\p{L}.]/u;
const dottedInitials = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const abbreviations = new Set(
  (
    'г гг т д п др см ср стр им ул пр пл обл р руб тыс млн млрд долл напр проф акад ' +
    'mr mrs ms dr st jr sr co inc ltd no vs prof gen col sen rep gov lt sgt capt etc u.s'
  ).split(' '),
);
const longestAbbreviation = Math.max(...[...abbreviations].map((word) => word.length));

/**
 * Indexes sentence and line boundaries in one pass. Periods inside quoted spans do not end
 * the sentence around the quote, so «Раз. Два», — сказал он stays one sentence; nor do
 * initials ("Джордж Х. Кинг") or common abbreviations.
 */
export function buildTextIndex(text: string, spans: readonly QuotedSpan[]): TextIndex {
  const sentenceStarts: number[] = [0];
  const lineStarts: number[] = [0];
  let spanIndex = 0;
  let index = 0;
  // From one boundary character to the next by the pattern's own scan, which is faster than
  // a loop over every code unit; a quotation starting on the way is taken first.
  while (index < text.length) {
    const span = spans[spanIndex];
    boundaries.lastIndex = index;
    const found = boundaries.exec(text);
    const next = found === null ? text.length : found.index;
    if (
      span !== undefined &&
      span.start >= index &&
      span.start <= next &&
      span.start < text.length
    ) {
      // Jump over the quotation; it may end the sentence only at its closing mark.
      index = Math.max(span.start, span.close);
      spanIndex += 1;
      if (span.isClosed && terminal.test(text.charAt(span.end - 1))) {
        addStartAfter(text, index + 1, sentenceStarts);
      }
      index += 1;
      continue;
    }
    if (found === null) break;
    if (text.charCodeAt(next) === newline) {
      lineStarts.push(next + 1);
      sentenceStarts.push(next + 1);
    } else if (!isAbbreviation(text, next)) {
      addStartAfter(text, next + 1, sentenceStarts);
    }
    index = next + 1;
  }
  const lineEnd = (offset: number): number => {
    const next = upperBound(lineStarts, offset);
    return next < lineStarts.length ? (lineStarts[next] ?? text.length) - 1 : text.length;
  };
  return {
    sentenceStart: (offset) => sentenceStarts[upperBound(sentenceStarts, offset) - 1] ?? 0,
    sentenceEnd: (offset) => {
      const next = upperBound(sentenceStarts, offset);
      let end = Math.min(sentenceStarts[next] ?? text.length, lineEnd(offset));
      while (end > offset && /\s/.test(text.charAt(end - 1))) end -= 1;
      return end;
    },
    lineStart: (offset) => lineStarts[upperBound(lineStarts, offset) - 1] ?? 0,
    lineEnd,
  };
}

/** Records a sentence start after `from` if spaces and then a sentence opener follow. */
function addStartAfter(text: string, from: number, starts: number[]): void {
  let index = from;
  while (index < text.length && /[)\]»”"’]/.test(text.charAt(index))) index += 1;
  const afterClosers = index;
  while (index < text.length && (text.charAt(index) === ' ' || text.charAt(index) === '\t')) {
    index += 1;
  }
  if (index === afterClosers || index >= text.length) return;
  if (!nextSentenceStart.test(text.charAt(index))) return;
  // "«Почему так?» — задается вопросом Уилсон": a dash and a lower-case word after a closing
  // mark carry on the sentence with its attribution.
  const closesQuote = /[»”"’]/.test(text.charAt(afterClosers - 1));
  if (closesQuote && attributionDash.test(text.slice(index, index + 4))) return;
  const last = starts[starts.length - 1] ?? 0;
  if (index > last) starts.push(index);
}

function isAbbreviation(text: string, index: number): boolean {
  if (text.charAt(index) !== '.') return false;
  let start = index;
  while (start > 0 && isLetterOrPeriod(text, start - 1)) start -= 1;
  // Most sentences end in a longer word: it is neither an initial (one code point) nor, as
  // lower case never shortens a word, an abbreviation, and is not converted.
  if (index - start > longestAbbreviation) return false;
  const word = text.slice(start, index);
  if (singleCapital.test(word)) return true;
  // "U.K.", "U.N.": letters joined by periods abbreviate, as "U.S." does (round twenty).
  if (dottedInitials.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}

/** `/[\p{L}.]/u` tested on the code unit at `at`, from the table where it has the unit. */
function isLetterOrPeriod(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < letterCaseLimit) return code === 0x2e || isLetterUnit[code] === 1;
  return letterOrPeriod.test(text.charAt(at));
}

/** Index of the first element greater than `value` in an ascending array. */
function upperBound(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] ?? 0) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
