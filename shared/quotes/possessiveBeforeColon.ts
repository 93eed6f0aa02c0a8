import type { SpeakerReference } from './parseSpeakerPhrase';
import type { Token } from './tokenizeText';

/** What someone says, as "his" or "her" introduces it before a colon. */
const sayingNouns = new Set(
  (
    'message answer response reply verdict advice explanation warning statement words remarks ' +
    'comment comments view conclusion plea'
  ).split(' '),
);
const openers = new Set(['but', 'and', 'so', 'yet']);
/** Words after the noun before the colon: "was simple", "to the council was blunt". */
const maxTail = 5;

/**
 * "Her message was simple: "…"", "His answer: "…"": an English clause before a colon that
 * opens with "his" or "her" and a noun for what was said is the pronoun's words, read back to
 * its antecedent as "she" is in "She was blunt: "…"". Undefined for any other clause.
 */
export function possessiveBeforeColon(clause: readonly Token[]): SpeakerReference | undefined {
  let at = 0;
  if (openers.has(clause[at]?.norm ?? '')) at += 1;
  const owner = clause[at];
  const pronoun = owner?.norm === 'his' ? 'm' : owner?.norm === 'her' ? 'f' : undefined;
  if (owner === undefined || pronoun === undefined) return undefined;
  if (!sayingNouns.has(clause[at + 1]?.norm ?? '')) return undefined;
  const tail = clause.slice(at + 2);
  // "Her view was shared by the mayor:": whoever "by" names took the words up.
  if (
    tail.length > maxTail ||
    tail.some((token) => !token.isWord || token.isCapitalized || token.norm === 'by')
  )
    return undefined;
  return {
    name: '',
    role: '',
    pronoun,
    gender: '',
    isOrganisation: false,
    // The clause's subject, as "she" in "She was blunt:", not a possessive inside a cue.
    offset: owner.start,
  };
}
