/** A half-open range `[from, to)` of UTF-16 offsets in a string. */
export interface TextRange {
  from: number;
  to: number;
}

const protectedPatterns: RegExp[] = [
  // URLs, with or without a scheme: typography would turn `--` or `...` inside them into dashes.
  /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)[^\s<>"«»“”„‘’]+/giu,
  // E-mail addresses.
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  // Inline code as typed in plain text, and code elements.
  /`[^`\n]*`/g,
  /<(code|pre|kbd|samp|var)\b[^>]*>[\s\S]*?<\/\1>/gi,
  // Anything typograf would read as markup: it hides tags and decodes entities.
  /<\/?[a-z][^>]*>/gi,
  /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi,
];

// Sentence punctuation right after a URL ends the sentence, not the URL; one mark only,
// so a path ending in `..` keeps its dots.
const trailingPunctuation = /[.,;:!?)'"]$/;

/**
 * The parts of a plain text that typography must leave exactly as they are: URLs,
 * e-mail addresses, code and markup. Sorted and merged.
 */
export function findProtectedRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const pattern of protectedPatterns) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      let to = match.index + match[0].length;
      if (pattern === protectedPatterns[0] && trailingPunctuation.test(match[0])) to -= 1;
      ranges.push({ from: match.index, to });
    }
  }
  return mergeRanges(ranges);
}

/** Sorts ranges and merges the ones that overlap or touch. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((left, right) => left.from - right.from);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}
