/** Up to six words, then initials in brackets. */
const wordsToInitials = /^((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)\s+\((\p{Lu}{2,8})\)/u;

/**
 * "Medecins sans Frontieres (MSF) said", "Reporters sans Frontieres (RSF) said": a word that is
 * one of words whose initials, lower-case particles included, are the capitals in brackets
 * right after them is part of a body's name written in full; returns that name, or ''
 * (round thirty-two). `offset` is where the word starts.
 */
export function nameBeforeInitials(text: string, offset: number): string {
  const found = wordsToInitials.exec(text.slice(offset, offset + 120));
  if (found === null) return '';
  const initials = found[2] ?? '';
  const after = (found[1] ?? '').split(/\s+/u);
  const missing = initials.length - after.length;
  if (missing < 0) return '';
  const before =
    missing === 0
      ? []
      : text
          .slice(Math.max(0, offset - 80), offset)
          .trimEnd()
          .split(/\s+/u)
          .slice(-missing);
  const words = [...before, ...after];
  const isName =
    words.length === initials.length &&
    /^\p{Lu}/u.test(words[0] ?? '') &&
    words.map((word) => word.charAt(0).toUpperCase()).join('') === initials;
  return isName ? words.join(' ') : '';
}
