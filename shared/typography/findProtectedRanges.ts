/** A half-open range `[from, to)` of UTF-16 offsets in a string. */
export interface TextRange {
  from: number;
  to: number;
}

// Each pattern with a cheap test for the one thing no match can do without: most paragraphs
// hold no link, address, code or markup, and then no pattern has to run at all.
const urlPattern = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)[^\s<>"«»“”„‘’]+/giu;
const protectedPatterns: Array<{ pattern: RegExp; hint: RegExp }> = [
  // URLs, with or without a scheme: typography would turn `--` or `...` inside them into dashes.
  { pattern: urlPattern, hint: /:\/\/|www\.|mailto:/i },
  // E-mail addresses.
  { pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, hint: /@/ },
  // Inline code as typed in plain text, and code elements.
  { pattern: /`[^`\n]*`/g, hint: /`/ },
  { pattern: /<(code|pre|kbd|samp|var)\b[^>]*>[\s\S]*?<\/\1>/gi, hint: /</ },
  // Anything typograf would read as markup: it hides tags and decodes entities.
  { pattern: /<\/?[a-z][^>]*>/gi, hint: /</ },
  { pattern: /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi, hint: /&/ },
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
  for (const { pattern, hint } of protectedPatterns) {
    if (!hint.test(text)) continue;
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      let to = match.index + match[0].length;
      if (pattern === urlPattern && trailingPunctuation.test(match[0])) to -= 1;
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
