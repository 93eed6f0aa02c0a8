import type { TextIndex } from './buildTextIndex';
import { countMentionsBefore } from './countMentionsBefore';
import type { PersonRegistry } from './createPersonRegistry';
import { functionWords } from './functionWords';
import { tokenizeText } from './tokenizeText';

// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
const acronymStart = /^\p{Lu}{2,}/u;
const letterOrDigit = /[\p{L}\p{N}]/u;

const openingMarks = new Set(['«', '“', '„']);
const closingMarks = new Set(['»', '”']);

/**
 * "…житель Санта-Фе Димитриос Пагуртзис. … В Твиттере шерифа округа Эда Гонсалеса появилась
 * просьба. «…», — написал он.": between the person a pronoun would resolve to and the pronoun,
 * two or more capitalised words in a row that name nobody the article is known to name (not
 * opening a sentence, not after a preposition or an article, outside quotation marks) may be the one meant,
 * in a form the names are not read from; the pronoun then says nothing sure. Places and
 * organisations written so count as well: the reading is only ever made less sure. Russian
 * only: English capitalises every proper noun ("a unique New Zealand flag"), so two capitals
 * in a row say little there.
 */
export function hasUnreadName(
  text: string,
  index: TextIndex,
  people: PersonRegistry,
  from: number,
  to: number,
): boolean {
  if (to <= from) return false;
  const { mentions } = people;
  const known: Array<[number, number]> = [];
  for (
    let position = countMentionsBefore(mentions, from);
    position < countMentionsBefore(mentions, to);
    position += 1
  ) {
    const mention = mentions[position];
    if (mention !== undefined) known.push([mention.offset, mention.offset + mention.name.length]);
  }
  const tokens = tokenizeText(text, from, to);
  let depth = 0;
  /** Capitalised words in a row so far, and whether the run may be a name at all. */
  let run = 0;
  let isRunReadable = false;
  for (let position = 0; position < tokens.length; position += 1) {
    const token = tokens[position];
    if (token === undefined) continue;
    if (token.text === '"') depth = depth > 0 ? depth - 1 : 1;
    else if (openingMarks.has(token.text)) depth += 1;
    else if (closingMarks.has(token.text)) depth = Math.max(0, depth - 1);
    const isCapital =
      depth === 0 &&
      token.isCapitalized &&
      !acronymStart.test(token.text) &&
      !known.some(([start, end]) => token.start >= start && token.start < end);
    if (!isCapital) {
      run = 0;
      continue;
    }
    if (run === 0) isRunReadable = isReadable(text, index, tokens[position - 1], token.start);
    run += 1;
    if (run >= 2 && isRunReadable) return true;
  }
  return false;
}

/** Not the sentence's first word and not governed by a preposition or an article. */
function isReadable(
  text: string,
  index: TextIndex,
  previous: { norm: string; isWord: boolean } | undefined,
  start: number,
): boolean {
  if (previous === undefined || !previous.isWord) return false;
  // "in line with the United States", "won the Budweiser Man of the Match award".
  if (functionWords.prepositions.has(previous.norm) || functionWords.articles.has(previous.norm))
    return false;
  return letterOrDigit.test(text.slice(index.sentenceStart(start), start));
}
