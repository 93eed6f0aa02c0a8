import { letterCaseLimit, lowerCode } from './letterCase';

/**
 * The form words are compared in: lower case, ё as е, typographic apostrophes as ASCII.
 * Russian texts write ё inconsistently, so lexicon look-ups must not depend on it.
 */
export function normalizeWord(word: string): string {
  // Every word of an article comes here, most already in lower case or capitalised only:
  // those are answered from the code-unit table without converting the whole word.
  let isFirstChanged = false;
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    const lower = code < letterCaseLimit ? (lowerCode[code] ?? -1) : -1;
    if (lower === code) continue;
    if (lower < 0 || index > 0) return convertWord(word);
    isFirstChanged = true;
  }
  if (!isFirstChanged) return word;
  return String.fromCharCode(lowerCode[word.charCodeAt(0)] ?? 0) + word.slice(1);
}

function convertWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words need neither replacement; skipping the regexes keeps tokenising cheap.
  const hasYo = lower.includes('ё');
  const hasApostrophe = lower.includes('’') || lower.includes('ʼ') || lower.includes('`');
  if (!hasYo && !hasApostrophe) return lower;
  const plain = hasYo ? lower.replace(/ё/g, 'е') : lower;
  return hasApostrophe ? plain.replace(/[’ʼ`]/g, "'") : plain;
}
