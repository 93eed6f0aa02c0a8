import { functionWords } from './functionWords';
import type { SpeakerReference } from './parseSpeakerPhrase';
import type { Token } from './tokenizeText';

/**
 * «По его словам», "according to her": a pronoun inside a multi-word cue is the speaker, read
 * back to its antecedent like any possessive; undefined when the cue carries none.
 */
export function pronounInCue(cueTokens: readonly Token[]): SpeakerReference | undefined {
  const pronoun = cueTokens.find((token) => functionWords.pronouns.has(token.norm));
  if (pronoun === undefined) return undefined;
  return {
    name: '',
    role: '',
    pronoun: functionWords.pronouns.get(pronoun.norm) ?? '',
    gender: '',
    isOrganisation: false,
    offset: pronoun.start,
    isPossessive: true,
  };
}
