import { firstNameLemma } from './firstNames';
import { normalizeWord } from './normalizeWord';
import { parseSpeakerPhrase, type SpeakerReference } from './parseSpeakerPhrase';
import type { Token } from './tokenizeText';

/** The longest apposition, in tokens, between the two commas. */
const maxApposition = 8;

/**
 * «По словам одного из участников, священника Ивана Петрова, закон «…»»: after the comma
 * closing the phrase of «по словам», a lower-case noun that runs into a name in the same
 * oblique case and closes at a second comma is an apposition naming the source, not the
 * start of what was said (round thirty-two). The name's first name must show the case
 * («Ивана»), for a nominative name there («священник Иван Петров заявил …») is a subject of
 * its own. `after` holds the tokens after the cue and `comma` the index of its first comma.
 */
export function obliqueApposition(
  after: readonly Token[],
  comma: number,
): SpeakerReference | undefined {
  const closing = after.findIndex((token, at) => at > comma && token.text === ',');
  if (closing < 0 || closing - comma - 1 > maxApposition) return undefined;
  const apposition = after.slice(comma + 1, closing);
  const [head] = apposition;
  if (head === undefined || !head.isWord || head.isCapitalized) return undefined;
  if (apposition.some((token) => !token.isWord)) return undefined;
  const showsCase = apposition.some((token) => {
    const lemma = token.isCapitalized ? firstNameLemma(token.text) : undefined;
    return lemma !== undefined && lemma !== normalizeWord(token.text);
  });
  if (!showsCase) return undefined;
  const named = parseSpeakerPhrase(apposition, 'ru');
  return named !== undefined && named.name !== '' && !named.isOrganisation ? named : undefined;
}
