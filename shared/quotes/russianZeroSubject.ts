import { emptyReference, type SpeakerReference } from './parseSpeakerPhrase';
import { functionWords } from './functionWords';
import type { Token } from './tokenizeText';

const possessives = new Set(['свой', 'своем', 'своей', 'своих', 'своим', 'его', 'ее', 'их']);
/** An adjective in an oblique case («первом», «новой»), before the noun it goes with. */
const obliqueAdjective = /(?:ом|ем|ой|ей|ых|их|ым|им|ого|его|ому|ему|ую|юю)$/u;

/**
 * «В своём посте обещал, что «…»», «Позже добавила: «…»»: a Russian past-tense verb opening
 * its sentence after nothing but adverbs and prepositional phrases has its subject left out,
 * as a pronoun of the verb's gender would name it; the person is the one such a pronoun means.
 * Any other word before the verb may be its subject («Парень обещал», «Я обещал»), so then
 * nothing is read.
 * `clause` runs from the sentence's first word; returns undefined unless the verb stands so.
 */
export function russianZeroSubject(
  clause: readonly Token[],
  cueIndex: number,
  gender: 'm' | 'f',
): SpeakerReference | undefined {
  const verb = clause[cueIndex];
  if (verb === undefined) return undefined;
  const opening = clause[0];
  if (opening === undefined || (cueIndex > 0 && !opening.isCapitalized)) return undefined;
  // After a preposition its modifiers and one noun («в своём первом заявлении»); any other
  // word may be the subject («после суда парень обещал»).
  let isNounAwaited = false;
  for (const token of clause.slice(0, cueIndex)) {
    if (token.text === ',') {
      isNounAwaited = false;
      continue;
    }
    if (!token.isWord) return undefined;
    if (functionWords.prepositions.has(token.norm)) isNounAwaited = true;
    else if (isNounAwaited)
      isNounAwaited = possessives.has(token.norm) || obliqueAdjective.test(token.norm);
    else if (!functionWords.fillers.has(token.norm)) return undefined;
  }
  return { ...emptyReference(verb.start), pronoun: gender, isLeftOut: true };
}
