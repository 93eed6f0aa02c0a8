/**
 * "said a Texas oil executive", "said one Marib tribal leader": a capitalised word after an
 * indefinite determiner and before a lower-case noun qualifies that noun; the speaker is the
 * unnamed person the noun describes, not a person or place the word names (round thirty-three).
 */
export function isModifierAfterArticle(text: string, offset: number, name: string): boolean {
  if (/\s/.test(name)) return false;
  const before = text.slice(Math.max(0, offset - 10), offset);
  if (!/(?:^|\s)(?:a|an|one|another)\s+$/i.test(before)) return false;
  return /^[ \t]+[a-z]{3,}/.test(text.slice(offset + name.length, offset + name.length + 20));
}
