import type { PersonMention } from './personMention';
import { firstNameLemma } from './firstNames';
import { isSamePerson, nameWords } from './isSamePerson';
import { isWrittenLowercase } from './isWrittenLowercase';

// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
const leadingInitial = /^(\p{Lu})\.\s?\p{Lu}/u;
const capitalFirst = /^\p{Lu}/u;

/** All mentions of one person, whatever the case form or the length of the name. */
export interface PersonEntity {
  mentions: PersonMention[];
  /** Gender known from any mention; '' when none tells. */
  gender: 'm' | 'f' | '';
}

/** The people of an article, grouped, with look-ups that stay linear in the text. */
export interface PersonRegistry {
  /** Every mention in text order. */
  readonly mentions: readonly PersonMention[];
  /** Records a mention (in text order) and returns its person. */
  add(mention: PersonMention): PersonEntity;
  /** The person a written name refers to, if the article names them anywhere. */
  find(name: string): PersonEntity | undefined;
  entityOf(mention: PersonMention): PersonEntity;
  /** The article also writes this word in lower case (in some case form): a common word. */
  isCommonWord(word: string): boolean;
}

/**
 * Creates an empty registry. Names are bucketed by the first letters of their surname (and of
 * a lone first name), so finding a person compares a handful of names, not every mention:
 * quote detection runs on every edit and must not grow quadratically with the article.
 */
export function createPersonRegistry(
  lowercaseWords: ReadonlySet<string> | (() => ReadonlySet<string>) = new Set(),
  language: 'ru' | 'en' = 'ru',
): PersonRegistry {
  // Given as a function, the words are read only when a common word is first asked about.
  let lowercase = typeof lowercaseWords === 'function' ? undefined : lowercaseWords;
  const mentions: PersonMention[] = [];
  const buckets = new Map<string, PersonEntity[]>();
  const owners = new Map<PersonMention, PersonEntity>();
  const find = (name: string): PersonEntity | undefined => {
    // The given name is read only once some entity matches: most look-ups find none.
    let given: Given | undefined | null = null;
    for (const key of keysOf(name)) {
      const entity = buckets.get(key)?.find((candidate) => {
        if (!candidate.mentions.some((mention) => isSamePerson(mention.name, name))) return false;
        given ??= givenOf(name);
        return given === undefined || !hasOtherGiven(candidate, given);
      });
      if (entity !== undefined) return entity;
    }
    return undefined;
  };
  return {
    mentions,
    find,
    add(mention) {
      mentions.push(mention);
      let entity = find(mention.name);
      if (entity === undefined) {
        entity = { mentions: [], gender: '' };
      }
      for (const key of keysOf(mention.name)) {
        const bucket = buckets.get(key) ?? [];
        if (!bucket.includes(entity)) bucket.push(entity);
        buckets.set(key, bucket);
      }
      entity.mentions.push(mention);
      if (entity.gender === '') entity.gender = mention.gender;
      owners.set(mention, entity);
      return entity;
    },
    entityOf(mention) {
      return owners.get(mention) ?? { mentions: [mention], gender: mention.gender };
    },
    isCommonWord: (word) => {
      // "Rick Santorum … the santorum neologism … Santorum criticized": the surname of someone
      // the article named in full stays a name, whatever word it also became.
      if (language === 'en' && hasFullNameEndingIn(find(word), word)) return false;
      lowercase ??= typeof lowercaseWords === 'function' ? lowercaseWords() : lowercaseWords;
      return isWrittenLowercase(word, lowercase, language);
    },
  };
}

function hasFullNameEndingIn(entity: PersonEntity | undefined, word: string): boolean {
  return entity?.mentions.some((mention) => mention.name.endsWith(` ${word}`)) === true;
}

function keysOf(name: string): string[] {
  const words = nameWords(name);
  const last = words[words.length - 1];
  const first = words[0];
  if (last === undefined || first === undefined) return [];
  const keys = [`last:${last.slice(0, 2)}`];
  if (words.length > 1 || firstNameLemma(first) !== undefined)
    keys.push(`first:${first.slice(0, 2)}`);
  return keys;
}

/** A name's given name or initial, and whether it is one the first-name list knows. */
interface Given {
  letter: string;
  isKnown: boolean;
}

const givens = new Map<string, Given | undefined>();
const maxGivens = 5_000;

/** "Н. Н. Вертинской" → н, "Nancy Reagan" → n (known); undefined for a bare surname. */
function givenOf(name: string): Given | undefined {
  if (givens.has(name)) return givens.get(name);
  const given = readGiven(name);
  if (givens.size >= maxGivens) givens.clear();
  givens.set(name, given);
  return given;
}

function readGiven(name: string): Given | undefined {
  const initial = leadingInitial.exec(name)?.[1];
  if (initial !== undefined) return { letter: initial.toLowerCase(), isKnown: true };
  const words = name.split(/\s+/);
  const first = words[0] ?? '';
  if (words.length < 2 || !capitalFirst.test(first)) return undefined;
  return { letter: first.charAt(0).toLowerCase(), isKnown: firstNameLemma(first) !== undefined };
}

/**
 * «Н. Н. Вертинской» is not Александр Вертинский, nor Nancy Reagan President Ronald Reagan: a
 * name with a given name or an initial joins no person the article names with a given name of
 * another letter, however a bare surname («Вертинского», "Reagan") linked them, when either
 * given name is a known one (round fourteen).
 */
function hasOtherGiven(entity: PersonEntity, given: Given): boolean {
  return entity.mentions.some((mention) => {
    const own = givenOf(mention.name);
    return own !== undefined && own.letter !== given.letter && (own.isKnown || given.isKnown);
  });
}
