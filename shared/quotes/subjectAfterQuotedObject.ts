import { parseSpeakerPhrase, type SpeakerReference } from './parseSpeakerPhrase';
import { tokenizeText } from './tokenizeText';

/** A man's surname in the nominative, the only case a masculine verb's subject takes. */
const masculineNominative = /^[а-яё-]+(?:ов|ев|ёв|ин|ын|ский|цкий)$/;
/** After the closing mark: one or two capitalised words, then the sentence's end. */
const closingName = /^\s*(\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+)?)\s*[.!]/u;

/**
 * «Седова назвал «позором» Орлов.»: when the word before a masculine verb is its object (see
 * `isObjectBeforeVerb`), a man's nominative surname, or a full name ending in one, closing the
 * sentence right after the quotation is the verb's subject, the speaker. `open` is the opening
 * mark's offset; only «» marks are read. Russian only.
 */
export function subjectAfterQuotedObject(text: string, open: number): SpeakerReference | undefined {
  if (text.charAt(open) !== '«') return undefined;
  let depth = 0;
  let close = -1;
  for (let at = open; at < text.length && at < open + 2000; at += 1) {
    const char = text.charAt(at);
    if (char === '«') depth += 1;
    else if (char === '»') {
      depth -= 1;
      if (depth === 0) {
        close = at;
        break;
      }
    } else if (char === '\n') return undefined;
  }
  if (close < 0) return undefined;
  const match = closingName.exec(text.slice(close + 1, close + 80));
  const name = match?.[1];
  if (name === undefined) return undefined;
  const last = name.split(/\s+/).pop()?.toLowerCase() ?? '';
  if (!masculineNominative.test(last)) return undefined;
  const from = close + 1 + text.slice(close + 1).indexOf(name);
  const reference = parseSpeakerPhrase(tokenizeText(text, from, from + name.length), 'ru');
  return reference !== undefined && reference.name !== '' && !reference.isOrganisation
    ? reference
    : undefined;
}
