/** Which parts of a body typography reads and which it must leave alone. */
export const typographyScope = {
  /** Marks whose text is left alone: code is literal, link text is often the URL itself. */
  frozenMarks: ['code', 'link'] as readonly string[],
  /** Figure attributes holding text a reader sees. */
  figureTextAttributes: ['caption', 'credit'] as readonly string[],
  /** The stand-in for an inline node in a textblock's text; a hard break reads as `\n`. */
  inlineNodeText: (typeName: string): string => (typeName === 'hardBreak' ? '\n' : '\uFFFC'),
};
