import { toNominativeName } from './toNominativeName';
import type { TextIndex } from './buildTextIndex';
import { countMentionsBefore } from './countMentionsBefore';
import type { PersonRegistry } from './createPersonRegistry';
import { functionWords, isFunctionWord } from './functionWords';
import { isRelationNoun } from './isRelationsGenitive';
import { normalizeWord } from './normalizeWord';
import type { PersonMention } from './personMention';
import { isRoleWord } from './roleWords';

/**
 * «Песков отверг утверждения, что Россия «…»», "Hale denied the claims she was "…"": the words
 * quoted are those the subject denies, someone else's.
 */
const denial =
  /(?:^|[^\p{L}])(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:es|ed)|отверг\p{L}*|опроверг\p{L}*|отрица\p{L}*|оспари\p{L}*|оспори\p{L}*)(?!\p{L})/iu;

/**
 * «Глава МИД Литвы Линас Линкявичус также обвинил Москву в том, что она якобы «…»», "Trotter
 * seemed unconvinced that ankle-bracelets were an "…"": a phrase quoted inside a sentence with
 * no speech cue is the words of the person the sentence opens with, its subject, when only
 * titles and capitalised words stand before the name and nobody else is named before the
 * quotation (round seventeen). A relative's sentence («Знакомый Джеймсона знал его как «…»»)
 * names nobody who speaks; the caller checks the name is in the nominative.
 */
export function findSentenceSubject(
  text: string,
  index: TextIndex,
  people: PersonRegistry,
  quoteStart: number,
  sentenceStart = index.sentenceStart(quoteStart),
  passOblique = false,
): PersonMention | undefined {
  const { mentions } = people;
  const position = countMentionsBefore(mentions, sentenceStart);
  const subject = mentions[position];
  if (subject === undefined || subject.offset >= quoteStart || !subject.isSentenceSubject)
    return undefined;
  const entity = people.entityOf(subject);
  for (let next = position + 1; ; next += 1) {
    const mention = mentions[next];
    if (mention === undefined || mention.offset >= quoteStart) break;
    if (people.entityOf(mention) !== entity) {
      if (passOblique && toNominativeName(mention.name) !== mention.name) continue;
      return undefined;
    }
  }
  const before = text.slice(sentenceStart, subject.offset).trimEnd();
  // "During Prime Minister's Questions Wednesday, Sunak …": a name inside an opening
  // adverbial, before its comma, is not the subject.
  const opening = /^[\s«“„"'-]*([\p{L}]+)/u.exec(before)?.[1] ?? '';
  if (functionWords.prepositions.has(normalizeWord(opening)) && !before.includes(','))
    return undefined;
  // «Министр культуры Ольга …»: the title written with the name may hold lower-case words.
  const title = subject.role !== '' && before.endsWith(subject.role) ? subject.role.length : 0;
  let at = 0;
  for (const word of before.split(/[^\p{L}-]+/u)) {
    at = before.indexOf(word, at) + word.length;
    if (word === '') continue;
    const norm = normalizeWord(word);
    if (isRelationNoun(norm)) return undefined;
    const isLowerCase = word.charAt(0) !== word.charAt(0).toUpperCase();
    if (isLowerCase && at <= before.length - title && !isRoleWord(norm) && !isFunctionWord(norm))
      return undefined;
  }
  if (denial.test(text.slice(subject.offset, quoteStart))) return undefined;
  const after = text.slice(
    subject.offset + subject.name.length,
    subject.offset + subject.name.length + 3,
  );
  if (/^['’]s?\b/u.test(after)) return undefined;
  return subject;
}
