import { stemWord } from './stemWord';
import { tokenizeWords } from './tokenizeWords';

/**
 * What goes into an FTS5 column for one field (headline, lede or body): the stems of its words
 * in order, separated by single spaces, so FTS5 positions (phrases, NEAR) follow the text.
 * Words with an empty stem are left out.
 */
export function toIndexText(text: string): string {
  const stems: string[] = [];
  for (const { word } of tokenizeWords(text)) {
    const stem = stemWord(word);
    if (stem) stems.push(stem);
  }
  return stems.join(' ');
}
