/**
 * The article's language by its letters: Cyrillic against Latin. Quotes from the other
 * language inside an article do not change it, since the majority decides.
 */
export function detectLanguage(text: string): 'ru' | 'en' {
  let cyrillic = 0;
  let latin = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0x0400 && code <= 0x04ff) cyrillic += 1;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin += 1;
  }
  return cyrillic >= latin && cyrillic > 0 ? 'ru' : 'en';
}
