import type { SpeakerReference } from './parseSpeakerPhrase';
import type { Token } from './tokenizeText';

/** The accusative pronoun a cite verb's object may be, with the gender it tells. */
const accusativePronouns = new Map<string, 'm' | 'f' | 'plural'>([
  ['его', 'm'],
  ['ее', 'f'],
  ['её', 'f'],
  ['их', 'plural'],
]);

/** Nouns for an outlet, the cite verb's subject after its object: «цитирует его агентство». */
const outletNouns = new Set([
  'агентство',
  'газета',
  'издание',
  'телеканал',
  'радиостанция',
  'портал',
  'сайт',
  'журнал',
  'информагентство',
]);

/**
 * «…», — цитирует его «Росбалт»; «— цитирует её слова Интерфакс»: a pronoun right after a cite
 * verb is whom the outlet quotes, the speaker, read back as «по его словам» is (round
 * thirty-three: the outlet after it was given at 0.90). Only a pronoun the outlet (by name or
 * noun), a comma, the words it quotes or nothing follows: «цитирует её пресс-секретаря» quotes
 * her aide.
 * `isCitedObject` tells the nouns for the words («слова», «заявление»).
 */
export function citedPronoun(
  after: readonly Token[],
  isCitedObject: (norm: string) => boolean,
): SpeakerReference | undefined {
  const [pronoun, next] = after;
  if (pronoun === undefined || pronoun.isCapitalized) return undefined;
  const gender = accusativePronouns.get(pronoun.norm);
  if (gender === undefined) return undefined;
  if (
    next !== undefined &&
    next.isWord &&
    !next.isCapitalized &&
    !isCitedObject(next.norm) &&
    !outletNouns.has(next.norm)
  )
    return undefined;
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
