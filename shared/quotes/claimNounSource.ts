import { findNameRuns } from './findNameRuns';
import { parseSpeakerPhrase, type SpeakerReference } from './parseSpeakerPhrase';
import type { Token } from './tokenizeText';

/** English nouns of a claim whose "that" clause gives what was said. */
const claimNouns = new Set(
  'criticism criticisms warning warnings claim claims assertion accusation accusations charge complaint statement comments remarks'.split(
    ' ',
  ),
);
const sourceWords = new Set(['from', 'by']);
/** The most words of a source phrase: "from Farm Union leader Tom Reed". */
const maxSourceWords = 10;

/**
 * "Officials have joined criticism from union leader Tom Reed that the plan will "…"": with no
 * speech verb in the sentence, a claim noun "from" or "by" a named person, whose "that" clause
 * runs into the quotation, gives that person as its speaker (round thirty-two). The last such
 * noun of `clause` (the words before the quotation) counts; undefined when there is none.
 */
export function claimNounSource(
  clause: readonly Token[],
): { reference: SpeakerReference; index: number } | undefined {
  for (let at = clause.length - 3; at >= 0; at -= 1) {
    if (!claimNouns.has(clause[at]?.norm ?? '') || !sourceWords.has(clause[at + 1]?.norm ?? ''))
      continue;
    const that = clause.findIndex(
      (token, position) =>
        position > at + 2 && position <= at + 2 + maxSourceWords && token.norm === 'that',
    );
    if (that < 0) return undefined;
    const phrase = clause.slice(at + 2, that);
    if (phrase.some((token) => !token.isWord)) return undefined;
    if (!findNameRuns(phrase, 'en').some((run) => run.isPerson)) return undefined;
    const reference = parseSpeakerPhrase(phrase, 'en');
    return reference === undefined || reference.name === '' ? undefined : { reference, index: at };
  }
  return undefined;
}
