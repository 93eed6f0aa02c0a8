import type { Token } from './tokenizeText';

/**
 * "The WHO notes", "the US said": a word of two or more capitals right after "the" is a body's
 * or a country's initials, even when it is also written as a function word ("who", "us"); an
 * article never stands before a pronoun (round thirty-two).
 */
export function isInitialsAfterArticle(tokens: readonly Token[], index: number): boolean {
  // The article first: it rules out nearly every capitalised function word at once.
  if (tokens[index - 1]?.norm !== 'the') return false;
  const token = tokens[index];
  return (
    token !== undefined &&
    token.isWord &&
    token.text.length >= 2 &&
    token.text === token.text.toUpperCase() &&
    token.text !== token.text.toLowerCase()
  );
}
