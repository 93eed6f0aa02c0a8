/** A word the spell checker looks at, with its place in the text it came from. */
export interface SpellingWord {
  word: string;
  from: number;
  to: number;
  language: SpellingLanguage;
}

export type SpellingLanguage = 'ru' | 'en';

// Letters joined by an inner hyphen or apostrophe: «из-за», «кто-нибудь», "don't", "O'Brien".
const wordPattern = /\p{L}+(?:[-'’]\p{L}+)*/gu;
const cyrillic = /^[\p{Script=Cyrillic}\-'’]+$/u;
const latin = /^[\p{Script=Latin}\-'’]+$/u;

/**
 * The words of a text that a dictionary can judge. The script picks the dictionary, so an
 * English name in a Russian article is checked in English, not flagged as Russian. Left out,
 * as a newsroom checker would leave them: words mixing scripts or touching digits (model
 * names, «5G», "COVID-19"), abbreviations in capitals («ЦОДД», "NATO"), and single letters.
 */
export function findSpellingWords(text: string): SpellingWord[] {
  const words: SpellingWord[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const word = match[0];
    const from = match.index;
    const to = from + word.length;
    if (word.length < 2) continue;
    if (isDigit(text.charCodeAt(from - 1)) || isDigit(text.charCodeAt(to))) continue;
    if (word === word.toUpperCase() && word !== word.toLowerCase()) continue;
    const language = spellingLanguageOf(word);
    if (!language) continue;
    words.push({ word: word.replace(/’/g, "'"), from, to, language });
  }
  return words;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The dictionary a word belongs to, by its script; null for a word mixing scripts. */
export function spellingLanguageOf(word: string): SpellingLanguage | null {
  if (cyrillic.test(word)) return 'ru';
  if (latin.test(word)) return 'en';
  return null;
}
