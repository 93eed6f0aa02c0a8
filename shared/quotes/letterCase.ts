/**
 * Case facts of single UTF-16 code units below U+0500 (Latin, Greek, Cyrillic), read once
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
 * `lowerCode[code]`: the code unit `toLowerCase` turns the unit into, or -1 where a word
 * holding it needs the full conversion: Σ (its lower case depends on the letters around it),
 * İ (lower case in two units), and ё, Ё, ʼ and ` (the forms `normalizeWord` rewrites).
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
  letterCase[code] = lower === upper ? caseless : char === lower ? lowerCase : upperCase;
  lowerCode[code] = lower.length === 1 ? lower.charCodeAt(0) : -1;
  upperCode[code] = upper.length === 1 ? upper.charCodeAt(0) : -1;
  isLetterUnit[code] = /\p{L}/u.test(char) ? 1 : 0;
}
for (const char of 'ΣёЁʼ`') lowerCode[char.charCodeAt(0)] = -1;
