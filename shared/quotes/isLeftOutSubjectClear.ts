import type { TextIndex } from './buildTextIndex';
import { countMentionsBefore } from './countMentionsBefore';
import type { PersonRegistry } from './createPersonRegistry';
import { functionWords } from './functionWords';
import { normalizeWord } from './normalizeWord';
import { isRoleWord } from './roleWords';

// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
const firstWord = /[\p{L}-]+/u;
const capitalised = /^\p{Lu}/u;

/** How many sentences back the person may have been the subject. */
const maxSentences = 4;

/**
 * «Сергей Лавров уехал. МИД России опубликовал комментарий. Позже заявил: «…»»: a Russian verb
 * whose subject is left out («— и добавил», «В посте обещал») means the subject of the
 * sentences before, which may be a body or a common noun the pronoun's antecedent search never
 * sees. The person `speaker` is clear only when the sentence naming them last opens with them
 * (after a role or a preposition at most) and every sentence since opens with a preposition,
 * an adverb or them again.
 */
export function isLeftOutSubjectClear(
  text: string,
  index: TextIndex,
  people: PersonRegistry,
  speaker: string,
  cueOffset: number,
): boolean {
  const entity = people.find(speaker);
  if (entity === undefined) return false;
  const own = entity.mentions;
  const last = own[countMentionsBefore(own, cueOffset) - 1];
  if (last === undefined || !last.isSentenceSubject) return false;
  if (!opensWith(text, last.sentenceStart, last.offset)) return false;
  let start = index.sentenceStart(cueOffset);
  for (let count = 0; start > last.offset; count += 1) {
    const previous = index.sentenceStart(start - 1);
    if (previous <= last.offset || count >= maxSentences) return previous <= last.offset;
    const word = firstWord.exec(text.slice(previous, previous + 40))?.[0] ?? '';
    const norm = normalizeWord(word);
    const isOpener =
      functionWords.prepositions.has(norm) ||
      functionWords.fillers.has(norm) ||
      people.find(word) === entity;
    if (!isOpener) return false;
    start = previous;
  }
  return true;
}

/** Nothing but lowercase words and role words between the sentence's start and the name. */
function opensWith(text: string, sentenceStart: number, offset: number): boolean {
  for (const word of text.slice(sentenceStart, offset).match(/[\p{L}-]+/gu) ?? []) {
    const norm = normalizeWord(word);
    if (
      capitalised.test(word) &&
      !isRoleWord(norm) &&
      !functionWords.prepositions.has(norm) &&
      !functionWords.fillers.has(norm)
    )
      return false;
  }
  return true;
}
