import type { SpeakerReference } from './parseSpeakerPhrase';
import type { Token } from './tokenizeText';

const objectPronouns = new Map<string, 'm' | 'f' | 'plural'>([
  ['him', 'm'],
  ['her', 'f'],
  ['them', 'plural'],
]);

/**
 * "According to him, he had never "…"": an object pronoun that is the whole phrase after a
 * cue is its speaker, read back to its antecedent as "по его словам" is; "according to her
 * lawyer" is not (round twenty-four).
 */
export function objectPronounAfterCue(phrase: readonly Token[]): SpeakerReference | undefined {
  const [pronoun, next] = phrase;
  if (pronoun === undefined || (next !== undefined && next.text !== ',')) return undefined;
  const gender = objectPronouns.get(pronoun.text);
  if (gender === undefined) return undefined;
  return {
    name: '',
    role: '',
    pronoun: gender,
    gender: '',
    isOrganisation: false,
    offset: pronoun.start,
    isPossessive: true,
  };
}
