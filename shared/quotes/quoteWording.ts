/**
 * What the typograf (or a paste from a word processor) changes without changing what was
 * said: the kind of space, quote mark, dash, apostrophe and ellipsis, and invisible soft
 * hyphens. Each kind is folded to one plain character.
 */
const foldings: ReadonlyArray<readonly [RegExp, string]> = [
  // Soft hyphen, zero-width space / joiners, word joiner, byte-order mark: invisible.
  [/[\u00AD\u200B-\u200D\u2060\uFEFF]/gu, ''],
  // Every kind of space (no-break, narrow, thin, figure…) and runs of them.
  [/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/gu, ' '],
  // Double quotes: «» „ “ ” ‟ ″ and the straight one.
  [/[«»„“”‟″"]/gu, '"'],
  // Single quotes and apostrophes: ‚ ‘ ’ ‛ ′ ‹ › and the straight one.
  [/[‚‘’‛′‹›']/gu, "'"],
  // Hyphens and dashes: non-breaking hyphen, figure, en, em, horizontal bar, minus.
  [/[\u2010-\u2015\u2212]/gu, '-'],
  [/…/gu, '...'],
];

/** A quotation's wording with its typography folded away (see `isSameQuoteWording`). */
export function foldQuoteTypography(text: string): string {
  let folded = text;
  for (const [pattern, plain] of foldings) folded = folded.replace(pattern, plain);
  // A space the typograf adds or drops beside a dash or inside quote marks is not a word.
  return folded.replace(/ ?- ?/gu, '-').trim();
}

/**
 * True when two wordings of a quotation say the same thing: they differ at most in the
 * typography the typograf changes (spaces vs no-break spaces, straight vs typographic quotes
 * and dashes, soft hyphens, the ellipsis). Any other change — a word, a letter, a comma —
 * makes them differ, so a checked quotation whose words change needs a new check.
 */
export function isSameQuoteWording(a: string, b: string): boolean {
  return a === b || foldQuoteTypography(a) === foldQuoteTypography(b);
}
