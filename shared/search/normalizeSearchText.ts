// Invisible characters that copy-paste leaves inside words (soft hyphens, zero-width joiners and
// spaces, bidi controls, variation selectors, BOM): they must not split or change a word.
const invisibleCharacters =
  /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]|\u034F|\p{Variation_Selector}/gu;

// Typographic apostrophes and the characters people type instead of one. This runs before NFKC,
// which would turn the acute accent U+00B4 into a space and a combining mark.
const apostropheLookalikes = /[\u2018\u2019\u201B\u02BC\u02BB\u2032\u0060\u00B4\uFF07]/gu;

// Latin letters without a canonical decomposition that English readers treat as plain letters.
const latinLetterFolds: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
};

const latinFoldPattern = /[ßæœøłđı]/gu;
const latinDiacritics = /(\p{Script=Latin})\p{M}+/gu;
// Printable ASCII without the backtick, and the Russian alphabet without «ё» (U+0410–U+044F).
const plainText = /^[\t\n\r\u0020-\u005F\u0061-\u007E\u0410-\u044F]*$/u;

/**
 * The form of text that search compares: NFKC, lower case, «ё» as «е», no soft hyphens or
 * zero-width characters, every apostrophe as `'`, and Latin letters without diacritics
 * ("café" = "cafe"). Cyrillic letters keep theirs: «й» is a letter of its own.
 * The result can be shorter than the input, so offsets into it do not map back to the original.
 */
export function normalizeSearchText(text: string): string {
  // Most words are plain Russian or English: skip the Unicode passes for them.
  if (plainText.test(text)) return text.toLowerCase();
  const lower = text
    .replace(invisibleCharacters, '')
    .replace(apostropheLookalikes, "'")
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/gu, 'е');
  if (!/\p{Script=Latin}/u.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(latinDiacritics, '$1')
    .normalize('NFC')
    .replace(latinFoldPattern, (letter) => latinLetterFolds[letter] ?? letter);
}
