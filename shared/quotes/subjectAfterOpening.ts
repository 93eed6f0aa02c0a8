import { countMentionsBefore } from './countMentionsBefore';
import type { PersonRegistry } from './createPersonRegistry';
import type { PersonMention } from './personMention';

// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
/** Only lowercase words and commas: «позже», «не раскрыл, однако». */
const lowercaseOnly = /^(?:[\s,]|\p{Ll}[\p{Ll}-]*)*$/u;
/** Marks that open another clause or a quotation between the opening word and the name. */
const clauseMarks = /[«»"“”„:;()]/u;

/** How far a known name may stand before its verb. */
const verbReach = 40;

/**
 * «Мотивом преступления Чэпмен позже назвал …», «Несколькими днями ранее Пан Ги Мун
 * обратился …»: a Russian sentence opening with a capitalised word that names nobody (a noun
 * or an adverbial in an oblique case) has its subject further on. The last person the
 * article names before the cue is that subject when only lowercase words stand between the
 * name and the verb and the name, which the article writes elsewhere too, is written as the
 * person's nominative, not «Шефера».
 * `nominativeOf` gives the mention's person as the speaker shown. Returns the mention, or
 * undefined when no such name stands there.
 */
export function subjectAfterOpening(
  text: string,
  people: PersonRegistry,
  openingEnd: number,
  cueOffset: number,
  nominativeOf: (mention: PersonMention) => string,
): PersonMention | undefined {
  const { mentions } = people;
  const mention = mentions[countMentionsBefore(mentions, cueOffset) - 1];
  if (mention === undefined || mention.offset < openingEnd) return undefined;
  const nameEnd = mention.offset + mention.name.length;
  if (nameEnd > cueOffset || cueOffset - nameEnd > verbReach) return undefined;
  if (!lowercaseOnly.test(text.slice(nameEnd, cueOffset))) return undefined;
  if (clauseMarks.test(text.slice(openingEnd, mention.offset))) return undefined;
  // Named elsewhere too: «Мотивом преступления Шефера Петров» reads as one name nowhere else.
  if (people.entityOf(mention).mentions.length < 2) return undefined;
  const shown = new Set(nominativeOf(mention).split(' '));
  return mention.name.split(' ').every((word) => shown.has(word)) ? mention : undefined;
}
