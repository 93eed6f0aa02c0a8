import { letterCaseLimit, lowerCode } from './letterCase';

/**
 * What each code unit below the table's limit becomes in a normalised word: its lower case,
 * with ё as е and the apostrophes as ASCII; -1 where the whole word must be converted.
 */
const normalCode = Int32Array.from(lowerCode);
for (const char of 'ёЁ') normalCode[char.charCodeAt(0)] = 'е'.charCodeAt(0);
for (const char of 'ʼ`') normalCode[char.charCodeAt(0)] = "'".charCodeAt(0);
const typographicApostrophe = '’'.charCodeAt(0);

/**
 * The form words are compared in: lower case, ё as е, typographic apostrophes as ASCII.
 * Russian texts write ё inconsistently, so lexicon look-ups must not depend on it.
 */
export function normalizeWord(word: string): string {
  // Every word of an article comes here, most already in lower case or capitalised only:
  // they are answered from the code-unit table without a case conversion of the whole word
  // (which for Cyrillic, kept in two-byte strings, is a call into ICU).
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (normalCodeOf(code) !== code) return rebuildFrom(word, index);
  }
  return word;
}

function normalCodeOf(code: number): number {
  if (code < letterCaseLimit) return normalCode[code] ?? -1;
  return code === typographicApostrophe ? 0x27 : -1;
}

/** The word normalised, its units before `from` known to stay as they are. */
function rebuildFrom(word: string, from: number): string {
  const first = normalCodeOf(word.charCodeAt(from));
  if (first < 0) return convertWord(word);
  let isRestKept = true;
  for (let index = from + 1; index < word.length && isRestKept; index += 1) {
    const code = word.charCodeAt(index);
    const normal = normalCodeOf(code);
    if (normal < 0) return convertWord(word);
    isRestKept = normal === code;
  }
  // "Министр", "Объём": one unit changed, the commonest case, is put together directly.
  if (isRestKept) {
    return word.slice(0, from) + String.fromCharCode(first) + word.slice(from + 1);
  }
  const codes: number[] = [];
  for (let index = 0; index < word.length; index += 1) {
    const normal = normalCodeOf(word.charCodeAt(index));
    if (normal < 0) return convertWord(word);
    codes.push(normal);
  }
  return String.fromCharCode(...codes);
}

function convertWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words need neither replacement; skipping the regexes keeps this cheap.
  const hasYo = lower.includes('ё');
  const hasApostrophe = lower.includes('’') || lower.includes('ʼ') || lower.includes('`');
  if (!hasYo && !hasApostrophe) return lower;
  const plain = hasYo ? lower.replace(/ё/g, 'е') : lower;
  return hasApostrophe ? plain.replace(/[’ʼ`]/g, "'") : plain;
}
