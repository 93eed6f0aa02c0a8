import { findNameRuns } from './findNameRuns';
import { parseSpeakerPhrase, type SpeakerReference } from './parseSpeakerPhrase';
import type { Token } from './tokenizeText';

/** English nouns of a claim whose "that" clause gives what was said. */
export const claimNouns = new Set(
  'criticism criticisms warning warnings claim claims assertion assertions accusation accusations charge complaint statement comments remarks'.split(
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
    if (!claimNouns.has(clause[at]?.norm ?? '')) continue;
    const owner = clause[at + 1]?.norm === 'that' ? ownerBefore(clause, at) : undefined;
    if (owner !== undefined) return { reference: owner, index: at };
    if (!sourceWords.has(clause[at + 1]?.norm ?? '')) continue;
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

const possessive = /['’]s$/;

/**
 * "rejected Tom Reed's claim that the plan was "…"": a named owner written right before the
 * claim noun and its "that" is the claim's source (session 25: the one rejecting it was given
 * at 0.95). Only a person's full name counts.
 */
function ownerBefore(clause: readonly Token[], at: number): SpeakerReference | undefined {
  const last = clause[at - 1];
  if (last === undefined || !last.isCapitalized || !possessive.test(last.text)) return undefined;
  let from = at - 1;
  while (from > 0 && clause[from - 1]?.isCapitalized === true && clause[from - 1]?.isWord)
    from -= 1;
  const bare = {
    ...last,
    text: last.text.slice(0, -2),
    norm: last.norm.slice(0, -2),
    end: last.end - 2,
  };
  const phrase = [...clause.slice(from, at - 1), bare];
  if (!findNameRuns(phrase, 'en').some((run) => run.isPerson && run.to - run.from >= 2))
    return undefined;
  const reference = parseSpeakerPhrase(phrase, 'en');
  return reference === undefined || reference.name === '' ? undefined : reference;
}
