import { emptyReference, parseSpeakerPhrase, type SpeakerReference } from './parseSpeakerPhrase';
import type { Token } from './tokenizeText';

/** The longest addressee before «в», in tokens («„Российской газете“» is four). */
const maxAddressee = 5;
const marks = new Set(['«', '»', '„', '“', '"']);
/** A surname's dative singular: «Петрову», «Ивановой», «Смиту». */
const dativeName = /(?:у|ю|ой|ей)$/u;

/**
 * «— сообщили ТАСС в МЧС», «Как рассказали «Известиям» в пресс-службе компании, …», «Как
 * сообщили Петрову, …»: a Russian plural verb with no subject of its own tells the words to
 * whoever is named right after it (an outlet, a person in the dative); the body after «в» said
 * them (round thirty-two: the outlet or the person told was given at 0.9–0.95). Returns the
 * body after «в» when it is an organisation, an unnamed reference when it names none or there
 * is no «в», and undefined when the phrase does not open with such an addressee.
 */
export function sourceAfterAddressee(phrase: readonly Token[]): SpeakerReference | undefined {
  const [head] = phrase;
  if (head === undefined || !(head.isCapitalized || marks.has(head.text))) return undefined;
  const at = phrase.findIndex(
    (token, index) => index > 0 && (token.norm === 'в' || token.norm === 'во'),
  );
  if (at < 0) {
    const isLoneDative =
      phrase.length === 1 && head.isWord && head.isCapitalized && dativeName.test(head.norm);
    return isLoneDative ? emptyReference(head.start) : undefined;
  }
  if (at > maxAddressee) return undefined;
  const addressee = phrase.slice(0, at);
  // Only capitalised words and the marks of an outlet's name may be told: a lower-case word
  // ("сообщили журналисты в …") is a subject of its own.
  let inMarks = false;
  for (const token of addressee) {
    if (token.text === '«' || token.text === '„') inMarks = true;
    else if (token.text === '»' || token.text === '“') inMarks = false;
    else if (token.text === '"') inMarks = !inMarks;
    else if (!inMarks && !(token.isWord && token.isCapitalized)) return undefined;
  }
  const source = phrase.slice(at + 1);
  const named = source.length === 0 ? undefined : parseSpeakerPhrase(source, 'ru');
  return named?.isOrganisation === true ? named : emptyReference(source[0]?.start ?? head.start);
}
