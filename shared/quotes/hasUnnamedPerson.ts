import type { TextIndex } from './buildTextIndex';
import { countMentionsBefore } from './countMentionsBefore';
import type { PersonRegistry } from './createPersonRegistry';
import { tokenizeText } from './tokenizeText';

/**
 * Nouns that bring in a person the article does not name (a resident, a passer-by, a suspect),
 * in the nominative singular. Titles and trades are left out: "музыкант", "премьер" most often
 * describe again the person just named.
 */
const personNouns = new Map<string, 'm' | 'f'>([
  ...'житель очевидец свидетель прохожий пассажир мужчина подросток юноша злоумышленник подозреваемый задержанный нападавший пострадавший'
    .split(' ')
    .map((word): [string, 'm'] => [word, 'm']),
  ...'жительница очевидица свидетельница прохожая пассажирка женщина девушка подозреваемая задержанная пострадавшая'
    .split(' ')
    .map((word): [string, 'f'] => [word, 'f']),
]);

/**
 * «По факту поджога был задержан 27-летний житель села. Он сказал, что …»: between the person
 * a Russian pronoun would resolve to and the pronoun, a sentence whose only person is an
 * unnamed one (a resident, a suspect, a man; in the nominative and of the pronoun's gender)
 * may well be who the pronoun means; the named person is then a guess (round fourteen).
 */
export function hasUnnamedPerson(
  text: string,
  index: TextIndex,
  people: PersonRegistry,
  gender: 'm' | 'f',
  from: number,
  to: number,
): boolean {
  if (to <= from) return false;
  const { mentions } = people;
  const tokens = tokenizeText(text, from, to);
  let depth = 0;
  for (let position = 0; position < tokens.length; position += 1) {
    const token = tokens[position];
    if (token === undefined) continue;
    if (token.text === '«' || token.text === '“') depth += 1;
    else if (token.text === '»' || token.text === '”') depth = Math.max(0, depth - 1);
    if (depth > 0 || !token.isWord || token.isCapitalized) continue;
    const nounGender = personNouns.get(token.norm);
    if (nounGender !== gender) continue;
    // "заявил министр Петров": the role of a name is no unnamed person.
    if (tokens[position + 1]?.isCapitalized === true) continue;
    const start = index.sentenceStart(token.start);
    const end = index.sentenceEnd(token.start);
    const named = mentions[countMentionsBefore(mentions, start)];
    if (named === undefined || named.offset >= end) return true;
  }
  return false;
}
