import type { TextIndex } from './buildTextIndex';
import { findOpeningOrganisation } from './findOpeningOrganisation';
import { tokenizeText } from './tokenizeText';

/** How far into the sentence before its verb of publishing may stand, in characters. */
const reach = 160;

/** Verbs of putting out a document: «распространило», «опубликовала», «выпустил». */
const publishingVerb =
  /^(?:распространил|опубликовал|выпустил|разместил|обнародовал|направил|опубликовыва|распространя)/;

/**
 * «Министерство обороны распространило заявление. «…», — говорится в сообщении.»: a passive
 * cue whose document names no owner quotes the document the sentence just before put out,
 * when that sentence opens with the body that published it (session 25: five or more such
 * quotations were unattributed). Only the one sentence before is read, and only a body
 * opening it with a verb of publishing: a person or a body merely mentioned there is not the
 * document's author. `at` is where the quotation's sentence starts. Russian only.
 */
export function bodyOfDocumentBefore(
  text: string,
  index: TextIndex,
  at: number,
): string | undefined {
  let position = at - 1;
  while (position >= 0 && /\s/.test(text[position] ?? '')) position -= 1;
  if (position < 0) return undefined;
  const start = index.sentenceStart(position);
  const tokens = tokenizeText(text, start, Math.min(position + 1, start + reach));
  if (!tokens.some((token) => publishingVerb.test(token.norm))) return undefined;
  const opening = findOpeningOrganisation(text, start);
  if (opening !== undefined) return opening;
  // «Пресс-служба Министерства обороны распространила …»: the office speaks for the body.
  const [head, next] = tokens;
  if (head?.norm !== 'пресс-служба' || next === undefined || !next.isCapitalized) return undefined;
  const verb = tokens.findIndex((token) => publishingVerb.test(token.norm));
  const last = tokens[verb - 1];
  return last === undefined ? undefined : text.slice(head.start, last.end);
}
