/**
 * The slice of `snowball-stemmers` (a Babel-compiled UMD file without types) that Galley uses.
 * It sets `exports.newStemmer` on a CommonJS `exports` object, so only named imports are safe:
 * Node's CommonJS lexer and Vite/Rolldown both expose them, while a default import differs
 * between the two (the file also sets `__esModule`).
 */
declare module 'snowball-stemmers' {
  /** A stateful stemmer for one language; `stem` expects one lower-case word. */
  export interface SnowballStemmer {
    stem(word: string): string;
  }

  /** Throws a TypeError for an unknown language name. */
  export function newStemmer(language: 'russian' | 'english'): SnowballStemmer;
}
