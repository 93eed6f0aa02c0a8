import { claimNouns } from './claimNounSource';
import { isFunctionWord } from './functionWords';
import type { Token } from './tokenizeText';

/** The most words of a source phrase: "from senior administration officials". */
const maxSourceWords = 8;
const determiners = new Set(['the', 'a', 'an', 'some', 'its', 'their', 'his', 'her', 'our']);
const possessive = /['’]s$/;

/**
 * "The agency reported that it heard from officials that "…"", "The court answered the
 * father's claims that his son was "…"": after the cue, a second "that" clause is given to
 * another source — the one it came "from", or the owner of a claim the subject answers — so
 * the cue's subject only passes on words that are not its own (round thirty-three: an agency
 * and a court were given them at 0.75). `from` is the first token after the cue.
 */
export function isReportOfOthers(clause: readonly Token[], from: number): boolean {
  for (let at = from; at < clause.length - 1; at += 1) {
    const token = clause[at];
    if (token === undefined) continue;
    if (
      claimNouns.has(token.norm) &&
      clause[at + 1]?.norm === 'that' &&
      possessive.test(clause[at - 1]?.text ?? '')
    )
      return true;
    if (token.norm !== 'from') continue;
    for (let next = at + 1; next < clause.length && next <= at + 1 + maxSourceWords; next += 1) {
      const word = clause[next];
      if (word === undefined || !word.isWord) break;
      if (word.norm === 'that') return next > at + 1;
      // "rejected a request from the envoy on the grounds that": a preposition ends the
      // source phrase; the "that" clause belongs to another noun.
      if (isFunctionWord(word.norm) && !determiners.has(word.norm)) break;
    }
  }
  return false;
}
