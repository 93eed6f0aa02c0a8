/** What may stand right before a word that opens a sentence, a line or a quotation. */
const openingBefore = /[.!?…:"“”«»—–\n(]$/u;

/**
 * "Hamas has also warned Israel …" after "a spokesman for the Hamas", "If Hamas chooses": a
 * capitalised word opening a sentence that the article also writes capitalised inside a
 * sentence (after a word or a comma) is a name there too, given the article never writes it in
 * lower case (the caller checks that) (round thirty-two). Only whole words count.
 */
export function isWrittenAsName(text: string, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}'’-])${word}(?![\\p{L}\\p{N}])`, 'gu');
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(Math.max(0, match.index - 4), match.index).trimEnd();
    if (before !== '' && !openingBefore.test(before)) return true;
  }
  return false;
}
