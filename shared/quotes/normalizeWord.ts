/**
 * The form words are compared in: lower case, ё as е, typographic apostrophes as ASCII.
 * Russian texts write ё inconsistently, so lexicon look-ups must not depend on it.
 */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words need neither replacement; skipping the regexes keeps tokenising cheap.
  const hasYo = lower.includes('ё');
  const hasApostrophe = lower.includes('’') || lower.includes('ʼ') || lower.includes('`');
  if (!hasYo && !hasApostrophe) return lower;
  const plain = hasYo ? lower.replace(/ё/g, 'е') : lower;
  return hasApostrophe ? plain.replace(/[’ʼ`]/g, "'") : plain;
}
