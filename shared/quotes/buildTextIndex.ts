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

/** The code unit is one of `terminal`'s characters. */
function isTerminal(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}
const attributionDash = /^[\u2014\u2013-][ \t]+\p{Ll}/u;
const nextSentenceStart = /[\p{Lu}\p{N}«“„"(\u2014\u2013-]/u;
// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
const singleCapital = /^\p{Lu}$/u;
const letterOrPeriod = /[\p{L}.]/u;
const abbreviations = new Set(
  (
    'г гг т д п др см ср стр им ул пр пл обл р руб тыс млн млрд долл напр проф акад ' +
    'mr mrs ms dr st jr sr co inc ltd no vs prof gen col sen rep gov lt sgt capt etc u.s'
  ).split(' '),
);

/**
 * Indexes sentence and line boundaries in one pass. Periods inside quoted spans do not end
 * the sentence around the quote, so «Раз. Два», — сказал он stays one sentence; nor do
 * initials ("Джордж Х. Кинг") or common abbreviations.
 */
export function buildTextIndex(text: string, spans: readonly QuotedSpan[]): TextIndex {
  const sentenceStarts: number[] = [0];
  const lineStarts: number[] = [0];
  let spanIndex = 0;
  for (let index = 0; index < text.length; index += 1) {
    const span = spans[spanIndex];
    if (span !== undefined && index === span.start) {
      // Jump over the quotation; it may end the sentence only at its closing mark.
      index = Math.max(index, span.close);
      spanIndex += 1;
      if (span.isClosed && terminal.test(text.charAt(span.end - 1))) {
        addStartAfter(text, index + 1, sentenceStarts);
      }
      continue;
    }
    // Code units, not one-character strings: this looks at every character of the article.
    const code = text.charCodeAt(index);
    if (code === newline) {
      lineStarts.push(index + 1);
      sentenceStarts.push(index + 1);
    } else if (isTerminal(code) && !isAbbreviation(text, index)) {
      addStartAfter(text, index + 1, sentenceStarts);
    }
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
  const word = text.slice(start, index);
  if (singleCapital.test(word)) return true;
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
