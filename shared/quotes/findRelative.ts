import type { PersonRegistry } from './createPersonRegistry';
import { firstNameGender } from './firstNames';
import type { PersonMention } from './personMention';
import { isSamePerson, isSameWord, nameWords } from './isSamePerson';

/**
 * «…», — рассказала … Виктор Бут: when the speech verb's gender contradicts the person read at
 * the cue, and the article names exactly one other person of that surname, with a first name,
 * whose gender agrees or is untold (Алла Бут, his wife), the words are theirs: a family shares
 * a surname, and the verb tells which of them spoke. Mentions are compared, not the registry's
 * people, since a bare surname («сказал Удальцов») joins husband and wife into one. Undefined
 * when no such person or more than one is named.
 */
export function findRelative(
  people: PersonRegistry,
  speaker: string,
  verbGender: 'm' | 'f',
): PersonMention | undefined {
  const surname = nameWords(speaker).at(-1);
  if (surname === undefined) return undefined;
  const own = people.find(speaker);
  let found: PersonMention | undefined;
  for (const mention of people.mentions) {
    const words = nameWords(mention.name);
    if (words.length < 2 || !isSameWord(words.at(-1) ?? '', surname)) continue;
    if (isSamePerson(mention.name, speaker)) continue;
    const entity = people.entityOf(mention);
    const gender =
      mention.gender || firstNameGender(words[0] ?? '') || (entity === own ? '' : entity.gender);
    if (gender !== '' && gender !== verbGender) continue;
    if (found !== undefined && !isSamePerson(found.name, mention.name)) return undefined;
    found ??= mention;
  }
  return found;
}
