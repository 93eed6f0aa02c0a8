/** A top-level stretch of text between quotation marks. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark; equal to `end` when the quote runs to the end of its line. */
  close: number;
  /** First character inside the marks. */
  start: number;
  /** Just after the last character inside the marks. */
  end: number;
  openMark: string;
  /** False for a paragraph of a multi-paragraph quotation, which has no closing mark. */
  isClosed: boolean;
}

interface OpenMark {
  mark: string;
  offset: number;
}

const closers: Readonly<Record<string, string>> = { '«': '»', '“': '”', '„': '“', '"': '"' };
const openingContext = /[\s([{\u2014\u2013\-/«“„"]/u;
const closingContext = /[\s)\]}.,:;!?…\u2014\u2013\-»”“"]/u;
/** "\n", «, „, », ”, “ or ": the characters the loop below acts on. */
const marksAndNewlines = /[\n«„»”“"]/g;

/**
 * Finds the outermost quoted spans of `text` in one pass. Marks pair per line (a paragraph of
 * the article); nested marks («… „…“ …», “… ‘…’ …”) stay inside their outer span. Single quotes
 * are never treated as outer marks, since they are indistinguishable from apostrophes.
 * A quotation that opens a line and is not closed on it (the English convention for a quote
 * running over several paragraphs) is returned up to the end of the line.
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let stack: OpenMark[] = [];
  /** Straight-quoted pairs closed inside an open straight quotation on this line. */
  const inner: QuotedSpan[] = [];
  let isOutOfOrder = false;
  let lineStart = 0;
  const flushLine = (lineEnd: number): void => {
    const first = stack[0];
    // The outer straight quote never closed: it was stray, and the pairs inside stand alone.
    if (inner.length > 0) {
      const stray = stack.find((entry) => entry.mark === '"');
      for (const span of inner) {
        if (stray !== undefined && span.open > stray.offset) spans.push(span);
      }
      isOutOfOrder = true;
      inner.length = 0;
    }
    // A quotation running on into the next paragraph reopens there (“…¶“…”); one that
    // opens its paragraph may simply end with it.
    const continues = first !== undefined && nextLineOpensWith(text, lineEnd, first.mark);
    if (first !== undefined && (continues || opensLine(text, lineStart, first.offset))) {
      const end = trimEnd(text, first.offset + 1, lineEnd);
      if (end > first.offset + 1) {
        spans.push({
          open: first.offset,
          close: end,
          start: first.offset + 1,
          end,
          openMark: first.mark,
          isClosed: false,
        });
      }
    }
    stack = [];
  };
  // Most characters are none of the marks: the pattern's own scan skips them, faster than a
  // loop over the code units would.
  marksAndNewlines.lastIndex = 0;
  for (
    let found = marksAndNewlines.exec(text);
    found !== null;
    found = marksAndNewlines.exec(text)
  ) {
    const index = found.index;
    const char = found[0];
    if (char === '\n') {
      flushLine(index);
      lineStart = index + 1;
      continue;
    }
    let closed: OpenMark | undefined;
    if (char === '«' || char === '„') {
      stack.push({ mark: char, offset: index });
    } else if (char === '»' || char === '”') {
      closed = closeTo(stack, (mark) => closers[mark] === char || (char === '”' && mark === '„'));
    } else if (char === '“') {
      const top = stack[stack.length - 1];
      if (top?.mark === '„') closed = closeTo(stack, (mark) => mark === '„');
      else stack.push({ mark: char, offset: index });
    } else if (char === '"') {
      closed = handleStraightQuote(text, index, stack, lineStart);
    }
    if (closed === undefined) continue;
    const isTop = stack.length === 0;
    if (!isTop && (closed.mark !== '"' || stack.length !== 1 || stack[0]?.mark !== '"')) continue;
    const span = {
      open: closed.offset,
      close: index,
      start: closed.offset + 1,
      end: index,
      openMark: closed.mark,
      isClosed: true,
    };
    if (isTop) {
      spans.push(span);
      inner.length = 0;
    } else {
      inner.push(span);
    }
  }
  flushLine(text.length);
  return isOutOfOrder ? spans.sort((a, b) => a.open - b.open) : spans;
}

/** Pops the stack down to the nearest matching opener; returns it, or undefined if none. */
function closeTo(stack: OpenMark[], matches: (mark: string) => boolean): OpenMark | undefined {
  for (let depth = stack.length - 1; depth >= 0; depth -= 1) {
    const entry = stack[depth];
    if (entry !== undefined && matches(entry.mark)) {
      stack.length = depth;
      return entry;
    }
  }
  return undefined;
}

function handleStraightQuote(
  text: string,
  index: number,
  stack: OpenMark[],
  lineStart: number,
): OpenMark | undefined {
  const before = index > 0 ? text.charAt(index - 1) : ' ';
  const after = index + 1 < text.length ? text.charAt(index + 1) : ' ';
  const canOpen = openingContext.test(before) && !/\s/.test(after);
  const canClose = closingContext.test(after) && !/\s/.test(before);
  const isOpen = stack.some((entry) => entry.mark === '"');
  if (!isOpen) {
    if (canOpen || isGluedOpener(text, index, lineStart, before, after))
      stack.push({ mark: '"', offset: index });
    return undefined;
  }
  if (canOpen && !canClose) {
    // A second opener nests ("… сказать: "Здрасте" - так …"); if the outer one turns out to
    // be stray, the line's end gives the inner pair back as a quotation of its own.
    if (stack.filter((entry) => entry.mark === '"').length >= 2) {
      stack.length = stack.findIndex((entry) => entry.mark === '"');
    }
    stack.push({ mark: '"', offset: index });
    return undefined;
  }
  return closeTo(stack, (mark) => mark === '"');
}

/**
 * "Not all of the response has been negative." I have always shared …," said …": with no
 * quotation open, a mark glued to a sentence's end and followed by a space and a capital opens
 * one whose mark slipped left (round twenty-three).
 */
function isGluedOpener(
  text: string,
  index: number,
  lineStart: number,
  before: string,
  after: string,
): boolean {
  return (
    // 'told CNN:" Under torture …', 'He said " We will …': a mark glued to a colon, or
    // standing between spaces, with a capital after the space opens a quotation as well; the
    // tagger that split the text put a space on the wrong side of it (round thirty-three).
    (before === '.' ||
      before === '!' ||
      before === '?' ||
      before === ':' ||
      before === ' ' ||
      before === '\n' ||
      index === lineStart) &&
    after === ' ' &&
    upperAt(text, index + 2) &&
    // A mark earlier on the line left unpaired opened a quotation this one may close.
    hasEvenMarks(text, lineStart, index)
  );
}

function hasEvenMarks(text: string, from: number, to: number): boolean {
  let count = 0;
  for (let at = text.indexOf('"', from); at >= 0 && at < to; at = text.indexOf('"', at + 1))
    count += 1;
  return count % 2 === 0;
}

function upperAt(text: string, index: number): boolean {
  const char = text.charAt(index);
  return char !== char.toLowerCase();
}

function nextLineOpensWith(text: string, lineEnd: number, mark: string): boolean {
  let index = lineEnd;
  while (index < text.length && /\s/.test(text.charAt(index))) index += 1;
  return index > lineEnd && text.charAt(index) === mark;
}

function opensLine(text: string, lineStart: number, offset: number): boolean {
  const lead = text.slice(lineStart, offset);
  return /^[\s\u2014\u2013-]*$/.test(lead);
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text.charAt(end - 1))) end -= 1;
  return end;
}
