import { parseSpeakerPhrase, type SpeakerReference } from './parseSpeakerPhrase';
import { isRoleWord } from './roleWords';
import type { Token } from './tokenizeText';

/** The longest relative or participle clause, in words, set off by commas before a verb. */
const maxInserted = 12;

/** Russian active participles: «живший», «ставшая», «работающий», «занимавшие». */
const participle = /^\p{Ll}+(?:вш|ющ|ущ|ящ|ащ)(?:ий|ая|ее|ие|его|ей|ем|им|ую)$/u;

const titleMarks = new Set(['«', '»', '„', '“', '"']);

/**
 * «Лукас, который станет консультантом, заявил: «…»», «драматург, живший в России, отметил,
 * что «…»»: a Russian relative clause or participle phrase set off by commas right before the
 * verb describes the word before it, and that word is the verb's subject; the clause's own
 * words (the thing it is about) did not speak (round twenty-eight). Only when the word before
 * the clause is capitalised or a role, so the clause hangs on a person, not on a thing.
 */
export function insertedClauseSubject(head: readonly Token[]): SpeakerReference | undefined {
  if (head[head.length - 1]?.text !== ',') return undefined;
  const closing = head.length - 1;
  const opening = head.findLastIndex((token, at) => at < closing && token.text === ',');
  if (opening < 1 || closing - opening - 1 > maxInserted) return undefined;
  const clause = head.slice(opening + 1, closing);
  const first = clause[0];
  // «консультантом новых «Звёздных войн»»: a title in marks is words of the clause too.
  if (first === undefined || clause.some((token) => !token.isWord && !titleMarks.has(token.text)))
    return undefined;
  // «в последнее время живший в России»: the participle need not open its phrase.
  const isRelative =
    /^котор(?:ый|ая)$/.test(first.norm) || clause.some((token) => participle.test(token.text));
  if (!isRelative) return undefined;
  const bearer = head[opening - 1];
  if (bearer === undefined || !(bearer.isCapitalized || isRoleWord(bearer.text))) return undefined;
  const named = parseSpeakerPhrase(head.slice(0, opening), 'ru');
  return named !== undefined && !named.isOrganisation ? named : undefined;
}
