import type { TextIndex } from './buildTextIndex';
import { countMentionsBefore } from './countMentionsBefore';
import type { PersonEntity, PersonRegistry } from './createPersonRegistry';
import type { PersonMention } from './personMention';
import { isUnnamedRole } from './roleWords';

/** A possessive right before the role: "Аукционный дом X. … его директор Дин Хоермаер". */
const possessiveRole = /(?:^|[\s,(])(?:его|её|ее|их|its|their)\s[^.,;:!?]*$/iu;

/**
 * "— рассказал представитель Heritage Auctions": a representative of a named organisation is
 * the one person the article names in a post there, written in the sentence that names the
 * organisation ("директор «Ромашки» Иван Петров") or right after it with a possessive ("Дом
 * Heritage Auctions. … его директор Дин Хоермаер"). Several such people, or none: unnamed.
 */
export function findRepresentative(
  text: string,
  index: TextIndex,
  people: PersonRegistry,
  role: string,
  offset: number,
): PersonMention | undefined {
  if (!isUnnamedRole(role)) return undefined;
  const prefixes = (role.match(/\p{Lu}[\p{L}\p{N}-]*/gu) ?? []).map((word) =>
    word.slice(0, Math.max(4, word.length - 2)),
  );
  if (prefixes.length === 0) return undefined;
  const mentions = people.mentions.slice(0, countMentionsBefore(people.mentions, offset));
  let found: PersonMention | undefined;
  let entity: PersonEntity | undefined;
  for (const mention of mentions) {
    if (mention.role === '' || isUnnamedRole(mention.role)) continue;
    const sentenceStart = index.sentenceStart(mention.offset);
    const before = text.slice(sentenceStart, mention.offset);
    const context = possessiveRole.test(before)
      ? text.slice(index.sentenceStart(Math.max(0, sentenceStart - 1)), mention.offset)
      : before;
    if (!prefixes.every((prefix) => context.includes(prefix))) continue;
    const owner = people.entityOf(mention);
    if (entity !== undefined && entity !== owner) return undefined;
    entity = owner;
    found = mention;
  }
  return found;
}
