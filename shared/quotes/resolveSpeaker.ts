import type { PersonMention } from './personMention';
import { countMentionsBefore } from './countMentionsBefore';
import type { PersonEntity, PersonRegistry } from './createPersonRegistry';
import { isSamePerson, isSameWord, nameWords } from './isSamePerson';
import { findFullNamed } from './findFullNamed';
import { firstNameLemma } from './firstNames';
import type { SpeakerReference } from './parseSpeakerPhrase';
import {
  isNationalityRole,
  isPluralRole,
  isRoleWord,
  isSubordinateRole,
  isUnnamedRole,
  roleGender,
  roleKeys,
} from './roleWords';
import type { SpeechGender } from './speechVerbs';
import { toNominativeName } from './toNominativeName';
import { toNominativeRole } from './toNominativeRole';
import { normalizeWord } from './normalizeWord';
import { isRelationNoun, isRelationRole } from './isRelationsGenitive';

// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
const initialsOnly = /^(?:\p{Lu}\.?\s*)+$/u;
const gluedInitial = /^(\p{Lu}\.)(?=\p{Lu})/u;
const cyrillicFirst = /^\p{Script=Cyrillic}/u;
const capitalFirst = /^\p{Lu}/u;

/** A speaker after resolution. */
export interface ResolvedSpeaker {
  speaker: string;
  role: string;
  /** The name came from a pronoun or a role, resolved to an earlier named person. */
  inferred: boolean;
  isOrganisation: boolean;
  /** The person's gender as far as the article tells; '' when unknown or an organisation. */
  gender: 'm' | 'f' | '';
  /** What the speaker was found from, which sets how sure the attribution is. */
  basis: SpeakerBasis;
}

/**
 * 'name': named at the cue; 'organisation': an organisation named at the cue; 'pronoun' /
 * 'role': resolved to an earlier person of agreeing gender / the same role;
 * 'contested': the role fits more than one person the article names (two presidents,
 * two ministers), so the latest best fit is a guess;
 * 'recent-subject': an unnamed role taken to be the person just reported;
 * 'continuation': an unattributed quotation continuing the previous speaker;
 * 'interviewee': an interview's answer, given to the person its introduction names;
 * 'introduction': a quotation without a cue right after a sentence whose subject speaks;
 * 'sentence-subject': a phrase quoted with no cue inside a sentence, given to the person the
 * sentence opens with;
 * 'lone-word': a single capitalised word named nowhere else and not a known first name
 * ("One poster wrote", "Critics … writing", "Источники отмечают"), which may be no name at all.
 */
export type SpeakerBasis =
  | 'none'
  | 'name'
  | 'organisation'
  | 'pronoun'
  | 'role'
  | 'contested'
  | 'recent-subject'
  | 'continuation'
  | 'interviewee'
  | 'introduction'
  | 'sentence-subject'
  | 'lone-word';

/** How far back (in characters) a sentence subject still outranks a later object. */
const subjectWindow = 300;
/** How far back (in characters) an unnamed role may refer to a recent subject. */
const roleWindow = 1000;
/** Resolution looks at most this many mentions back, to stay linear in long articles. */
const maxCandidates = 400;

const unknown: ResolvedSpeaker = {
  speaker: '',
  role: '',
  inferred: false,
  isOrganisation: false,
  gender: '',
  basis: 'none',
};

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
    return { ...unknown, speaker: reference.name, isOrganisation: true, basis: 'organisation' };
  // "По словам Г., …": initials alone name nobody a checker could find (round fourteen).
  if (
    (reference.name !== '' && reference.isOwnedRole !== true && servesNamedPerson(reference)) ||
    initialsOnly.test(reference.name) ||
    isKinOfName(reference.name)
  )
    return { ...unknown, role: reference.role };
  if (reference.name !== '') {
    // "Н.Прянишников" is written as the registry knows it, "Н. Прянишников".
    const written = reference.name.replace(gluedInitial, '$1 ');
    const named = people.find(written);
    const entity =
      named === undefined || named.mentions.every((mention) => !/\s/.test(mention.name))
        ? (findFullNamed(people, written, reference.gender || verbGender) ?? named)
        : named;
    const known =
      entity === undefined ? written : preferredName(displayOf(entity), written, entity);
    // "Reed's father Tom" is not the Tom Baker named elsewhere: the relative is someone the
    // text names by a first name alone, unless it gives him the owner's surname.
    const owner = reference.ownerSurname;
    if (owner !== undefined && known !== written && !known.endsWith(` ${owner}`)) return unknown;
    return {
      // "Norrie Aitchison said" in a text about Claire Aitchison: a bare surname joins a
      // family into one person, but a full name written at the cue is who spoke (round thirteen).
      speaker: toNominativeName(isOtherRelative(known, written) ? written : known),
      role: toNominativeRole(
        reference.role || (entity === undefined ? '' : roleOf(entity, offset)),
      ),
      inferred: false,
      isOrganisation: false,
      gender: entity?.gender || reference.gender,
      basis: isLoneWord(written, entity) ? 'lone-word' : 'name',
    };
  }
  const earlier = people.mentions.slice(
    Math.max(0, countMentionsBefore(people.mentions, offset) - maxCandidates),
    countMentionsBefore(people.mentions, offset),
  );
  const gender =
    reference.pronoun === 'm' || reference.pronoun === 'f' ? reference.pronoun : verbGender;
  let match: PersonMention | undefined;
  let basis: SpeakerBasis = 'none';
  if (
    reference.isDemonstrative === true &&
    (reference.pronoun === 'm' || reference.pronoun === 'f')
  ) {
    match = lastOtherThanSubject(earlier, people, reference.pronoun);
    basis = 'pronoun';
  } else if (reference.pronoun === 'm' || reference.pronoun === 'f') {
    const antecedent = lastAgreeing(
      earlier,
      people,
      reference.pronoun,
      reference.isPossessive !== true,
    );
    match = antecedent.mention;
    // A subject pronoun ("he said") keeps to the sentence subject as readers do; a possessive
    // ("по его словам") as often means the person just named.
    basis =
      antecedent.isContested && (reference.isPossessive === true || antecedent.isGuess)
        ? 'contested'
        : 'pronoun';
  } else if (
    reference.role !== '' &&
    !isPluralRole(reference.role) &&
    gender !== 'plural' &&
    !isRelationRole(reference.role)
  ) {
    // "The mother said" after the father's words: the role's own gender picks the person
    // when the verb shows none (round sixteen).
    const roleShows = gender === '' ? (roleGender(reference.role) ?? '') : gender;
    const fit = bestRoleMatch(earlier, people, reference.role, roleShows);
    match = fit.best;
    basis = fit.isContested ? 'contested' : 'role';
    // A representative or an aide nobody named stays unnamed: the person just reported is
    // the one they speak for, not them. Nor is the person just reported meant when the
    // article gave them another post ("глава государства" after "глава правительства Орлов").
    // "обидели актёра и он направил письмо, в котором возмутился": a role in an oblique case
    // before the cue is another verb's object, not the subject; the person last reported is
    // not meant (round fifteen). After the cue it is the speaker («по словам актёра»).
    if (
      match === undefined &&
      reference.isFarRole !== true &&
      !isUnnamedRole(reference.role) &&
      !ofUnnamedBody.test(reference.role) &&
      (hasNominativeRole(reference.role) || reference.offset > offset)
    ) {
      match = recentSubject(earlier, people, offset, roleShows, roleShows !== gender);
      if (
        match !== undefined &&
        (isOtherPost(roleOf(people.entityOf(match), offset), reference.role) ||
          (isNationalityRole(reference.role) && isOtherInView(earlier, people, offset, match)))
      )
        match = undefined;
      basis =
        match !== undefined && isOvertaken(earlier, people, match, roleShows)
          ? 'contested'
          : 'recent-subject';
    }
  }
  if (match === undefined) return { ...unknown, role: reference.role };
  const resolved = resolveMention(match, people, offset, basis);
  const speaker =
    resolved.gender === '' && gender === 'm'
      ? toNominativeName(displayOf(people.entityOf(match)), gender)
      : resolved.speaker;
  return { ...resolved, speaker, role: toNominativeRole(reference.role) || resolved.role };
}

/**
 * "Помощник Хиллари Клинтон заявил": a deputy's or an aide's title right before a name not
 * written in the nominative names whom they serve, not them. A known first name in its
 * dictionary form ("пресс-секретарь Дмитрий Песков") names the holder; a first name that does
 * not decline ("Хиллари") cannot tell, so no one is named.
 */
/**
 * «Мать Магнитского называла процесс …»: a noun of kinship opening the sentence before a surname
 * is capitalised, not a first name; the words are the relative's, whom the text does not name
 * (round fifteen).
 */
function isKinOfName(name: string): boolean {
  const [first = '', ...rest] = name.split(/\s+/);
  return rest.length === 1 && isRelationNoun(normalizeWord(first));
}

function servesNamedPerson(reference: SpeakerReference): boolean {
  const first = (reference.name.split(' ')[0] ?? '').toLowerCase().replace(/ё/g, 'е');
  if (!cyrillicFirst.test(first) || !isSubordinateRole(reference.role, '')) return false;
  // «— сказал советник министра Ивана Петрова»: after a longer role the name serves as the
  // superior's when its case shows it (round thirty-two: the minister was given).
  // A role itself oblique («цитирует пресс-секретаря министерства Людмилу Зенькович») shares
  // its case with the name after it, which is then its holder.
  const head = reference.role.trim().split(/\s+/)[0] ?? '';
  if (/\s/.test(reference.role.trim()))
    return (
      normalizeWord(toNominativeRole(head)) === normalizeWord(head) &&
      isObliqueName(reference.name, first)
    );
  return firstNameLemma(first) !== first || /[иоуеэю]$/u.test(first);
}

/** A genitive surname ending, or one a woman's nominative shares («Петрова», «Ивановой»). */
const obliqueSurname = /(?:а|я|ого|его|ой|ей)$/u;

/**
 * The name is written in an oblique case: its first name is a known one not in the nominative
 * («Ивана»), or, with no first name, the surname ends as a genitive does. A woman's nominative
 * surname ends so too («Петрова»): with no first name to tell, it counts as oblique.
 */
function isObliqueName(name: string, first: string): boolean {
  const words = name.split(' ');
  const lemma = firstNameLemma(first);
  if (words.length > 1 && lemma !== undefined) return lemma !== first;
  return obliqueSurname.test(words.at(-1) ?? '');
}

/**
 * Both names give a first name and a surname, and they are not one person's: the first names
 * differ by more than a letter ("Гари" and "Гарри" are one spelling apart).
 */
function isOtherRelative(known: string, written: string): boolean {
  const a = nameWords(known);
  const b = nameWords(written);
  return (
    a.length > 1 &&
    b.length > 1 &&
    !isSamePerson(known, written) &&
    !isOneEditApart(a[0] ?? '', b[0] ?? '')
  );
}

/** One letter inserted, dropped or changed turns one word into the other. */
function isOneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a.charAt(start) === b.charAt(start)) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charAt(endA - 1) === b.charAt(endB - 1)) {
    endA -= 1;
    endB -= 1;
  }
  return endA - start <= 1 && endB - start <= 1;
}

function isLoneWord(written: string, entity: PersonEntity | undefined): boolean {
  if (/\s/.test(written) || (entity !== undefined && entity.mentions.length > 1)) return false;
  // "Weerachon expressed awareness …, stating "…"" after "Weerachon Sukhondhapatipak said": the
  // word opens or closes the full name of a person already named, so it is that name.
  if (entity?.mentions.some((mention) => isPartOfFullName(written, mention.name)) === true)
    return false;
  return firstNameLemma(written) === undefined;
}

function isPartOfFullName(word: string, name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 1 && (words[0] === word || words.at(-1) === word);
}

/** The person of one mention, as a speaker found from `basis`. */
export function resolveMention(
  mention: PersonMention,
  people: PersonRegistry,
  offset: number,
  basis: SpeakerBasis,
): ResolvedSpeaker {
  const entity = people.entityOf(mention);
  return {
    speaker: toNominativeName(displayOf(entity)),
    role: toNominativeRole(roleOf(entity, offset)),
    inferred: true,
    isOrganisation: false,
    gender: entity.gender,
    basis,
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
  for (let index = countMentionsBefore(mentions, offset) - 1; index >= 0; index -= 1) {
    const role = mentions[index]?.role;
    if (role) return role;
  }
  return mentions.find((mention) => mention.role !== '')?.role ?? '';
}

function genderOf(person: PersonMention, people: PersonRegistry): string {
  return person.gender || people.entityOf(person).gender;
}

/** A speech form without a gender agrees with anyone; one with a gender, with all but the other. */
function agreesInGender(
  person: PersonMention,
  people: PersonRegistry,
  gender: SpeechGender,
): boolean {
  if (gender !== 'm' && gender !== 'f') return true;
  const known = genderOf(person, people);
  return known === '' || known === gender;
}

/**
 * The antecedent of "он"/"she": the latest person whose gender does not contradict it. When
 * that person is not a sentence subject ("…to help Montalvo. He described…"), a subject of
 * agreeing gender named just before wins, as readers resolve it.
 */
/**
 * "with the organisation's general director complaining": a post of a body written in lower
 * case is held by someone the article has not named, not by the person just reported, who
 * was given a post of his own (round twenty).
 */
const ofUnnamedBody = /^\p{Ll}[\p{L}-]*['’]s\s/u;

function lastAgreeing(
  earlier: readonly PersonMention[],
  people: PersonRegistry,
  gender: 'm' | 'f',
  prefersMainSubject = false,
): { mention: PersonMention | undefined; isContested: boolean; isGuess: boolean } {
  const agrees = (mention: PersonMention): boolean => agreesInGender(mention, people, gender);
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const mention = earlier[index];
    if (mention === undefined || !agrees(mention)) continue;
    if (prefersMainSubject && mention.isSubject && !mention.isSentenceSubject) {
      // "Jim Swire … believes al-Megrahi was not guilty. He described …": for a subject
      // pronoun the subject of a clause inside the sentence yields to that sentence's own
      // subject (round eleven); a possessive ("по его словам") may mean either.
      const main = mainSubject(earlier, index, people, gender);
      if (main !== undefined) return { mention: main, isContested: true, isGuess: false };
    }
    if (mention.isSentenceSubject || mention.isSubject)
      return { mention, isContested: false, isGuess: false };
    // «Министр Иван Петров и депутат Олег Иванов поспорили. «…», — сказал он»: a nominative
    // name after the sentence's own agreeing subject shares the subject with it; either may
    // be meant (round thirty-two: the later was given at 0.8).
    if (isNominativeRussianName(mention.name)) {
      const isShared = sharesSubject(earlier, index, people, gender);
      return { mention, isContested: isShared, isGuess: isShared };
    }
    for (let back = index - 1; back >= 0; back -= 1) {
      const subject = earlier[back];
      if (subject === undefined || mention.offset - subject.offset > subjectWindow) break;
      // The person just named, in an oblique case, may be meant as well ("пресс-секретарю
      // Пескову пришлось дать комментарий. По его словам"): the reading is a guess.
      // "Kiara Perkins … For Kevin Allton, … He said": a subject of an earlier sentence whose
      // gender nobody told, preferred over a later person known to agree, is a guess as well.
      if (subject.isSentenceSubject && agrees(subject))
        return {
          mention: subject,
          isContested: people.entityOf(subject) !== people.entityOf(mention),
          // "Отец — Алексис Оганян. … поздравили сестра Винус и тренер Патрик Муратоглу. Он …":
          // a person named after the verb, gender untold, is as likely as the earlier subject;
          // so is one known to agree ("Anna Berg met Tom Reed. Then Tom Reed met Sarah Hill.
          // "…," she said": two women, issue 14).
          isGuess:
            subject.sentenceStart !== mention.sentenceStart &&
            ((genderOf(subject, people) === '' && genderOf(mention, people) === gender) ||
              genderOf(mention, people) === '' ||
              genderOf(mention, people) === gender),
        };
    }
    return { mention, isContested: false, isGuess: false };
  }
  return { mention: undefined, isContested: false, isGuess: false };
}

/** Another agreeing person is the subject of the sentence `earlier[index]` stands in. */
function sharesSubject(
  earlier: readonly PersonMention[],
  index: number,
  people: PersonRegistry,
  gender: 'm' | 'f',
): boolean {
  const mention = earlier[index];
  const subject = mainSubject(earlier, index, people, gender);
  // Joined to it: «Иван Петров и депутат Олег Иванов», not a name far on in the sentence.
  // Both known to agree: «сестра Винус Уильямс и тренер Патрик Муратоглу. Он …» means him.
  return (
    mention !== undefined &&
    subject !== undefined &&
    genderOf(subject, people) === gender &&
    mention.offset - (subject.offset + subject.name.length) <= maxJoinedGap
  );
}

/** The most characters between two names one «и» and a role join. */
const maxJoinedGap = 30;

/** The agreeing subject of the sentence `earlier[index]` stands in, before it, if another person. */
function mainSubject(
  earlier: readonly PersonMention[],
  index: number,
  people: PersonRegistry,
  gender: 'm' | 'f',
): PersonMention | undefined {
  const mention = earlier[index];
  if (mention === undefined) return undefined;
  for (let back = index - 1; back >= 0; back -= 1) {
    const subject = earlier[back];
    if (subject === undefined || subject.sentenceStart !== mention.sentenceStart) return undefined;
    if (
      subject.isSentenceSubject &&
      agreesInGender(subject, people, gender) &&
      people.entityOf(subject) !== people.entityOf(mention)
    )
      return subject;
  }
  return undefined;
}

/**
 * "Когда редактор Кэррол попросил разъяснений у Шкрели, … тот назвал его": "тот" is the
 * latest person named who is not the subject of their sentence. When the latest of agreeing
 * gender is a subject, the text does not say who is meant and nobody is named.
 */
function lastOtherThanSubject(
  earlier: readonly PersonMention[],
  people: PersonRegistry,
  gender: SpeechGender,
): PersonMention | undefined {
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const mention = earlier[index];
    if (mention === undefined || !agreesInGender(mention, people, gender)) continue;
    return mention.isSentenceSubject ? undefined : mention;
  }
  return undefined;
}

/**
 * "…прибыл президент РФ Дмитрий Медведев. …он отметил": a Russian full name whose first name
 * is in its dictionary form is in the nominative, the subject of its clause even after the
 * verb, so it outranks an earlier subject for a pronoun.
 */
function isNominativeRussianName(name: string): boolean {
  const words = name.split(/\s+/);
  const first = words[0] ?? '';
  return (
    words.length > 1 &&
    cyrillicFirst.test(first) &&
    firstNameLemma(first) === first.toLowerCase().replace(/ё/g, 'е')
  );
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
  isGenderShownByRole = false,
): PersonMention | undefined {
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const mention = earlier[index];
    if (mention === undefined || offset - mention.offset > roleWindow) return undefined;
    if (!mention.isSubject && !mention.isSentenceSubject) continue;
    if (!agreesInGender(mention, people, gender)) continue;
    // "The mother said": only a person the article shows to be a woman is meant, not one of
    // untold gender (round sixteen).
    if (isGenderShownByRole && genderOf(mention, people) !== gender) continue;
    return mention;
  }
  return undefined;
}

/**
 * «Седов обыграл Смита. «…», — сказал американец»: a nationality tells nothing the article
 * showed of the person just reported, so it means them only when no one else is in view
 * (round thirty-three).
 */
function isOtherInView(
  earlier: readonly PersonMention[],
  people: PersonRegistry,
  offset: number,
  chosen: PersonMention,
): boolean {
  const entity = people.entityOf(chosen);
  return earlier.some(
    (mention) => offset - mention.offset <= roleWindow && people.entityOf(mention) !== entity,
  );
}

/** The person a role means, and whether someone else the article names holds it too. */
/**
 * "Со словами Федотова согласился председатель комитета Леонид Левин. «…», — заявил
 * парламентарий": someone of agreeing gender named in the nominative after the last subject
 * (an inverted subject) may be the one the role means; the text does not settle it.
 */
function isOvertaken(
  earlier: readonly PersonMention[],
  people: PersonRegistry,
  subject: PersonMention,
  gender: SpeechGender,
): boolean {
  const chosen = people.entityOf(subject);
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const mention = earlier[index];
    if (mention === undefined || mention === subject) return false;
    const isNominative = mention.isSentenceSubject || isNominativeRussianName(mention.name);
    if (
      isNominative &&
      people.entityOf(mention) !== chosen &&
      agreesInGender(mention, people, gender)
    )
      return true;
  }
  return false;
}

function bestRoleMatch(
  earlier: readonly PersonMention[],
  people: PersonRegistry,
  role: string,
  gender: SpeechGender,
): { best: PersonMention | undefined; isContested: boolean } {
  const wanted = roleKeys(role);
  const wantedWords = roleWords(role);
  let best: PersonMention | undefined;
  let bestScore = 0;
  /** Each holder's best score: another holder as good as the best contests it. */
  const holders = new Map<PersonEntity, number>();
  // Latest first, so of equal matches the most recent wins.
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const mention = earlier[index];
    if (mention === undefined) continue;
    // Two capitalised words in a row after the title are a name inside the role: it was read
    // past its end ("Премьер-министр Финляндии Александр Стубб обвинил"). Only the words after
    // that name are this person's («Россиянин Иван Седов обыграл судью Джона Смита»: Смит is
    // the judge; round thirty-three: with the role skipped, «— сказал судья» gave Седов).
    const held = ownRole(mention.role);
    if (held === '' || isRelationRole(held)) continue;
    if (!agreesInGender(mention, people, gender)) continue;
    if (isSubordinateRole(held, role) || isSubordinateRole(role, held)) continue;
    if (headsDiffer(held, role)) continue;
    const keys = roleKeys(held);
    const shared = [...wanted].filter((key) => keys.has(key)).length;
    const words = roleWords(held);
    const overlap = wantedWords.filter((word) =>
      words.some((other) => isSameWord(word.toLowerCase(), other.toLowerCase())),
    );
    // Different titles of one person still share the organisation's name ("представитель
    // Philips" / "директор ... Philips").
    const sharesName = overlap.some((word) => capitalFirst.test(word));
    if (shared === 0 && !sharesName) continue;
    // Of equal titles, the one who has been speaking is the one quoted ("президент страны
    // Вуянович заявил" over "принял президента Австрии Фишера").
    const entity = people.entityOf(mention);
    const score = shared * 2 + overlap.length + (speaks(entity) ? 1 : 0);
    holders.set(entity, Math.max(score, holders.get(entity) ?? 0));
    if (score > bestScore) {
      best = mention;
      bestScore = score;
    }
  }
  const winner = best === undefined ? undefined : people.entityOf(best);
  // "спасти жизнь президента Украины Виктора Януковича" … "обращение президента: «…»": a
  // holder the article only ever names as an object may not be the one the bare title means
  // (the article's own president goes without a name); the match is a guess.
  const isContested =
    [...holders].some(([entity, score]) => entity !== winner && score >= bestScore) ||
    (winner !== undefined && !isEverSubject(winner));
  return { best, isContested };
}

const nameInside = /\s\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;

/** Up to the last name inside a role read past its end, and the spaces after it. */
const throughNameInside = /^.*\s\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s*/u;

/**
 * The words of a mention's role after any name inside it, from the first role word on: its
 * holder's own title («обвинил судью» after «Иван Седов» is «судью»).
 */
function ownRole(role: string): string {
  if (!nameInside.test(role)) return role;
  const words = role.replace(throughNameInside, '').split(/\s+/);
  const first = words.findIndex((word) => isRoleWord(word));
  return first < 0 ? '' : words.slice(first).join(' ');
}

function isEverSubject(entity: PersonEntity): boolean {
  return entity.mentions.some(
    (mention) =>
      mention.isSubject ||
      isNominativeRussianName(mention.name) ||
      hasNominativeRole(ownRole(mention.role)),
  );
}

/** "сообщила пресс-секретарь компании Алия Бекетова": a title in the nominative, a subject. */
function hasNominativeRole(role: string): boolean {
  const first = role.split(/\s+/)[0] ?? '';
  return first !== '' && normalizeWord(toNominativeRole(first)) === normalizeWord(first);
}

/** The person is the subject of a speech verb somewhere in the article. */
function speaks(entity: PersonEntity): boolean {
  return entity.mentions.some((mention) => mention.isSubject);
}

/** Words of a role cut to a stem; case is kept so organisation names stay recognisable. */
/**
 * "глава государства" is not "глава правительства", nor "министр обороны" the "министр
 * иностранных дел": the same title governing a different word names another post.
 */
function headsDiffer(held: string, wanted: string): boolean {
  const a = governedWord(held);
  const b = governedWord(wanted);
  return a !== undefined && b !== undefined && !isSameWord(a, b);
}

/** The same title for another post: "глава правительства" held, "глава государства" wanted. */
function isOtherPost(held: string, wanted: string): boolean {
  const a = headWord(held);
  const b = headWord(wanted);
  if (a === undefined || b === undefined || !isSameWord(a, b)) return false;
  // Only two nouns tell posts apart: "создатель социальной сети" is "создатель Facebook".
  const nouns = [governedWord(held), governedWord(wanted)];
  if (nouns.some((word) => word === undefined || !lowerNoun.test(word))) return false;
  return headsDiffer(held, wanted);
}

const lowerNoun = /^[а-яё]+(?<!ой|ей|ого|его|ых|их|ый|ий|ая|яя)$/;

function headWord(role: string): string | undefined {
  return role
    .toLowerCase()
    .split(/[\s,]+/)
    .find((word) => isRoleWord(word));
}

function governedWord(role: string): string | undefined {
  const words = role.toLowerCase().split(/[\s,]+/);
  const head = words.findIndex((word) => isRoleWord(word));
  const next = head < 0 ? undefined : words[head + 1];
  return next === undefined || next.length < 4 || isRoleWord(next) ? undefined : next;
}

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
