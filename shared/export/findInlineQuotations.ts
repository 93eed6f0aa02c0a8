/** An inline quotation: the indexes of its opening and closing quotation marks. */
export interface QuotationRange {
  open: number;
  close: number;
}

// Opening mark → the marks that may close it. „лапки“ close with “ (Russian, German) or ”.
const closersByOpener: Readonly<Record<string, string>> = {
  '«': '»',
  '„': '“”',
  '“': '”',
  '"': '"',
};

// The keys of closersByOpener.
const openerPattern = /[«„“"]/g;

const sentenceEnd = new Set(['.', ',', '!', '?', '…']);
const attributionDashes = new Set(['—', '–']);
const openingContext = new Set(['(', '[', '{', '—', '–', '-', '/', '«', '„', '“']);
const closingContext = new Set([
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '}',
  '…',
  '—',
  '–',
  '-',
  '»',
  '”',
]);
const whitespacePattern = /\s/;
const wordPattern = /[\p{L}\p{N}]+/gu;
const minQuotationWords = 7;

function isSpace(char: string | undefined): boolean {
  return char !== undefined && whitespacePattern.test(char);
}

// A straight quote opens after a space or an opening bracket and before a word…
function isStraightOpening(text: string, index: number): boolean {
  const before = text[index - 1];
  const after = text[index + 1];
  const opensHere = before === undefined || isSpace(before) || openingContext.has(before);
  return opensHere && after !== undefined && !isSpace(after);
}

// …and closes after a word and before a space or punctuation.
function isStraightClosing(text: string, index: number): boolean {
  const before = text[index - 1];
  const after = text[index + 1];
  const closesHere = after === undefined || isSpace(after) || closingContext.has(after);
  return closesHere && before !== undefined && !isSpace(before);
}

function findCloser(text: string, open: number, opener: string, closers: string): number {
  let depth = 0;
  for (let index = open + 1; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (opener === '"') {
      if (char === '"' && isStraightClosing(text, index)) return index;
    } else if (char === opener) {
      depth += 1;
    } else if (closers.includes(char)) {
      if (depth === 0) return index;
      depth -= 1;
    }
  }
  return -1;
}

function skipSpacesForward(text: string, index: number): number {
  let position = index;
  while (isSpace(text[position])) position += 1;
  return position;
}

/**
 * Direct speech rather than a name in quotes: «Зарядье» and “Search for Answers” are
 * names, «…», — рассказала Наталья Сергунина is a quotation. It is a quotation when it
 * follows a colon, is followed by an attribution dash, ends in sentence punctuation, or
 * is long.
 */
function isQuotation(text: string, open: number, close: number): boolean {
  const last = text[close - 1];
  if (last !== undefined && sentenceEnd.has(last)) return true;
  let before = open - 1;
  while (isSpace(text[before])) before -= 1;
  if (text[before] === ':') return true;
  let after = skipSpacesForward(text, close + 1);
  if (text[after] === ',' || text[after] === '.') after = skipSpacesForward(text, after + 1);
  const dash = text[after];
  if (dash !== undefined && attributionDashes.has(dash)) return true;
  const words = text.slice(open + 1, close).match(wordPattern);
  return (words?.length ?? 0) >= minQuotationWords;
}

/**
 * The top-level inline quotations of a paragraph's text: «…», „…“, “…” and "…", nested
 * marks balanced. Names and titles in quotes are not quotations (see `isQuotation`).
 * Runs in linear time: an opening mark that never closes rules its kind out for the rest
 * of the text instead of being retried.
 */
export function findInlineQuotations(text: string): QuotationRange[] {
  const ranges: QuotationRange[] = [];
  const unmatched = new Set<string>();
  let index = 0;
  while (index < text.length) {
    // Straight to the next quotation mark: every other character is passed over anyway.
    openerPattern.lastIndex = index;
    const next = openerPattern.exec(text);
    if (!next) break;
    index = next.index;
    const char = text[index] ?? '';
    const closers = closersByOpener[char];
    const isOpening = !unmatched.has(char) && (char !== '"' || isStraightOpening(text, index));
    if (closers === undefined || !isOpening) {
      index += 1;
      continue;
    }
    const close = findCloser(text, index, char, closers);
    if (close === -1) {
      unmatched.add(char);
      index += 1;
      continue;
    }
    if (close > index + 1 && isQuotation(text, index, close)) ranges.push({ open: index, close });
    index = close + 1;
  }
  return ranges;
}
