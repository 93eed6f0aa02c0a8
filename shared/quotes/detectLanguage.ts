/**
 * The article's language by its letters: Cyrillic against Latin. Quotes from the other
 * language inside an article do not change it, since the majority decides.
 */
export function detectLanguage(text: string): 'ru' | 'en' {
  let cyrillic = 0;
  let latin = 0;
  for (const char of text) {
    if (/[а-яё]/i.test(char)) cyrillic += 1;
    else if (/[a-z]/i.test(char)) latin += 1;
  }
  return cyrillic >= latin && cyrillic > 0 ? 'ru' : 'en';
}
