import type { TextLanguage } from './textLanguage';

/** What a desk counts in a text: words, characters («знаки») and reading time. */
export interface TextCounts {
  words: number;
  /** Visible characters, spaces included («знаки с пробелами»); line breaks are not counted. */
  charactersWithSpaces: number;
  /** Visible characters without any kind of space («знаки без пробелов»). */
  charactersWithoutSpaces: number;
  /** Whole minutes of reading, rounded up; 0 only for a text without words. */
  readingMinutes: number;
}

const wordsPerMinute: Record<TextLanguage, number> = { ru: 180, en: 230 };

/**
 * A word is a run of letters and digits; a hyphen or an apostrophe between two such runs
 * keeps them one word («Ростов-на-Дону», "well-known", "O’Brien"), as does a decimal
 * separator between digits ("3.5", «1,5»).
 */
const wordPattern =
  /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:(?:[-\u2010\u2011'\u2019]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

/**
 * Text made only of these characters has one grapheme per UTF-16 unit (no combining
 * marks, surrogates, joiners or CR), so it can be counted without a segmenter: that is
 * nearly every Russian or English article, and it keeps counting cheap on each keystroke.
 */
const simpleText =
  /^[\t\n\u0020-\u007e\u00a0-\u02ff\u0370-\u0482\u048a-\u052f\u2000-\u200c\u200e-\u2027\u2029-\u206f\u20a0-\u20c0\u2100-\u218f\u2190-\u21ff\u2200-\u22ff]*$/;

/** Graphemes a reader does not see as characters: line breaks and bare format characters. */
const uncountedGrapheme = /^(?:[\n\r\u0085\u2028\u2029]|\p{Cf})+$/u;
const spaceGrapheme = /^\s+$/;
const chunkLength = 1024;

let graphemeSegmenter: Intl.Segmenter | null | undefined;

/**
 * Words, characters and reading time of `text`, counting characters as a reader sees
 * them: a letter with combining accents or an emoji built of several code points is one.
 */
export function countText(text: string, language: TextLanguage): TextCounts {
  const words = countWords(text);
  const { withSpaces, withoutSpaces } = countCharacters(text);
  return {
    words,
    charactersWithSpaces: withSpaces,
    charactersWithoutSpaces: withoutSpaces,
    readingMinutes: readingMinutesFor(words, language),
  };
}

/** Reading time in whole minutes for `words` words: rounded up, at least 1 for any text. */
export function readingMinutesFor(words: number, language: TextLanguage): number {
  return words > 0 ? Math.max(1, Math.ceil(words / wordsPerMinute[language])) : 0;
}

function countWords(text: string): number {
  let count = 0;
  wordPattern.lastIndex = 0;
  while (wordPattern.exec(text)) count += 1;
  return count;
}

function countCharacters(text: string): { withSpaces: number; withoutSpaces: number } {
  let withSpaces = 0;
  let withoutSpaces = 0;
  for (const chunk of splitAtSpaces(text)) {
    const counts = simpleText.test(chunk) ? countSimpleCharacters(chunk) : countGraphemes(chunk);
    withSpaces += counts.withSpaces;
    withoutSpaces += counts.withoutSpaces;
  }
  return { withSpaces, withoutSpaces };
}

/**
 * Pieces of about `chunkLength` units, each cut just before a space: a grapheme never
 * continues across a plain space, so counts of the pieces add up. The pieces keep one
 * emoji from sending the whole text down the slow path, and V8's segmenter slows down
 * far worse than linearly on very long strings.
 */
function* splitAtSpaces(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > chunkLength) {
    const cut = text.indexOf(' ', start + chunkLength);
    if (cut === -1) break;
    yield text.slice(start, cut);
    start = cut;
  }
  yield text.slice(start);
}

function countGraphemes(text: string): { withSpaces: number; withoutSpaces: number } {
  let withSpaces = 0;
  let withoutSpaces = 0;
  for (const grapheme of splitGraphemes(text)) {
    if (uncountedGrapheme.test(grapheme)) continue;
    withSpaces += 1;
    if (!spaceGrapheme.test(grapheme)) withoutSpaces += 1;
  }
  return { withSpaces, withoutSpaces };
}

function countSimpleCharacters(text: string): { withSpaces: number; withoutSpaces: number } {
  let withSpaces = 0;
  let spaces = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isUncountedCode(code)) continue;
    withSpaces += 1;
    if (isSpaceCode(code)) spaces += 1;
  }
  return { withSpaces, withoutSpaces: withSpaces - spaces };
}

// Line breaks and format characters (soft hyphen, zero-width and bidi controls) of the
// simple-text ranges: what `uncountedGrapheme` skips on the segmenter path.
function isUncountedCode(code: number): boolean {
  return (
    code === 0x0a ||
    code === 0xad ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2029 && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x206f)
  );
}

// The members of JavaScript's `\s` inside the simple-text ranges.
function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f
  );
}

function splitGraphemes(text: string): Iterable<string> {
  graphemeSegmenter ??=
    typeof Intl.Segmenter === 'function'
      ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
      : null;
  if (graphemeSegmenter) {
    const segments = graphemeSegmenter.segment(text);
    return (function* () {
      for (const { segment } of segments) yield segment;
    })();
  }
  return approximateGraphemes(text);
}

/**
 * For a runtime without `Intl.Segmenter`: joins combining marks, variation selectors,
 * emoji modifiers, zero-width-joined sequences and flag pairs to the character before.
 */
function* approximateGraphemes(text: string): Generator<string> {
  let current = '';
  let joinNext = false;
  let regionalIndicators = 0;
  for (const char of text) {
    const isRegional = /\p{Regional_Indicator}/u.test(char);
    const attaches =
      /^(?:\p{M}|\p{Emoji_Modifier}|\u200d|[\u{e0020}-\u{e007f}])$/u.test(char) ||
      (current === '\r' && char === '\n') ||
      (isRegional && regionalIndicators % 2 === 1);
    if (current !== '' && (attaches || joinNext)) {
      current += char;
    } else {
      if (current !== '') yield current;
      current = char;
      regionalIndicators = 0;
    }
    if (isRegional) regionalIndicators += 1;
    joinNext = char === '\u200d';
  }
  if (current !== '') yield current;
}
