import type { PersonMention } from './personMention';
import type { PersonEntity, PersonRegistry } from './createPersonRegistry';
import { isSameWord } from './isSamePerson';
import { firstNameLemma } from './firstNames';
import type { SpeakerReference } from './parseSpeakerPhrase';
import { roleKeys } from './roleWords';
import type { SpeechGender } from './speechVerbs';

/** A speaker after resolution. */
export interface ResolvedSpeaker {
  speaker: string;
  role: string;
  /** The name came from a pronoun or a role, resolved to an earlier named person. */
  inferred: boolean;
  isOrganisation: boolean;
}

/** How far back (in characters) a sentence subject still outranks a later object. */
const subjectWindow = 300;
/** How far back (in characters) an unnamed role may refer to a recent subject. */
const roleWindow = 1000;
/** Resolution looks at most this many mentions back, to stay linear in long articles. */
const maxCandidates = 400;

const unknown: ResolvedSpeaker = { speaker: '', role: '', inferred: false, isOrganisation: false };

/**
 * Turns a speaker reference into a name. A name is completed from the fullest mention of the
 * same person ("Сергунина" → "Наталья Сергунина") and takes the role written there; a pronoun
 * resolves to the last person named before `offset` whose gender agrees; a role ("министр",
 * "the governor") to the person last named in that role. `verbGender` ("сказала") narrows
 * both. Returns '' as speaker when nobody fits rather than guessing across the article.
 */
export function resolveSpeaker(
  reference: SpeakerReference | undefined,
  people: PersonRegistry,
  offset: number,
  verbGender: SpeechGender,
): ResolvedSpeaker {
  if (reference === undefined) return unknown;
  if (reference.isOrganisation)
    return { ...unknown, speaker: reference.name, isOrganisation: true };
  if (reference.name !== '') {
    const entity = people.find(reference.name);
    return {
      speaker:
        entity === undefined
          ? reference.name
          : preferredName(displayOf(entity), reference.name, entity),
      role: reference.role || (entity === undefined ? '' : roleOf(entity, offset)),
      inferred: false,
      isOrganisation: false,
    };
  }
  const earlier = people.mentions.slice(
    Math.max(0, countBefore(people.mentions, offset) - maxCandidates),
    countBefore(people.mentions, offset),
  );
  const gender =
    reference.pronoun === 'm' || reference.pronoun === 'f' ? reference.pronoun : verbGender;
  let match: PersonMention | undefined;
  if (reference.pronoun === 'm' || reference.pronoun === 'f') {
    match = lastAgreeing(earlier, people, reference.pronoun);
  } else if (reference.role !== '') {
    match =
      bestRoleMatch(earlier, people, reference.role, gender) ??
      recentSubject(earlier, people, offset, gender);
  }
  if (match === undefined) return { ...unknown, role: reference.role };
  const entity = people.entityOf(match);
  return {
    speaker: displayOf(entity),
    role: reference.role || roleOf(entity, offset),
    inferred: true,
    isOrganisation: false,
  };
}

const displays = new WeakMap<PersonEntity, string>();
const subjectNames = new WeakMap<PersonEntity, Set<string>>();

/** The entity's best name, unless the name written at the cue is as full and nominative. */
function preferredName(known: string, written: string, entity: PersonEntity): string {
  let nominative = subjectNames.get(entity);
  if (nominative === undefined) {
    nominative = new Set(
      entity.mentions.filter((mention) => mention.isSubject).map((mention) => mention.name),
    );
    subjectNames.set(entity, nominative);
  }
  return nameScore(written, nominative) > nameScore(known, nominative) ? written : known;
}

function displayOf(entity: PersonEntity): string {
  let display = displays.get(entity);
  if (display === undefined) {
    display = displayName(
      entity.mentions.map((mention) => mention.name),
      entity.mentions,
    );
    displays.set(entity, display);
  }
  return display;
}

/** The role written at the person's latest mention before `offset`, else at any mention. */
function roleOf(entity: PersonEntity, offset: number): string {
  const { mentions } = entity;
  for (let index = countBefore(mentions, offset) - 1; index >= 0; index -= 1) {
    const role = mentions[index]?.role;
    if (role) return role;
  }
  return mentions.find((mention) => mention.role !== '')?.role ?? '';
}

function genderOf(person: PersonMention, people: PersonRegistry): string {
  return person.gender || people.entityOf(person).gender;
}

/** How many mentions come before `offset`; they are in text order, so a binary search. */
function countBefore(mentions: readonly PersonMention[], offset: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle]?.offset ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The antecedent of "он"/"she": the latest person whose gender does not contradict it. When
 * that person is not a sentence subject ("…to help Montalvo. He described…"), a subject of
 * agreeing gender named just before wins, as readers resolve it.
 */
function lastAgreeing(
  earlier: readonly PersonMention[],
  people: PersonRegistry,
  gender: 'm' | 'f',
): PersonMention | undefined {
  const agrees = (mention: PersonMention): boolean => {
    const known = genderOf(mention, people);
    return known === '' || known === gender;
  };
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const mention = earlier[index];
    if (mention === undefined || !agrees(mention)) continue;
    if (mention.isSentenceSubject || mention.isSubject) return mention;
    for (let back = index - 1; back >= 0; back -= 1) {
      const subject = earlier[back];
      if (subject === undefined || mention.offset - subject.offset > subjectWindow) break;
      if (subject.isSentenceSubject && agrees(subject)) return subject;
    }
    return mention;
  }
  return undefined;
}

/**
 * A role nobody was named in ("— отметила представитель Philips", "цитирует РБК
 * российского лидера") most often describes the person the article has just been quoting or
 * reporting: the latest subject of a speech verb or sentence close by, of agreeing gender.
 */
function recentSubject(
  earlier: readonly PersonMention[],
  people: PersonRegistry,
  offset: number,
  gender: SpeechGender,
): PersonMention | undefined {
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const mention = earlier[index];
    if (mention === undefined || offset - mention.offset > roleWindow) return undefined;
    if (!mention.isSubject && !mention.isSentenceSubject) continue;
    const known = genderOf(mention, people);
    if ((gender === 'm' || gender === 'f') && known !== '' && known !== gender) continue;
    return mention;
  }
  return undefined;
}

function bestRoleMatch(
  earlier: readonly PersonMention[],
  people: PersonRegistry,
  role: string,
  gender: SpeechGender,
): PersonMention | undefined {
  const wanted = roleKeys(role);
  const wantedWords = roleWords(role);
  let best: PersonMention | undefined;
  let bestScore = 0;
  // Latest first, so of equal matches the most recent wins.
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const mention = earlier[index];
    if (mention === undefined || mention.role === '') continue;
    const known = genderOf(mention, people);
    if ((gender === 'm' || gender === 'f') && known !== '' && known !== gender) continue;
    const keys = roleKeys(mention.role);
    const shared = [...wanted].filter((key) => keys.has(key)).length;
    const words = roleWords(mention.role);
    const overlap = wantedWords.filter((word) =>
      words.some((other) => isSameWord(word.toLowerCase(), other.toLowerCase())),
    );
    // Different titles of one person still share the organisation's name ("представитель
    // Philips" / "директор ... Philips").
    const sharesName = overlap.some((word) => /^\p{Lu}/u.test(word));
    if (shared === 0 && !sharesName) continue;
    const score = shared * 2 + overlap.length;
    if (score > bestScore) {
      best = mention;
      bestScore = score;
    }
  }
  return best;
}

/** Words of a role cut to a stem; case is kept so organisation names stay recognisable. */
function roleWords(role: string): string[] {
  return role
    .split(/[\s,]+/)
    .map((word) => word.slice(0, 5))
    .filter((word) => word.length >= 4);
}

/**
 * The name to show: the fullest form, preferring one written in the nominative (a subject
 * of a speech verb, or a first name in its dictionary form).
 */
function displayName(names: readonly string[], mentions: readonly PersonMention[]): string {
  const nominative = new Set(
    mentions.filter((mention) => mention.isSubject).map((mention) => mention.name),
  );
  let best = names[0] ?? '';
  let bestScore = -1;
  for (const name of names) {
    const score = nameScore(name, nominative);
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

/** Longer names first; of equal length, one known to be in the nominative. */
function nameScore(name: string, nominative: ReadonlySet<string>): number {
  const words = name.split(/\s+/);
  const first = words[0] ?? '';
  const isNominative =
    nominative.has(name) || (words.length > 1 && firstNameLemma(first) === first.toLowerCase());
  return words.length * 2 + (isNominative ? 1 : 0);
}
