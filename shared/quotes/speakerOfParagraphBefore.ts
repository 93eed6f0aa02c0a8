import type { TextIndex } from './buildTextIndex';
import { countMentionsBefore } from './countMentionsBefore';
import type { PersonRegistry } from './createPersonRegistry';
import type { PersonMention } from './personMention';
import { findSpeechVerbByNorm } from './speechVerbs';
import { tokenizeText } from './tokenizeText';

/** Only spaces, a dash or the opening mark before the quotation on its line. */
const lineOpening = /^[\s\u2014\u2013«"“„-]*$/u;

/**
 * «Как сообщил министр Иван Седов, предложения касаются двух вопросов.» then a paragraph
 * that is only «Первый касается …»: a quotation opening its paragraph, with no one else named
 * there, goes on from the paragraph before when that paragraph's last sentence reports one
 * person's speech and names no one else (round thirty-three: such quotations went unattributed;
 * the same sentence in the same paragraph already introduced them). `start` and `end` are the
 * quotation's; the person is the reported subject's mention.
 */
export function speakerOfParagraphBefore(
  text: string,
  people: PersonRegistry,
  index: TextIndex,
  start: number,
  end: number,
): PersonMention | undefined {
  const lineStart = index.lineStart(start);
  if (!lineOpening.test(text.slice(lineStart, start))) return undefined;
  let last = lineStart - 1;
  while (last >= 0 && /\s/u.test(text.charAt(last))) last -= 1;
  // A paragraph before, separated by a blank line or a line break, ending its last sentence.
  if (last < 0 || !/[.!?…]/u.test(text.charAt(last))) return undefined;
  const from = index.sentenceStart(last);
  if (index.lineStart(from) !== index.lineStart(last)) return undefined;
  const { mentions } = people;
  const lineEnd = index.lineEnd(end);
  // «…». Так считают жители.»: a speech verb after it in its paragraph tells another source.
  const rest = tokenizeText(text, end, lineEnd);
  if (rest.some((token) => findSpeechVerbByNorm(token.norm) !== undefined)) return undefined;
  // Anyone named in the quotation's own paragraph may be whose it is.
  const after = countMentionsBefore(mentions, end);
  if ((mentions[after]?.offset ?? Infinity) < lineEnd) return undefined;
  const opening = countMentionsBefore(mentions, lineStart);
  if (opening < countMentionsBefore(mentions, start)) return undefined;
  let speaker: PersonMention | undefined;
  for (
    let position = countMentionsBefore(mentions, from);
    position < mentions.length;
    position += 1
  ) {
    const mention = mentions[position];
    if (mention === undefined || mention.offset > last) break;
    if (speaker !== undefined && people.entityOf(mention) !== people.entityOf(speaker))
      return undefined;
    if (mention.isSubject) speaker = mention;
    else if (speaker === undefined) return undefined;
  }
  return speaker;
}
