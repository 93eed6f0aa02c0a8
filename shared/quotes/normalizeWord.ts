/**
 * The form words are compared in: lower case, ё as е, typographic apostrophes as ASCII.
 * Russian texts write ё inconsistently, so lexicon look-ups must not depend on it.
 */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е').replace(/[’ʼ`]/g, "'");
}
