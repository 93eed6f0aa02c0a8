/**
 * Case facts of single UTF-16 code units, tabled below U+0500 (Latin, Greek, Cyrillic), read
 * from `toLowerCase`/`toUpperCase` themselves, so a look-up answers exactly what they would.
 * Quote detection asks them of every word of an article, and for Cyrillic, which V8 keeps
 * in two-byte strings, each case conversion is a call into ICU.
 */
export const letterCaseLimit = 0x500;

/** No case (digits, punctuation, caseless letters). */
export const caseless = 0;
/** A letter that `toLowerCase` leaves as it is. */
export const lowerCase = 1;
/** A letter that `toLowerCase` changes (upper or title case). */
export const upperCase = 2;

/** `letterCase[code]`: caseless, lowerCase or upperCase, for `code < letterCaseLimit`. */
export const letterCase = new Uint8Array(letterCaseLimit);

/**
 * `lowerCode[code]`: the code unit `toLowerCase` turns the unit into, or -1 where it is not
 * one unit or depends on the letters around it (İ gives two units, Σ a final or other sigma).
 */
export const lowerCode = new Int32Array(letterCaseLimit);

/** `upperCode[code]`: the code unit `toUpperCase` turns the unit into, or -1 if several. */
export const upperCode = new Int32Array(letterCaseLimit);

/** `isLetterUnit[code]`: 1 where the unit is a letter (`\p{L}`). */
export const isLetterUnit = new Uint8Array(letterCaseLimit);

for (let code = 0; code < letterCaseLimit; code += 1) {
  const char = String.fromCharCode(code);
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  letterCase[code] = caseFrom(char, lower, upper);
  lowerCode[code] = lower.length === 1 ? lower.charCodeAt(0) : -1;
  upperCode[code] = upper.length === 1 ? upper.charCodeAt(0) : -1;
  isLetterUnit[code] = /\p{L}/u.test(char) ? 1 : 0;
}
lowerCode['Σ'.charCodeAt(0)] = -1;

/** Cases of the code units above the table met so far: dashes, quotation marks, ellipses. */
const otherCases = new Map<number, number>();

/** caseless, lowerCase or upperCase: the case of one code unit, as its conversions show it. */
export function caseOfUnit(code: number): number {
  if (code < letterCaseLimit) return letterCase[code] ?? caseless;
  let known = otherCases.get(code);
  if (known === undefined) {
    const char = String.fromCharCode(code);
    known = caseFrom(char, char.toLowerCase(), char.toUpperCase());
    otherCases.set(code, known);
  }
  return known;
}

function caseFrom(char: string, lower: string, upper: string): number {
  if (lower === upper) return caseless;
  return char === lower ? lowerCase : upperCase;
}
