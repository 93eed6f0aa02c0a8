import type { Attribution } from './attribution';
import type { TextIndex } from './buildTextIndex';
import { parseSpeakerPhrase } from './parseSpeakerPhrase';
import { findSpeechVerbByNorm } from './speechVerbs';
import { tokenizeText } from './tokenizeText';

/** A byline is a short line: a name and a post, not a sentence of its own. */
const maxBylineLength = 200;

/**
 * "«…рейд … Ни в одной из проб отклонений не было выявлено».\n\n— Татьяна Скригонюк,
 * заместитель начальника пресс-службы": a quotation filling its paragraph, followed by a
 * paragraph of a dash and a name with no verb, is signed by that name, whatever the sentence
 * before the quotation introduced.
 */
export function findBylineAfter(
  text: string,
  index: TextIndex,
  end: number,
  language: 'ru' | 'en',
): Attribution | undefined {
  const lineEnd = index.lineEnd(end);
  const sameLine = language === 'en' ? sameLineByline(text, index, end, lineEnd) : -1;
  if (sameLine < 0 && !/^[»”"\s.!?…]*$/u.test(text.slice(end, lineEnd))) return undefined;
  let start = sameLine < 0 ? lineEnd : sameLine;
  while (start < text.length && /\s/.test(text.charAt(start))) start += 1;
  const dash = /^[—–-][ \u00a0]*/u.exec(text.slice(start, start + 3));
  if (dash === null || start === lineEnd) return undefined;
  const bylineEnd = index.lineEnd(start);
  if (bylineEnd - start > maxBylineLength) return undefined;
  const tokens = tokenizeText(text, start + dash[0].length, bylineEnd);
  if (tokens[0]?.isCapitalized !== true) return undefined;
  if (tokens.some((token) => token.isWord && findSpeechVerbByNorm(token.norm) !== undefined))
    return undefined;
  const reference = parseSpeakerPhrase(tokens, language);
  if (reference === undefined || reference.name === '' || reference.offset !== tokens[0]?.start)
    return undefined;
  return {
    cue: '—',
    cueOffset: start,
    strength: 'strong',
    reference,
    hasColon: false,
    verbGender: '',
  };
}

const opensWithMark = /^\s*[«“"]/u;
// Module-level: esbuild compiles a `\p{…}` literal into `new RegExp` at each evaluation.
const dashAfterMark = /^[»”"]*[.!?…]?[»”"]*[ \u00a0]+(?=[—–-][ \u00a0]*\p{Lu})/u;

/**
 * ""The fight is far from over." - Anna Berg": an English quotation opening its paragraph,
 * signed after a dash on the same line (a pull quote), is signed as a byline below it is.
 * Returns where the dash stands, or -1.
 */
function sameLineByline(text: string, index: TextIndex, end: number, lineEnd: number): number {
  if (!opensWithMark.test(text.slice(index.lineStart(end), end))) return -1;
  const tail = dashAfterMark.exec(text.slice(end, lineEnd));
  return tail === null ? -1 : end + tail[0].length;
}
