import { findNameRuns, type NameRun } from './findNameRuns';
import { isInitialsAfterArticle } from './isInitialsAfterArticle';
import { firstNameGender, firstNameLemma, writtenNameGender } from './firstNames';
import { findOrganisationNoun } from './findOrganisationNoun';
import { functionWords, isFunctionWord } from './functionWords';
import { honorificGender, isNameTitle, isRoleWord } from './roleWords';
import { isDayName } from './isDayName';
import { isKinOrCounselNoun } from './isKinOrCounselNoun';
import { isKnowingVerb } from './isKnowingVerb';
import { isRelationNoun } from './isRelationsGenitive';
import { findSpeechVerbByNorm } from './speechVerbs';
import type { Token } from './tokenizeText';
import { toNominativeRole } from './toNominativeRole';
import { normalizeWord } from './normalizeWord';

// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
const dottedInitials = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const singleCapital = /^\p{Lu}$/u;

/** Who a speech cue points at, before any pronoun or role is resolved. */
export interface SpeakerReference {
  /** The name as written, '' when the phrase names nobody. */
  name: string;
  /** The role or title as written, without the name. */
  role: string;
  /** Set when the phrase is a pronoun ("она", "he"). */
  pronoun: 'm' | 'f' | 'plural' | 'neuter' | '';
  /** Gender the phrase itself reveals (first name, honorific); '' when unknown. */
  gender: 'm' | 'f' | '';
  /** The named entity is an organisation or outlet (KCNA, «Лента.ру»), not a person. */
  isOrganisation: boolean;
  /** Offset of the phrase in the text. */
  offset: number;
  /** The pronoun is a possessive inside the cue ("по его словам"), not a subject. */
  isPossessive?: boolean;
  /** "тот назвал": a demonstrative subject, meaning someone other than the clause's subject. */
  isDemonstrative?: boolean;
  /** "…, who said": the name is a relative pronoun's antecedent, the verb's subject whatever governs it. */
  isRelativeAntecedent?: boolean;
  /**
   * «его представитель Боб Зафиан»: a possessive before the role says whose the role is, so
   * the name after it is the role's holder, not whom the holder serves.
   */
  isOwnedRole?: boolean;
  /** «— и добавил», «В посте обещал»: no subject is written; the pronoun is read from the verb. */
  isLeftOut?: boolean;
  /**
   * A role read as the subject past a long opening: only someone the text gave that post may
   * be meant, not the person last reported.
   */
  isFarRole?: true;
  /**
   * "Reed's father Tom said": the surname of the one whose relative the lone first name is;
   * another person of that first name is not the relative (round thirty-three).
   */
  ownerSurname?: string;
}

/**
 * How to choose among several names in one phrase: the first ('subject'); the one a cite verb
 * names ('object'); after an inverted verb ('inverted': "— сказал в беседе с корреспондентом
 * «Голоса Америки» лидер Движения … Александр Белов") the name with a first name or role.
 */
export type PhraseMode = 'subject' | 'object' | 'inverted';

const stopPunctuation = new Set(['.', ';', '!', '?', ':', '…']);
const russianAdjective = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их|ей)$/;
const maxRoleTokens = 14;
// «По данным источника «Интерфакса»»: the oblique cases name an unnamed source too (round
// thirty-two: the outlet was given).
const unnamedSource = /^(?:источник(?:а|у|ом|е|и|ов|ам|ами)?|sources?|insiders?)$/;
const subjectPronouns = new Set(['он', 'она', 'они', 'оно', 'he', 'she', 'they', 'it']);
const openingMarks = new Set(['«', '“', '„']);
const demonstratives = new Map<string, 'm' | 'f'>([
  ['тот', 'm'],
  ['та', 'f'],
  // «Петров обвинил Иванова, на что последний ответил»: "the latter" is «тот» (round
  // thirty-two: the sentence's subject was given at 0.95).
  ['последний', 'm'],
  ['последняя', 'f'],
]);
const closingMarks = new Set(['»', '”']);

/**
 * Reads a speaker out of the words around a speech cue: the subject before the verb
 * ("министр транспорта Иван Петров сказал"), the words after it ("— рассказала Наталья
 * Сергунина, заместитель Мэра Москвы"), or, in 'object' mode, the person a cite verb names
 * ("цитирует РБК Дмитрия Медведева"). The role is kept apart from the name. `isFiniteCue`:
 * the words are the subject of a finite cue verb right after them, so a reported clause's
 * common-noun subject there is the verb's own.
 */
export function parseSpeakerPhrase(
  tokens: readonly Token[],
  language: 'ru' | 'en',
  mode: PhraseMode = 'subject',
  isFiniteCue = false,
): SpeakerReference | undefined {
  tokens = splitGluedInitials(tokens);
  const whereClause = mode === 'subject' ? ownClauseOfWhere(tokens, language) : undefined;
  if (whereClause === 'unnamed') return emptyReference(tokens[tokens.length - 1]?.start ?? 0);
  if (whereClause !== undefined) tokens = whereClause;
  const reported =
    mode === 'subject' ? subjectOfReportedClause(tokens, language, isFiniteCue) : undefined;
  if (reported === 'unnamed') return emptyReference(tokens[tokens.length - 1]?.start ?? 0);
  if (reported !== undefined) tokens = reported;
  const quotedNames: string[] = [];
  const relative = mode === 'subject' ? antecedentOfRelative(tokens, language) : undefined;
  if (relative !== undefined) return relative;
  // "The last question asked whether he would resign, to which he replied": after "which" or
  // "whom" a subject pronoun is the verb's own, whatever verb the clause before had (round
  // twenty-four).
  const relativeSubject = tokens[tokens.length - 1];
  const closingPronoun =
    relativeSubject === undefined ? undefined : functionWords.pronouns.get(relativeSubject.norm);
  if (
    mode === 'subject' &&
    language === 'en' &&
    relativeSubject !== undefined &&
    closingPronoun !== undefined &&
    subjectPronouns.has(relativeSubject.norm) &&
    (tokens[tokens.length - 2]?.norm === 'which' ||
      tokens[tokens.length - 2]?.norm === 'whom' ||
      isReportingBefore(tokens, tokens.length - 2))
  )
    return { ...emptyReference(relativeSubject.start), pronoun: closingPronoun };
  if (mode === 'subject' && language === 'en' && hasCommonNounRelativeSubject(tokens))
    return emptyReference(tokens[tokens.length - 1]?.start ?? 0);
  // "In a rebuttal to claims that …, Ahmadinejad responded by claiming": an English opening
  // adverbial may hold a speech word used as a noun ("claims"), which must not end the phrase
  // before its subject (round eleven).
  const opened = language === 'en' ? dropLeadingAdverbials([...tokens], mode, language) : tokens;
  const phrase = afterWhat(
    dropLeadingAdverbials(cutAtClauseEnd(opened, quotedNames), mode, language),
    language,
    mode,
  );
  const first = phrase[0];
  if (first === undefined) return undefined;
  // "источники в Кремле заявили", "sources at the ministry said": unnamed people, whatever
  // organisation they are placed in; the organisation did not speak.
  if (unnamedSource.test(first.norm)) return emptyReference(first.start);
  if (
    isUnnamedGroup(phrase, language) ||
    isUnnamedOne(phrase, language) ||
    isWithheldName(phrase, language)
  )
    return emptyReference(first.start);
  const pronoun = functionWords.pronouns.get(first.norm);
  if (pronoun !== undefined && subjectPronouns.has(first.norm)) {
    return { ...emptyReference(first.start), pronoun };
  }
  // "Когда Кэррол попросил разъяснений у Шкрели, тот назвал его «…»": a demonstrative right
  // before the verb is its subject, whoever the clauses before it name.
  const closing = phrase[phrase.length - 1];
  const demonstrative = closing === undefined ? undefined : demonstratives.get(closing.norm);
  if (
    mode === 'subject' &&
    closing !== undefined &&
    demonstrative !== undefined &&
    language === 'ru'
  ) {
    return { ...emptyReference(closing.start), pronoun: demonstrative, isDemonstrative: true };
  }
  // "в Москве она говорила", "В интервью South China Morning Post он заявил": a subject
  // pronoun right before the verb is its subject, whatever the adverbials before it name (an
  // outlet, a place); a name in the nominative would leave no room for it.
  const last = phrase[phrase.length - 1];
  const lastPronoun = last === undefined ? undefined : functionWords.pronouns.get(last.norm);
  if (
    mode === 'subject' &&
    last !== undefined &&
    lastPronoun !== undefined &&
    subjectPronouns.has(last.norm)
  ) {
    return { ...emptyReference(last.start), pronoun: lastPronoun };
  }
  // "A letter seen by Sky News says", "George is quoted by Fox 32 Chicago responding": the
  // agent of a passive modifier, every name of it up to its comma, is not the subject.
  // "в сообщении украинских СМИ": "СМИ" is the media in general, no outlet.
  const adverbialFrom = mode === 'inverted' ? adverbialAfterRole(phrase) : phrase.length;
  const allRuns = findNameRuns(phrase, language);
  const owners = allRuns.filter(
    (run) => ownsWhatFollows(phrase, run) || ownsNounAfter(phrase, run, language),
  );
  const runs = allRuns.filter(
    (run) =>
      !isPassiveAgent(phrase, run.from) &&
      // "on January 25 Foreign Minister Ann Lowe told": a date with no comma after it is the
      // sentence's time, not its subject (round thirty-three).
      !(language === 'en' && isDateBeforeName(phrase, run)) &&
      !isGenericMedia(phrase, run) &&
      !owners.some(
        (owner) =>
          owner === run ||
          owner.to === run.from ||
          // "Tom Reed's New York lawyer": a name right after the possessive that a lower-case
          // noun follows describes what is owned.
          (owner.to + 1 === run.from && isLowerCaseWord(phrase[run.to])),
      ) &&
      (run.from < adverbialFrom ||
        isNominativeName(phrase, run) ||
        !run.isPerson ||
        (language === 'en' && isHolderAfterComma(phrase, adverbialFrom, run))) &&
      !(language === 'en' && isWhatBodyIsOf(allRuns, phrase, run)),
  );
  const person = choosePerson(runs, phrase, mode);
  // Someone the text names only as the owner's ("John Smith's lawyer") is nobody named.
  if (person === undefined && owners.length > 0) return emptyReference(first.start);
  const body =
    person === undefined || mode === 'object' ? undefined : bodyNamedBy(phrase, person, language);
  if (body !== undefined) {
    return { ...emptyReference(first.start), name: body, isOrganisation: true };
  }
  const office = person === undefined ? undefined : officeOf(phrase, person, language);
  if (office !== undefined) {
    return { ...emptyReference(first.start), name: office, isOrganisation: true };
  }
  if (person !== undefined) {
    const reference = personReference(phrase, person, language, first.start);
    const owner = ownerBeforeRelation(phrase, person, language);
    return owner === '' ? reference : { ...reference, ownerSurname: owner };
  }
  const roleOnly = standaloneRole(phrase, language);
  if (roleOnly !== undefined) return { ...emptyReference(first.start), ...roleOnly };
  const organisation =
    mode !== 'object'
      ? operatorOf(
          runs,
          phrase,
          runs.find((run) => !run.isPerson),
        )
      : undefined;
  if (organisation !== undefined && isDescriptor(phrase, organisation, language)) {
    return emptyReference(first.start);
  }
  const organisationName =
    organisation === undefined
      ? (quotedNames[0] ?? (mode !== 'object' ? findOrganisationNoun(phrase, language) : undefined))
      : joinTokens(phrase, organisation.from, bodyEnd(allRuns, phrase, organisation));
  if (organisationName === undefined) return undefined;
  return { ...emptyReference(first.start), name: organisationName, isOrganisation: true };
}

/**
 * "The Carter administration has faced what The Boston Globe calls a "…"": the verb's subject
 * stands after "what"; the sentence's own subject has another verb (round eighteen).
 */
function afterWhat(phrase: Token[], language: 'ru' | 'en', mode: PhraseMode): Token[] {
  if (language !== 'en' || mode !== 'subject') return phrase;
  const what = phrase.findLastIndex((token) => token.norm === 'what');
  return what > 0 && what < phrase.length - 1 ? phrase.slice(what + 1) : phrase;
}

const relativePronouns = new Set(['who', 'which', 'который', 'которая']);

/**
 * "AFP spoke to Terence Fan, an air industry expert from Singapore Management University, who
 * said": a relative pronoun right before the verb is its subject, and it stands for the person
 * named before it (past an apposition between commas), not for the sentence's subject. With no
 * person there, nobody is named (round thirteen).
 */
function antecedentOfRelative(
  phrase: readonly Token[],
  language: 'ru' | 'en',
): SpeakerReference | undefined {
  // "Mary Jones, who had called the deal "…"": auxiliaries and adverbs between an English
  // relative pronoun and the cue leave it the verb's subject (found in session 22).
  if (language === 'en') phrase = withoutTrailingAuxiliaries(phrase);
  const last = phrase[phrase.length - 1];
  // "The WHO notes": after an article a word in capitals is a body's initials (round
  // thirty-two).
  if (
    last === undefined ||
    !relativePronouns.has(last.norm) ||
    isInitialsAfterArticle(phrase, phrase.length - 1)
  )
    return undefined;
  // "RPG is not recognised by the airline which calls the group "…"": the body described
  // before "which" speaks, not the name opening the sentence; the text names it elsewhere
  // (round twenty).
  if (last.norm === 'which')
    return isBodyBefore(phrase, phrase.length - 1) ? emptyReference(last.start) : undefined;
  let end = phrase.length - 1;
  if (phrase[end - 1]?.text === ',') {
    end -= 1;
    const opening = phrase.findLastIndex((token, at) => at < end && token.text === ',');
    const head = phrase[opening + 1];
    if (opening > 0 && head !== undefined && !head.isCapitalized) end = opening;
  }
  const before = phrase.slice(0, end);
  const person = findNameRuns(before, language)
    .filter((run) => run.isPerson && run.to === end)
    .pop();
  if (person === undefined) return emptyReference(last.start);
  return { ...personReference(before, person, language, last.start), isRelativeAntecedent: true };
}

/**
 * "the airline which calls": "the", a lower-case noun that is no piece of writing (a
 * statement which reads is the statement's words), then "which".
 */
function isBodyBefore(phrase: readonly Token[], which: number): boolean {
  const noun = phrase[which - 1];
  return (
    phrase[which - 2]?.norm === 'the' &&
    noun !== undefined &&
    noun.isWord &&
    !noun.isCapitalized &&
    !writings.has(noun.norm)
  );
}

const writings = new Set(['statement', 'message', 'letter', 'post', 'tweet', 'sign', 'note']);

/**
 * "Исторический музей посчитал": a capitalised Russian adjective alone is no name; the noun
 * after it is part of the organisation's name (round eleven). Returns 1 to take the noun in.
 */
function nounAfterAdjective(phrase: readonly Token[], run: NameRun): number {
  const adjective = phrase[run.from];
  const noun = phrase[run.to];
  if (run.to - run.from !== 1 || adjective === undefined || noun === undefined) return 0;
  if (!russianAdjective.test(adjective.norm) || !noun.isWord || noun.isCapitalized) return 0;
  return isFunctionWord(noun.norm) || findSpeechVerbByNorm(noun.norm) !== undefined ? 0 : 1;
}

const placePrepositions = new Set(['on', 'in', 'at', 'from', 'near']);

/**
 * "residents on the small Maldive island of … claimed": an English subject opening with a
 * lower-case plural noun and a preposition is unnamed people; the names after it say where
 * they are (round sixteen).
 */
function isUnnamedGroup(phrase: readonly Token[], language: 'ru' | 'en'): boolean {
  const [noun, preposition] = phrase;
  if (language !== 'en' || noun === undefined || preposition === undefined) return false;
  return (
    noun.isWord &&
    !noun.isCapitalized &&
    !isFunctionWord(noun.norm) &&
    englishPluralNoun.test(noun.norm) &&
    placePrepositions.has(preposition.norm)
  );
}

const attachingPrepositions = new Set([...placePrepositions, 'of', 'for', 'with']);

const actingFor = new Set(['representing', 'advising', 'defending', 'close']);

/**
 * "facing", "watching", "standing next to": a lower-case "-ing" word right before a capitalised
 * one, after the unnamed person's noun, makes the name its object.
 */
function isPlacingParticiple(phrase: readonly Token[], at: number): boolean {
  const token = phrase[at];
  if (token === undefined || token.isCapitalized || !/ing$/.test(token.norm)) return false;
  if (findSpeechVerbByNorm(token.norm) !== undefined) return false;
  const next = phrase[at + 1];
  return (
    next?.isCapitalized === true ||
    (functionWords.prepositions.has(next?.norm ?? '') && phrase[at + 2]?.isCapitalized === true) ||
    (next?.norm === 'next' && phrase[at + 2]?.norm === 'to')
  );
}

/**
 * "A waiter at Lee's Grand Harbour Hotel, who saw the crash, stated": "a", "an" or "one" and
 * lower-case nouns before a preposition are one unnamed person; the names after it are where
 * he works. A name set off by commas after it ("A spokesman for the airline, Tom Lee,") is
 * his (round eighteen).
 */
function isUnnamedOne(phrase: readonly Token[], language: 'ru' | 'en'): boolean {
  const article = phrase[0];
  // "One witness of the attack reported" is as unnamed as "a witness" (round twenty-seven).
  if (language !== 'en' || !/^(?:an?|one|another)$/.test(article?.norm ?? '')) return false;
  let at = 1;
  while (
    at <= 3 &&
    isCommonNoun(phrase[at]) &&
    !actingFor.has(phrase[at]?.norm ?? '') &&
    !isPlacingParticiple(phrase, at)
  )
    at += 1;
  // "A lawyer representing John Smith said": a participle of acting for someone attaches the
  // name as a preposition does (found in session 22: the client was given at 0.95); so does
  // one placing him ("A protester facing Tom Reed said", round thirty-three).
  const attaching = phrase[at]?.norm ?? '';
  if (
    at === 1 ||
    !(
      attachingPrepositions.has(attaching) ||
      actingFor.has(attaching) ||
      isPlacingParticiple(phrase, at)
    )
  )
    return false;
  // "A statement by the union": a piece of writing is no unnamed person; its author speaks.
  if (attaching === 'by' && isAuthorAgent(phrase, at)) return false;
  return !phrase.some(
    (token, index) => token.text === ',' && phrase[index + 1]?.isCapitalized === true,
  );
}

/**
 * "an unnamed senior CIA official stood by …, saying", "One anonymous pilot accused": a person
 * the text says it does not name is nobody the names around stand for, neither the body he
 * works for nor the one named pilot (round twenty).
 */
function isWithheldName(phrase: readonly Token[], language: 'ru' | 'en'): boolean {
  if (language !== 'en') return false;
  // The phrase may still open with a date or a place set off by a comma ("On June 8, …").
  return phrase.some(
    (determiner, at) =>
      (at === 0 || phrase[at - 1]?.text === ',') &&
      /^(?:an?|one|another)$/.test(determiner.norm) &&
      /^(?:unnamed|anonymous|unidentified)$/.test(phrase[at + 1]?.norm ?? ''),
  );
}

function isCommonNoun(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && !token.isCapitalized && !isFunctionWord(token.norm);
}

/** Russian plural endings of nouns and adjectives ("шпионы", "власти", "российские"). */
const russianPlural = /(?:[ыи]|ые|ие)$/;
const pressWords = new Set(['пресса', 'печать', 'press', 'media']);

/**
 * "Итальянская пресса отмечает", "Беглые российские шпионы окрестили", "Japanese authorities
 * have warned": one capitalised adjective before a lower-case noun describes unnamed people or
 * the press as a whole; no organisation is named (round sixteen). A singular noun keeps the
 * name ("Исторический музей посчитал").
 */
function isDescriptor(phrase: readonly Token[], run: NameRun, language: 'ru' | 'en'): boolean {
  const adjective = phrase[run.from];
  const noun = phrase[run.to];
  if (run.to - run.from !== 1 || adjective === undefined || noun === undefined) return false;
  if (!noun.isWord || noun.isCapitalized || isFunctionWord(noun.norm)) return false;
  if (pressWords.has(noun.norm)) return true;
  if (language === 'en') {
    return nationalityAdjective.test(adjective.norm) && englishPluralNoun.test(noun.norm);
  }
  return russianAdjective.test(adjective.norm) && russianPlural.test(noun.norm);
}

const nationalityAdjective = /(?:ese|ian|ish|ch|i)$/;
const englishPluralNoun = /(?:ies|[^s]s)$/;

function isPassiveAgent(phrase: readonly Token[], from: number): boolean {
  for (let at = from - 1; at >= 0; at -= 1) {
    const token = phrase[at];
    if (token === undefined || token.text === ',') return false;
    if (token.norm === 'by') return !isAuthorAgent(phrase, at);
  }
  return false;
}

/** Participles whose agent wrote the piece: "a statement released by the union". */
const authoring = new Set(['released', 'issued', 'signed', 'written', 'published', 'sent']);

/**
 * "A statement by the Farm Union said", "A letter issued by Tom Reed reads": the agent after
 * "by" of a piece of writing, or of a participle of writing it, is its author, who speaks
 * through it; "A letter seen by Sky News says" is not so (round thirty-two).
 */
function isAuthorAgent(phrase: readonly Token[], by: number): boolean {
  const before = phrase[by - 1]?.norm ?? '';
  const piece = authoring.has(before) ? phrase[by - 2]?.norm : before;
  return piece !== undefined && writings.has(piece);
}

/**
 * "— сказал президент РФ на заседании Госсовета", "— заявил музыкант в ходе брифинга с …
 * Соной Ованнисян": a role right after an inverted verb is its subject, and a preposition
 * after the role opens an adverbial whose names are where and with whom, not who spoke
 * (round eleven). Returns where that adverbial starts, or the phrase's length when the phrase
 * does not open with a role. A full name in the nominative after it ("в Москве Иван
 * Петров") may still be the role's holder, and a comma ends the adverbial.
 */
function adverbialAfterRole(phrase: readonly Token[]): number {
  const head = phrase.findIndex((token) => isRoleWord(token.text));
  if (head < 0 || head > 2) return phrase.length;
  for (let at = 0; at < head; at += 1) {
    if (phrase[at]?.isCapitalized === true) return phrase.length;
  }
  for (let at = head + 1; at < phrase.length; at += 1) {
    const token = phrase[at];
    if (token === undefined || token.text === ',') return phrase.length;
    if (token.isCapitalized) continue;
    if (functionWords.prepositions.has(token.norm) && !['по', 'of'].includes(token.norm)) {
      return at;
    }
  }
  return phrase.length;
}

/** A Russian genitive singular ending ("России", "Москвы", "Госсовета"). */
const genitiveEnding = /[аяыи]$/u;

/**
 * "В пресс-службе ГУ МВД России по Москве уточнили", "В департаменте здравоохранения Москвы
 * уточнили": a single capitalised word in the genitive that ends an organisation noun's
 * phrase is what the organisation is of; the organisation speaks (round eleven).
 */
function bodyNamedBy(
  phrase: readonly Token[],
  person: NameRun,
  language: 'ru' | 'en',
): string | undefined {
  if (language !== 'ru' || person.to - person.from !== 1) return undefined;
  const word = phrase[person.from];
  if (word === undefined || !genitiveEnding.test(word.norm)) return undefined;
  const organisation = findOrganisationNoun(phrase, language);
  if (organisation === undefined || !organisation.endsWith(` ${word.text}`)) return undefined;
  return organisation;
}

/**
 * "The National Security Council of Armenia", "the Ministry of Health": a capitalised word
 * with no first name after "of" and a body's name is what the body is of, part of its name,
 * not a person (round thirty-two). "Secretary of State Hillary Clinton" keeps its holder.
 */
function isWhatBodyIsOf(runs: readonly NameRun[], phrase: readonly Token[], run: NameRun): boolean {
  return (
    run.isPerson &&
    !run.hasFirstName &&
    phrase[run.from - 1]?.norm === 'of' &&
    runs.some((body) => !body.isPerson && body.to === run.from - 1)
  );
}

/** Where a body's name ends: past the noun after its adjective, or past what it is "of". */
function bodyEnd(runs: readonly NameRun[], phrase: readonly Token[], body: NameRun): number {
  const end = body.to + nounAfterAdjective(phrase, body);
  const of = runs.find((run) => run.from === end + 1 && isWhatBodyIsOf(runs, phrase, run));
  return of?.to ?? end;
}

/**
 * "— said spokesperson for the Farm Union, Rupert Colville.": a name of two words or more
 * closing the phrase right after the comma that ends the role's adverbial is the role's
 * holder, set off as an apposition (round thirty-two).
 */
function isHolderAfterComma(
  phrase: readonly Token[],
  adverbialFrom: number,
  run: NameRun,
): boolean {
  return (
    run.isPerson &&
    run.to - run.from >= 2 &&
    run.from - 1 > adverbialFrom &&
    phrase[run.from - 1]?.text === ',' &&
    (run.to === phrase.length || phrase[run.to]?.text === ',')
  );
}

function isGenericMedia(phrase: readonly Token[], run: NameRun): boolean {
  return run.to - run.from === 1 && phrase[run.from]?.text === 'СМИ';
}

/** Name, role and gender of one person run inside `tokens`, for the mention collector. */
export function describeNameRun(
  tokens: readonly Token[],
  run: NameRun,
  language: 'ru' | 'en',
): { name: string; role: string; gender: 'm' | 'f' | '' } {
  return {
    name: joinTokens(tokens, run.from, run.to),
    role:
      roleBefore(tokens, run, language) ||
      appositiveRole(
        tokens,
        run.to,
        functionWords.prepositions.has(tokens[run.from - 1]?.norm ?? ''),
      ) ||
      '',
    gender: genderOf(tokens, run),
  };
}

/** The person a name run names, as a speaker (`offset` when the run's first token is missing). */
export function personReference(
  tokens: readonly Token[],
  run: NameRun,
  language: 'ru' | 'en',
  offset: number,
): SpeakerReference {
  const { name, role, gender } = describeNameRun(tokens, run, language);
  const reference: SpeakerReference = {
    name,
    role,
    pronoun: '',
    gender,
    isOrganisation: false,
    offset: tokens[run.from]?.start ?? offset,
  };
  return isOwnedRole(tokens, run, role, language) ? { ...reference, isOwnedRole: true } : reference;
}

const possessives = new Set(['его', 'ее', 'их']);

/** «его представитель Боб Зафиан»: the role written right before the name follows a possessive. */
function isOwnedRole(
  tokens: readonly Token[],
  run: NameRun,
  role: string,
  language: 'ru' | 'en',
): boolean {
  if (language !== 'ru' || role === '') return false;
  const roleStart = run.from - role.split(/\s+/).length;
  return (
    tokens[roleStart]?.text === role.split(/\s+/)[0] &&
    possessives.has(tokens[roleStart - 1]?.norm ?? '')
  );
}

/** A reference naming no one, at `offset`: the base other references are built on. */
export function emptyReference(offset: number): SpeakerReference {
  return { name: '', role: '', pronoun: '', gender: '', isOrganisation: false, offset };
}

/**
 * The phrase ends at sentence punctuation or a second finite verb. Words in quotation marks
 * inside it are names of outlets or organisations («Лента.ру», «Фратрия»), never the person.
 */
/**
 * From `from`: capitalised words, a lower-case role and a name of two capitalised words, with
 * no period between ("Department of Justice spokesperson Matthew Miller").
 */
function isBodyWithHolder(tokens: readonly Token[], from: number): boolean {
  let at = from;
  while (at < tokens.length && at - from < 6) {
    const token = tokens[at];
    if (token === undefined || !token.isWord || (!token.isCapitalized && token.norm !== 'of'))
      break;
    at += 1;
  }
  const role = tokens[at];
  return (
    at > from &&
    role !== undefined &&
    !role.isCapitalized &&
    isRoleWord(role.text) &&
    tokens[at + 1]?.isCapitalized === true &&
    tokens[at + 2]?.isCapitalized === true
  );
}

/**
 * "Israeli ambassador to the U.S. Ron Dermer": a role, "to"/"of"/"at"/"in", maybe "the", the
 * initials whose period is at `period`, then two capitalised words: the period abbreviates, and
 * the name after it holds the post (round thirty-two).
 */
function isPostBeforeHolder(tokens: readonly Token[], period: number): boolean {
  const article = tokens[period - 2]?.norm === 'the' ? 1 : 0;
  const preposition = tokens[period - 2 - article];
  return (
    preposition !== undefined &&
    ['to', 'of', 'at', 'in'].includes(preposition.norm) &&
    isRoleWord(tokens[period - 3 - article]?.text ?? '') &&
    tokens[period + 1]?.isCapitalized === true &&
    tokens[period + 2]?.isCapitalized === true
  );
}

function cutAtClauseEnd(tokens: readonly Token[], quotedNames: string[]): Token[] {
  const kept: Token[] = [];
  let quoteDepth = 0;
  let quoted: Token[] = [];
  for (const [at, token] of tokens.entries()) {
    if (openingMarks.has(token.text) || (token.text === '"' && quoteDepth === 0)) {
      quoteDepth += 1;
      continue;
    }
    if (closingMarks.has(token.text) || token.text === '"') {
      quoteDepth = Math.max(0, quoteDepth - 1);
      // "слов «великая», «прекрасная»": words quoted in lower case are mentioned words, not
      // the name of an outlet or a company, which is written capitalised («Ведомости»).
      if (quoteDepth === 0 && quoted[0]?.isCapitalized === true)
        quotedNames.push(joinTokens(quoted, 0, quoted.length));
      quoted = [];
      continue;
    }
    if (quoteDepth > 0) {
      quoted.push(token);
      continue;
    }
    // "U.S. President George W. Bush": a dotted abbreviation before a title ends no clause
    // (round fifteen); before "Department of …" the abbreviation is the body's own name, and
    // a role and its holder may follow ("U.S. Department of Justice spokesperson Matthew
    // Miller", round eighteen).
    if (
      token.text === '.' &&
      (isAbbreviationBefore(kept[kept.length - 1]) ||
        (dottedInitials.test(kept[kept.length - 1]?.text ?? '') &&
          (isRoleWord(tokens[at + 1]?.text ?? '') ||
            isBodyWithHolder(tokens, at + 1) ||
            isPostBeforeHolder(tokens, at))))
    ) {
      kept.push(token);
      continue;
    }
    if (stopPunctuation.has(token.text)) break;
    if (kept.length > 0 && token.text === '—') break;
    const verb = findSpeechVerbByNorm(token.norm);
    if (
      kept.length > 0 &&
      verb !== undefined &&
      !verb.isNonFinite &&
      !token.isCapitalized &&
      !(followsDeterminer(kept) && auxiliaries.has(tokens[at + 1]?.norm ?? ''))
    )
      break;
    kept.push(token);
  }
  return kept;
}

const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their']);

const auxiliaries = new Set(['was', 'were', 'is', 'are', 'has', 'had', 'have', 'will', 'would']);

/**
 * "When asked why the secret report was not made public earlier McClellan responded": after a
 * determiner, and at most one lower-case word, a speech verb's form with an auxiliary after it
 * is a noun, the subject of its own clause, and ends no clause (round twenty).
 */
function followsDeterminer(kept: readonly Token[]): boolean {
  const last = kept[kept.length - 1];
  if (last === undefined || !last.isWord || last.isCapitalized) return false;
  if (determiners.has(last.norm)) return true;
  const before = kept[kept.length - 2];
  return before !== undefined && determiners.has(before.norm) && !isFunctionWord(last.norm);
}

function isAbbreviationBefore(token: Token | undefined): boolean {
  if (token === undefined) return false;
  return (
    singleCapital.test(token.text) ||
    honorificGender(token.text) !== undefined ||
    isNameTitle(token.text)
  );
}

/** Words after a span of time that make it an adverbial: «год назад», «неделю спустя». */
const timeAfter = new Set(['назад', 'спустя']);

/** Past «назад»/«спустя» after one or two words of time at `start` («Два года назад»), or -1. */
function russianTimeAdverbialEnd(tokens: readonly Token[], start: number): number {
  if (timeAfter.has(tokens[start + 1]?.norm ?? '')) return start + 2;
  // «Два года назад», not «Мёрдок и спустя год»: the middle word is the unit of time.
  const middle = tokens[start + 1];
  if (
    middle?.isWord === true &&
    !middle.isCapitalized &&
    !isFunctionWord(middle.norm) &&
    timeAfter.has(tokens[start + 2]?.norm ?? '')
  )
    return start + 3;
  return -1;
}

/** Drops "В свою очередь,", "After the match,", "Discussing his concern ...," and fillers. */
const subordinators = new Set(['while', 'whereas', 'although', 'though', 'despite']);

function dropLeadingAdverbials(tokens: Token[], mode: PhraseMode, language: 'ru' | 'en'): Token[] {
  let start = 0;
  for (;;) {
    const opener = tokens[start];
    const isClause = language === 'en' && opener !== undefined && subordinators.has(opener.norm);
    while (!isClause && start < tokens.length && isSkippable(tokens[start])) start += 1;
    const head = tokens[start];
    if (head === undefined) return [];
    // «Год назад Алишер Усманов заявил», «Два года спустя …»: a time before «назад»/«спустя»
    // is an adverbial, not a one-word name (round twenty-eight).
    // Not before a comma: what the comma opens («, выступая в ландтаге Гессена,») names others.
    const timeEnd =
      language === 'ru' && mode === 'subject' ? russianTimeAdverbialEnd(tokens, start) : -1;
    if (timeEnd > start && tokens[timeEnd]?.isWord === true) {
      start = timeEnd;
      continue;
    }
    // "Отвечая на вопрос о том, какие …, глава холдинга сказал": a Russian gerund phrase runs
    // to the last comma before the subject.
    if (isRussianGerund(head)) {
      const lastComma = tokens.findLastIndex((token, index) => index > start && token.text === ',');
      if (lastComma > start) {
        start = lastComma + 1;
        continue;
      }
    }
    const isAdverbial =
      isClause ||
      functionWords.prepositions.has(head.norm) ||
      (head.norm.endsWith('ing') && (!head.isCapitalized || opensParticiple(tokens, start))) ||
      /^(?:as|discussing|speaking|asked|responding|writing|commenting|following|during|regarding|concerning|considering)$/.test(
        head.norm,
      ) ||
      isParticipleAfterComma(tokens, start, language);
    const comma = tokens.findIndex((token, index) => index > start && token.text === ',');
    // "As Heald told The Huffington Post": "As" with no comma after it is a conjunction before
    // the subject, not a one-word name.
    if (head.norm === 'as' && comma < 0) {
      start += 1;
      continue;
    }
    // "While Chan's colleagues declined to comment …, a staff member … stated", "Despite the
    // White House's assertion that …, President Trump told": an English subordinate clause
    // before the subject, as long as its own subject and verb need (round eighteen).
    // "In addition to assisting the Ministry of …'s (MOM) … Inspectorate with …, Haw Par has
    // pledged": a preposition with a gerund soon after opens a clause as long (round eighteen).
    const opensGerund =
      language === 'en' &&
      functionWords.prepositions.has(head.norm) &&
      tokens.slice(start + 1, start + 4).some((token) => /^[a-z]+ing$/.test(token.text));
    const reach =
      isClause || opensGerund ? 30 : head.isCapitalized && head.norm.endsWith('ing') ? 20 : 12;
    if (!isAdverbial || comma < 0 || comma - start > reach) return tokens.slice(start);
    // «— написал в Твиттере президент Дональд Трамп, узнав о …»: after an inverted verb the
    // subject may stand inside the adverbial's stretch; with no capitalised word after the
    // comma there is no other subject, so the stretch is kept (round thirteen).
    if (mode === 'inverted' && !tokens.slice(comma + 1).some((token) => token.isCapitalized))
      return tokens.slice(start);
    // «— сообщила в прошлом месяце Джейн Уорли, клиентка Rogers»: a name closing the stretch
    // with a role after its comma is the subject the adverbial stands before (round eighteen).
    if (mode === 'inverted' && isNameBeforeRole(tokens, comma)) return tokens.slice(start);
    // «В прошлом году Хендрикс связался с осведомителем, сообщив, что «…»»: the comma before
    // a gerund cue ends the phrase, not the adverbial; a capitalised word with a past-tense
    // verb right after it closes the adverbial as its subject (round twenty-eight).
    // «По пути Керри сделал остановку в Кабуле, где … отметил»: so does the comma opening a
    // «где» clause with no subject of its own, whose verb is the main clause's subject's.
    const subject =
      language === 'ru' &&
      mode === 'subject' &&
      (comma === tokens.length - 1 || opensSubjectlessWhere(tokens, comma))
        ? russianSubjectAfterAdverbial(tokens, start, comma)
        : -1;
    if (subject > start) return tokens.slice(subject);
    start = comma + 1;
  }
}

/**
 * "At the press conference, held at Kolda International Airport in Lome, Tovi thanked": an
 * English past participle with a preposition after an adverbial's comma describes what the
 * adverbial named, so its stretch to the next comma is adverbial too; the names in it (the
 * airport) are places, not the subject (issue 14: "Airport" was given at 0.95).
 */
function isParticipleAfterComma(tokens: readonly Token[], start: number, language: 'ru' | 'en') {
  const head = tokens[start];
  return (
    language === 'en' &&
    head !== undefined &&
    !head.isCapitalized &&
    tokens[start - 1]?.text === ',' &&
    /^(?:\p{Ll}+ed|held|made|built|known|seen|shown|taken|given|written|set)$/u.test(head.norm) &&
    functionWords.prepositions.has(tokens[start + 1]?.norm ?? '')
  );
}

/**
 * "Anna Berg said Jan Novak told reporters "…"", «Иванов сообщил, что Петров заявил»: a speech
 * verb whose reported clause, with or without "that", holds nothing but the next cue's subject
 * reports that cue; its subject is the one after it, not the one before (found in session 22:
 * Anna Berg was given at 0.95). A role with no name there ("said the minister told") is left
 * unnamed for the same reason as in a clause of place or time.
 */
function subjectOfReportedClause(
  tokens: readonly Token[],
  language: 'ru' | 'en',
  isFiniteCue: boolean,
): Token[] | 'unnamed' | undefined {
  // «Иванов сообщил, что Петров заявил: «…»», «напомнил, как Петров говорил»: Russian opens
  // the reported clause with a comma and «что» or «как» right after the verb (round
  // thirty-two: Иванов was given); looked for first, as few phrases hold one.
  const comma =
    language === 'ru'
      ? tokens.findLastIndex(
          (token, at) => token.text === ',' && reportingWords.has(tokens[at + 1]?.norm ?? ''),
        )
      : -1;
  if (language === 'ru' && comma < 1) return undefined;
  const verb =
    language === 'ru'
      ? comma - 1
      : tokens.findLastIndex((token, at) => {
          if (at === 0 || token.isCapitalized) return false;
          if (isKnowingVerb(token.norm)) return true;
          const found = findSpeechVerbByNorm(token.norm);
          return found !== undefined && !found.isNonFinite;
        });
  if (verb < 0) return undefined;
  const verbToken = tokens[verb];
  const spoken =
    verbToken === undefined || verbToken.isCapitalized
      ? undefined
      : findSpeechVerbByNorm(verbToken.norm);
  const knows = language === 'en' && verbToken !== undefined && isKnowingVerb(verbToken.norm);
  if (!knows && (spoken === undefined || spoken.isNonFinite)) return undefined;
  let from = language === 'ru' ? comma + 2 : verb + 1;
  // "Tom Reed told police his neighbour said": the one told stands before the clause.
  if (language === 'en' && tellForms.has(verbToken?.norm ?? '') && isToldObject(tokens, from))
    from += 1;
  // "recalled how Tom Reed said", "repeated what Tom Reed had told her", like «напомнил, как
  // Петров говорил» (session 25).
  if (
    tokens[from]?.norm === 'that' ||
    (language === 'en' && (tokens[from]?.norm === 'how' || tokens[from]?.norm === 'what'))
  )
    from += 1;
  const hasDeterminer = determiners.has(tokens[from]?.norm ?? '');
  if (hasDeterminer) from += 1;
  // "denied that Mary Jones had called the deal "…"": auxiliaries before the cue are its own.
  const clause = withoutApposition(withoutTrailingAuxiliaries(tokens.slice(from)), language);
  const first = clause[0];
  if (first === undefined || isDayName(first.text)) return undefined;
  // A participle cue ("announced their plans saying") has the sentence's subject: the noun
  // before it is the verb's object.
  if (language === 'en' && isFiniteCue && isCommonNounSubject(clause, hasDeterminer))
    return 'unnamed';
  if (!clause.every((token) => token.isCapitalized || isRoleWord(token.text))) return undefined;
  // A Russian subject stands in the nominative; «что Петрову …» is no subject.
  if (language === 'ru' && clause.some((token) => obliqueEnding.test(token.norm))) return undefined;
  const role = clause.findIndex((token) => isRoleWord(token.text));
  const named = clause.slice(role + 1).some((token) => token.isCapitalized);
  return named ? tokens.slice(verb + 1, from + clause.length) : 'unnamed';
}

/**
 * "Ann Lowe said the council would say "…"", "knew residents would tell you "…"": a reported
 * clause whose subject is a common noun, after an article or in the plural, is that unnamed
 * subject's verb, not the reporter's (session 25: the reporter was given at 0.95).
 */
function isCommonNounSubject(whole: readonly Token[], hasDeterminer: boolean): boolean {
  // "Police said Tom Reed's neighbour told them": the owner named is not who speaks.
  const owner = whole.findIndex((token) => possessiveEnd.test(token.text));
  const owned = owner >= 0 && whole.slice(0, owner + 1).every((token) => token.isCapitalized);
  const clause = owned ? whole.slice(owner + 1) : whole;
  const last = clause[clause.length - 1];
  if (
    last === undefined ||
    clause.length > 3 ||
    !(owned || hasDeterminer || /[^s]s$/.test(last.norm))
  )
    return false;
  return clause.every(
    (token) =>
      token.isWord &&
      !token.isCapitalized &&
      /^[a-z-]+$/.test(token.norm) &&
      !/ly$/.test(token.norm) &&
      !isFunctionWord(token.norm) &&
      findSpeechVerbByNorm(token.norm) === undefined,
  );
}

const possessiveEnd = /\p{L}['’]s$/u;

const tellForms = new Set(['told', 'tells', 'tell']);

/** Whom a "told" names before the clause it reports: "police", "reporters", "him". */
function isToldObject(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const next = tokens[at + 1];
  return (
    token !== undefined &&
    next !== undefined &&
    token.isWord &&
    !token.isCapitalized &&
    (objectPronouns.has(token.norm) || !isFunctionWord(token.norm)) &&
    next.isWord
  );
}

const objectPronouns = new Set(['me', 'him', 'her', 'us', 'them', 'you']);

/**
 * "Police said Tom Reed, 45, told", "said Tom Reed, a lawyer, told": an age or an apposition
 * between commas closing the reported clause's subject is left out, so the subject alone is
 * read (round thirty-three).
 */
function withoutApposition(clause: readonly Token[], language: 'ru' | 'en'): readonly Token[] {
  const comma = clause.findIndex((token) => token.text === ',');
  if (language !== 'en' || comma < 1 || clause[clause.length - 1]?.text !== ',') return clause;
  const inner = clause.slice(comma + 1, -1);
  const isAge = inner.length === 1 && /^\d{1,3}$/.test(inner[0]?.text ?? '');
  const isApposition =
    appositionOpeners.has(inner[0]?.norm ?? '') &&
    inner.every((token) => token.isWord && token.text !== ',');
  return isAge || isApposition ? clause.slice(0, comma) : clause;
}

const appositionOpeners = new Set(['a', 'an', 'the']);

/**
 * "praised the decision, which her critics called", "Ann Lowe, who critics say is": a
 * relative or reported clause closing the phrase whose own subject is a common noun, with no
 * name, is that unnamed group's verb; the sentence's subject did not say the words (round
 * thirty-three: the subject was given at 0.95).
 */
function hasCommonNounRelativeSubject(tokens: readonly Token[]): boolean {
  const opener = tokens.findLastIndex((token) => relativeOpeners.has(token.norm));
  const tail = tokens.slice(opener + 1);
  if (opener < 1 || tail.length === 0 || tail.length > 4) return false;
  // "claiming that the profile posted "…"", "claiming, according to X, that": after a speech
  // verb or a comma "that" opens what the subject reports, whose words the quotation may
  // still be; only after a noun ("a move that") does it open a relative clause.
  const before = tokens[opener - 1];
  if (
    tokens[opener]?.norm === 'that' &&
    (before?.isWord !== true || findSpeechVerbByNorm(before.norm) !== undefined)
  )
    return false;
  let nouns = 0;
  for (const token of tail) {
    if (!token.isWord || token.isCapitalized) return false;
    if (determiners.has(token.norm) || relativeQuantifiers.has(token.norm)) continue;
    if (isFunctionWord(token.norm) || findSpeechVerbByNorm(token.norm) !== undefined) return false;
    nouns += 1;
  }
  return nouns > 0;
}

const relativeOpeners = new Set(['which', 'that', 'whom', 'who']);

const relativeQuantifiers = new Set(['some', 'many', 'most', 'several', 'other', 'others']);

/** The words opening a Russian reported clause. */
const reportingWords = new Set(['что', 'как']);

/** English auxiliaries and adverbs a verb's subject may stand before: "who had also called". */
const auxiliaryOrAdverb = new Set([
  ...auxiliaries,
  'also',
  'once',
  'previously',
  'earlier',
  'reportedly',
  'allegedly',
  'repeatedly',
  'publicly',
  // "feared that Tom Reed might call it "…"": a modal before the cue is its own (session 25).
  'might',
  'could',
  'may',
  'should',
  'must',
  'can',
]);

function withoutTrailingAuxiliaries(tokens: readonly Token[]): Token[] {
  let end = tokens.length;
  while (end > 0 && auxiliaryOrAdverb.has(tokens[end - 1]?.norm ?? '')) end -= 1;
  return tokens.slice(0, end);
}

/**
 * "John Smith's lawyer said": a person's name running into an English possessive names whose
 * lawyer spoke, not the speaker (found in session 22: "John" was given at 0.95, the possessive
 * surname being read apart from the first name).
 */
function ownsWhatFollows(phrase: readonly Token[], run: NameRun): boolean {
  const next = phrase[run.to];
  return (
    run.isPerson &&
    next !== undefined &&
    next.isCapitalized &&
    /['’]s$/.test(next.text) &&
    // "Human Rights Watch's Brad Adams", "Tom Reed's New York lawyer": a capitalised word
    // after the possessive is the owner's as well (issue 14: "Human Rights" and "Tom" were
    // given at 0.95).
    phrase[run.to + 1]?.isWord === true
  );
}

/**
 * "Kazemi's uncle told CNN", "Reed's lawyer said": a name run closed by its own possessive,
 * with a lower-case noun after it, says whose the speaker is; the owner did not speak, and a
 * lone word so written is no body's name either (round thirty-three).
 */
function ownsNounAfter(phrase: readonly Token[], run: NameRun, language: 'ru' | 'en'): boolean {
  const last = phrase[run.to - 1];
  return (
    language === 'en' &&
    last !== undefined &&
    /['’]s$/.test(last.text) &&
    isKinOrCounselNoun(phrase[run.to]?.norm ?? '')
  );
}

/**
 * "on January 25 Foreign Minister Ann Lowe", "on Monday Ann Lowe": a weekday or a month, with
 * its day's number, right before a capitalised word; a date running on into a name ("on
 * Sunday said", "voted Monday to keep") is left to the checks that read it.
 */
function isDateBeforeName(phrase: readonly Token[], run: NameRun): boolean {
  if (run.to - run.from !== 1 || !isDayName(phrase[run.from]?.text ?? '')) return false;
  const next = /^\d{1,2}$/.test(phrase[run.to]?.text ?? '') ? run.to + 1 : run.to;
  return phrase[next]?.isWord === true && phrase[next]?.isCapitalized === true;
}

/**
 * "Reed's father Tom": the owner's surname when a lone name follows a relation noun after a
 * possessive, else ''.
 */
function ownerBeforeRelation(
  phrase: readonly Token[],
  run: NameRun,
  language: 'ru' | 'en',
): string {
  const owner = phrase[run.from - 2];
  if (
    language !== 'en' ||
    run.to - run.from !== 1 ||
    owner === undefined ||
    !owner.isCapitalized ||
    !isKinOrCounselNoun(phrase[run.from - 1]?.norm ?? '')
  )
    return '';
  const possessive = /^(.+)['’]s$/.exec(owner.text);
  return possessive?.[1] ?? '';
}

function isLowerCaseWord(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && !token.isCapitalized;
}

/** Words opening a clause of place or time after a comma: «…, где президент отметил». */
const whereWords = new Set(['где', 'куда', 'когда', 'where', 'when']);

/**
 * «Иван Петров прилетел в Кабул, где президент отметил», "Petrov flew to Kabul, where the
 * president said", «Иванов, которого Петров назвал»: a clause of place or time, or a relative
 * clause whose «который» is not its subject, running to the verb with a subject of its own is
 * the verb's clause, so the sentence's subject did not speak (found in session 22: the
 * sentence's name was given at 0.95). A name or a pronoun in the clause is its subject; a role
 * with no name after it is someone the sentence does not name, left unnamed rather than taken
 * for the person just reported. Without a subject of its own («, где отметил») the verb stays
 * the sentence's subject's; a comma inside the clause («когда его спросили о Кремле, Путин»)
 * leaves the phrase to the rules after.
 */
function ownClauseOfWhere(
  tokens: readonly Token[],
  language: 'ru' | 'en',
): Token[] | 'unnamed' | undefined {
  const comma = tokens.findLastIndex(
    (token, at) => token.text === ',' && ownClauseStart(tokens, at) > 0,
  );
  if (comma < 0) return undefined;
  const clause = tokens.slice(ownClauseStart(tokens, comma));
  if (clause.some((token) => token.text === ',')) return undefined;
  if (clause.some((token) => subjectPronouns.has(token.norm))) return clause;
  const isNominative = (token: Token): boolean =>
    language === 'en' || !obliqueEnding.test(token.norm);
  const role = clause.findIndex((token) => isRoleWord(token.text) && isNominative(token));
  const isName = (token: Token): boolean => token.isCapitalized && isNominative(token);
  if (role >= 0) return clause.slice(role + 1).some(isName) ? clause : 'unnamed';
  return clause.some(isName) ? clause : undefined;
}

/** «который» in a case other than the nominative: the object of its clause, not the subject. */
const obliqueRelatives = new Set([
  'которого',
  'которую',
  'которому',
  'которым',
  'которой',
  'котором',
  'которых',
  'которыми',
]);

/**
 * Where a clause with a subject of its own opens after the comma at `comma`: after «где»,
 * «когда», "where", or after «который» in an oblique case, a preposition allowed before it
 * («Иванов, которого Петров назвал «…»», «…, с которым Петров …»: round thirty-two, the
 * antecedent was given); 0 when none opens there.
 */
function ownClauseStart(tokens: readonly Token[], comma: number): number {
  const next = tokens[comma + 1]?.norm ?? '';
  if (whereWords.has(next) || obliqueRelatives.has(next)) return comma + 2;
  const after = tokens[comma + 2]?.norm ?? '';
  return functionWords.prepositions.has(next) && obliqueRelatives.has(after) ? comma + 3 : 0;
}

/**
 * «, где в беседе с корреспондентами»: «где»/«куда» after `comma` and no word after it that
 * could be a subject of its own (a capitalised word, a role not in an oblique case: «где
 * президент отметил»).
 */
function opensSubjectlessWhere(tokens: readonly Token[], comma: number): boolean {
  const where = tokens[comma + 1]?.norm;
  return (
    (where === 'где' || where === 'куда') &&
    tokens
      .slice(comma + 2)
      .every(
        (token) =>
          !token.isCapitalized && (!isRoleWord(token.text) || obliqueEnding.test(token.norm)),
      )
  );
}

/** Endings only an oblique case has («Петрову», «Ивановым»): no subject. */
const obliqueEnding = /(?:у|ю|ом|ем|ым|им|ой|ей|ого|его|ому|ему|ыми|ами|ями|ах|ях)$/u;

const russianPastTense = /^\p{Ll}{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)$/u;

/**
 * Where the subject stands in an opening Russian adverbial's stretch up to `comma`: a
 * capitalised word in no oblique case right before a past-tense verb, after a lower-case word
 * or a number that is no preposition governing it («в 2015 году Хендрикс связался»), or -1.
 */
function russianSubjectAfterAdverbial(
  tokens: readonly Token[],
  start: number,
  comma: number,
): number {
  for (let at = start + 2; at < comma - 1; at += 1) {
    const word = tokens[at];
    const verb = tokens[at + 1];
    if (
      word?.isCapitalized !== true ||
      obliqueEnding.test(word.norm) ||
      verb === undefined ||
      verb.isCapitalized ||
      !russianPastTense.test(verb.norm)
    )
      continue;
    // «по пути Иван Петров сделал»: a first name and a surname are one subject.
    let from = at;
    while (from > at - 2 && tokens[from - 1]?.isCapitalized === true) from -= 1;
    const before = tokens[from - 1];
    if (
      from > start + 1 &&
      before !== undefined &&
      !before.isCapitalized &&
      !functionWords.prepositions.has(before.norm) &&
      (before.isWord || /^\d+$/.test(before.text))
    )
      return from;
  }
  return -1;
}

/** Two capitalised words right before the comma at `comma`, a lower-case role word after it. */
function isNameBeforeRole(tokens: readonly Token[], comma: number): boolean {
  const role = tokens[comma + 1];
  return (
    tokens[comma - 1]?.isCapitalized === true &&
    tokens[comma - 2]?.isCapitalized === true &&
    role !== undefined &&
    role.isWord &&
    !role.isCapitalized &&
    isRoleWord(role.text)
  );
}

/** Only lower-case words before `to`: an adverbial, not a name the run could belong to. */
function opensWithLowerCase(phrase: readonly Token[], to: number): boolean {
  return phrase.slice(0, to).every((token) => token.isWord && !token.isCapitalized);
}

/**
 * "Standing next to her mother, Betancourt said": a capitalised English word in -ing with a
 * lower-case word after it that is no speech verb opens a participle phrase; a surname in
 * -ing ("Browning said", "Fleming, who …") has a verb or a comma after it (round thirteen).
 */
function opensParticiple(tokens: readonly Token[], start: number): boolean {
  const head = tokens[start];
  const next = tokens[start + 1];
  return (
    head !== undefined &&
    next !== undefined &&
    /^[a-z]{5,}$/.test(head.norm) &&
    next.isWord &&
    !next.isCapitalized &&
    findSpeechVerbByNorm(next.norm) === undefined
  );
}

const russianGerund = /^[а-яё]{4,}(?:ая|яя|уя|юя|ясь|аясь|ив|ав|ув|вшись)$/;

function isRussianGerund(token: Token): boolean {
  return (
    token.isCapitalized &&
    russianGerund.test(token.norm) &&
    firstNameGender(token.text) === undefined
  );
}

function isSkippable(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (!token.isWord) return token.text === ',' || token.text === '—' || token.text === '–';
  return functionWords.fillers.has(token.norm) || token.norm === 'свою' || token.norm === 'очередь';
}

function choosePerson(
  runs: readonly NameRun[],
  phrase: readonly Token[],
  mode: PhraseMode,
): NameRun | undefined {
  const people = runs.filter((run) => run.isPerson && run.to > run.from);
  // "после поездки Дмитрия Медведева на Курилы премьер-министр Н. Кан заявил": a first name
  // in an oblique case is governed by a word before it, so a later name written as a
  // subject (a first name in its dictionary form, an initial) is the subject.
  if (mode === 'subject') {
    const first = people[0];
    const holder = people[1];
    if (
      first !== undefined &&
      holder !== undefined &&
      (isRoleBetween(phrase, first, holder) ||
        isTitleBetween(phrase, first, holder) ||
        isAttributiveBefore(phrase, first, holder))
    )
      return holder;
    const closing = people[people.length - 1];
    if (first !== undefined && closing !== undefined && isLongTitleBefore(phrase, first, closing))
      return closing;
    const after = first === undefined ? undefined : subjectAfterObject(phrase, people, first);
    if (after !== undefined) return after;
    if (first === undefined || !hasObliqueFirstName(phrase, first)) return first;
    return (
      people.find((run) => isNominativeName(phrase, run)) ??
      nominativeSurnameAfter(phrase, people, first) ??
      first
    );
  }
  // A cite verb names the outlet and the person; the person is the one with a first name or
  // a role word in front, else the last name.
  const marked = people.find(
    (run) => run.hasFirstName || isRoleWord(phrase[run.from - 1]?.text ?? ''),
  );
  if (mode === 'inverted') {
    // "— сказал поддерживающий Чавеса законодатель Хосе Авила": the same order after an
    // inverted verb, a name governed by a participle, a role, its holder (round twelve).
    const first = people[0];
    const holder = people[1];
    if (first !== undefined && holder !== undefined && isRoleBetween(phrase, first, holder))
      return holder;
    // "— заявил Кристофер Фэллон, представитель Департамента …": two capitalised words right
    // after the verb with a role after their comma are the speaker, whatever the first name;
    // the body the role is of is no person (round seventeen).
    if (
      first !== undefined &&
      (first.from === 0 || opensWithLowerCase(phrase, first.from)) &&
      first.to - first.from >= 2 &&
      appositiveRole(phrase, first.to) !== undefined
    )
      return first;
    // «— сказал Седов, отвечая на вопрос Петра Орлова»: a name right after the verb that its
    // comma closes is the subject; names after the comma are in a clause of their own (round
    // thirty-three: Петр Орлов was given at 0.95).
    if (first !== undefined && first.from === 0 && phrase[first.to]?.text === ',') return first;
    const opening = people[0];
    const afterDative =
      opening === undefined ? undefined : subjectAfterObject(phrase, people, opening);
    if (afterDative !== undefined) return afterDative;
    const named = people.find((run) => run.hasFirstName);
    if (named !== undefined && hasObliqueFirstName(phrase, named)) {
      // «— сказал после встречи с Иваном Седовым критик Пётр Орлов»: a first name in the
      // nominative after an oblique one is the subject's.
      const subject =
        nominativeSurnameAfter(phrase, people, named) ??
        people.find(
          (run) => run.from >= named.to && run.hasFirstName && !hasObliqueFirstName(phrase, run),
        );
      if (subject !== undefined) return subject;
    }
    return named ?? marked ?? people[0];
  }
  return marked ?? people[people.length - 1];
}

/**
 * "Ireland regional lawmaker Órla Nic Biorna tweeted", "Kremlin spokesman Dmitry Peskov
 * said": a name, then lower-case words holding a role, then a name: the first is what the
 * role is of, the second holds it (round eleven).
 */
function isRoleBetween(phrase: readonly Token[], first: NameRun, holder: NameRun): boolean {
  if (holder.from - first.to < 1 || holder.from - first.to > 4 || holder.to - holder.from < 2)
    return false;
  let hasRole = false;
  for (let at = afterPossessive(phrase, first.to); at < holder.from; at += 1) {
    const token = phrase[at];
    // "Thai army Colonel Winthai Suwaree": a title written capitalised is still a role.
    if (
      token === undefined ||
      !token.isWord ||
      (token.isCapitalized && !isRoleWord(token.text)) ||
      isFunctionWord(token.norm)
    )
      return false;
    if (isRoleWord(token.text)) hasRole = true;
  }
  return hasRole && isRoleWord(phrase[holder.from - 1]?.text ?? '');
}

/**
 * "Dutch army Major Piet Smit", "Former UN weapons inspector Tom Reed": one capitalised word
 * before nouns that end in a lower-case one describes them; the full name after is the subject
 * (issue 14: "Dutch" was given). English only: a Russian name in an oblique case stands there.
 */
function isAttributiveBefore(phrase: readonly Token[], first: NameRun, holder: NameRun): boolean {
  if (first.to - first.from !== 1 || first.hasFirstName || holder.to - holder.from < 2)
    return false;
  const before = phrase[holder.from - 1];
  if (before === undefined || !latinLetter.test(before.norm) || !isLowerCaseWord(before))
    return false;
  const between = phrase.slice(first.to, holder.from);
  // "Former UN weapons inspector Tom Reed": an acronym may stand among the nouns.
  return (
    between.length <= 4 && between.every((token) => token.isWord && !isFunctionWord(token.norm))
  );
}

const latinLetter = /^[a-z]/;

/**
 * "North of Scotland procurator fiscal Liam Murphy said": one
 * capitalised word opening the phrase before lower-case words, and a name of two words or
 * more right before the verb after a lower-case title word: the title is the name's, however
 * long (issue 14: "North" was the guess). English only.
 */
function isLongTitleBefore(phrase: readonly Token[], first: NameRun, holder: NameRun): boolean {
  if (
    first.from !== 0 ||
    first.to - first.from !== 1 ||
    first.hasFirstName ||
    holder === first ||
    holder.to !== phrase.length ||
    holder.to - holder.from < 2
  )
    return false;
  const next = phrase[first.to];
  const before = phrase[holder.from - 1];
  if (next === undefined || before === undefined) return false;
  if (!latinLetter.test(next.norm) || !isLowerCaseWord(next)) return false;
  if (isFunctionWord(next.norm) && next.norm !== 'of') return false;
  if (!latinLetter.test(before.norm) || !isLowerCaseWord(before) || isFunctionWord(before.norm))
    return false;
  // "Reed of the council and mayor Anna Berg said": two people may speak together.
  return phrase
    .slice(first.to, holder.from)
    .every((token) => (token.isWord && token.norm !== 'and') || token.text === '.');
}

/**
 * "UWS operator Haw Par Corporation described": a body, lower-case words naming what another
 * is to it, then that other body: the second speaks (round eighteen).
 */
function operatorOf(
  runs: readonly NameRun[],
  phrase: readonly Token[],
  first: NameRun | undefined,
): NameRun | undefined {
  if (first === undefined) return undefined;
  const next = runs.find((run) => run.from > first.to);
  if (next === undefined || next.isPerson || next.to - next.from < 2) return first;
  const between = phrase.slice(first.to, next.from);
  const isRelation =
    between.length >= 1 &&
    between.length <= 2 &&
    between.every((token) => token.isWord && !token.isCapitalized && !isFunctionWord(token.norm));
  return isRelation ? next : first;
}

/**
 * "United States President Ann Hale told": a country, a capitalised title, then a full name
 * with a first name: the name holds the title the country qualifies (round eighteen).
 */
function isTitleBetween(phrase: readonly Token[], first: NameRun, holder: NameRun): boolean {
  if (!holder.hasFirstName || holder.to - holder.from < 2) return false;
  const from = afterPossessive(phrase, first.to);
  if (holder.from - from < 1 || holder.from - from > 2) return false;
  for (let at = from; at < holder.from; at += 1) {
    const token = phrase[at];
    if (token === undefined || !token.isWord || !token.isCapitalized) return false;
  }
  return isRoleWord(phrase[holder.from - 1]?.text ?? '');
}

/**
 * "Walt Disney Studios' Chairman Alan Horn said": the apostrophe of a plural's possessive
 * stands alone; the title after it is still the holder's (round twenty).
 */
function afterPossessive(phrase: readonly Token[], at: number): number {
  const mark = phrase[at]?.text;
  const before = phrase[at - 1]?.text ?? '';
  return (mark === "'" || mark === '’') && /s$/.test(before) ? at + 1 : at;
}

function hasObliqueFirstName(phrase: readonly Token[], run: NameRun): boolean {
  const word = phrase[run.from]?.norm ?? '';
  const lemma = firstNameLemma(word);
  return run.hasFirstName && lemma !== undefined && lemma !== word;
}

/** A man's surname in the nominative: «Седов», «Путин». */
const nominativeSurname = /^[а-яё-]{2,}(?:ов|ев|ёв|ин|ын)$/;

/**
 * «В ответ на слова Петра Орлова Седов заявил», «— ответил на вопрос Петра Орлова Седов»: after
 * a name whose first name is oblique, a man's lone surname in the nominative is the subject
 * (round thirty-three: the oblique name was given).
 */
function nominativeSurnameAfter(
  phrase: readonly Token[],
  people: readonly NameRun[],
  oblique: NameRun,
): NameRun | undefined {
  return people.find(
    (run) =>
      run.from >= oblique.to &&
      run.to - run.from === 1 &&
      nominativeSurname.test(phrase[run.from]?.norm ?? ''),
  );
}

/**
 * A man's lone surname in the dative, instrumental or prepositional («Седову», «Седовым»,
 * «Седове»), never a subject, or in the genitive and accusative («Седова»).
 */
const dativeSurname = /^[а-яё-]{2,}(?:ов|ев|ёв|ин|ын)(?:у|ым|е)$/;
const accusativeSurname = /^[а-яё-]{2,}(?:ов|ев|ёв|ин|ын)а$/;
/** A past-tense verb of a man: «поддержал», «ответил», «обратился». */
const masculinePast = /^[а-яё]{3,}л(?:ся)?$/;
/** Words that make the name after them a comparison, not the subject: «Как и Седов, …». */
const comparisonBefore = /^(?:как и|так же как и|подобно|вслед за|в отличие от)$/;
const comparisonEnds = new Set(['и', 'подобно', 'за', 'от']);

/**
 * «Седову ответил Орлов», «Седова поддержал министр Орлов», «— ответил Седову Орлов», «Как и
 * Седов, Орлов считает»: Russian puts an object first as freely as a subject, so a man's lone
 * surname in the dative, or in -ова before a masculine verb (which a woman's nominative would
 * not take), or a name compared with «как и», is no subject when a man's nominative surname or
 * a full name in the nominative follows (round thirty-three: the object was given at 0.95).
 */
function subjectAfterObject(
  phrase: readonly Token[],
  people: readonly NameRun[],
  first: NameRun,
): NameRun | undefined {
  const word = phrase[first.from]?.norm ?? '';
  // Each comparison ends in one of these words; only then is the lead put together.
  const isCompared =
    comparisonEnds.has(phrase[first.from - 1]?.norm ?? '') &&
    [1, 2, 3, 4].some((count) =>
      comparisonBefore.test(
        phrase
          .slice(Math.max(0, first.from - count), first.from)
          .map((token) => token.norm)
          .join(' '),
      ),
    );
  const isLone = first.to - first.from === 1;
  if (!isCompared && !(isLone && (dativeSurname.test(word) || accusativeSurname.test(word))))
    return undefined;
  return people.find((run) => {
    if (run.from < first.to) return false;
    const isNominative =
      (run.to - run.from === 1 && nominativeSurname.test(phrase[run.from]?.norm ?? '')) ||
      (run.hasFirstName && !hasObliqueFirstName(phrase, run));
    if (!isNominative) return false;
    if (isCompared || dativeSurname.test(word)) return true;
    return phrase
      .slice(first.to, run.from)
      .some((token) => token.isWord && !token.isCapitalized && masculinePast.test(token.norm));
  });
}

function isNominativeName(phrase: readonly Token[], run: NameRun): boolean {
  const word = phrase[run.from];
  if (word === undefined || run.to - run.from < 2) return false;
  return singleCapital.test(word.text) || firstNameLemma(word.norm) === word.norm;
}

/** Offices that speak for one person: "пресс-службу Порошенко", "администрации Обамы". */
const personalOffices = new Map([
  ['пресс-служб', 'пресс-служба'],
  ['пресс-центр', 'пресс-центр'],
  ['администраци', 'администрация'],
  ['канцеляри', 'канцелярия'],
  ['аппарат', 'аппарат'],
  ['офис', 'офис'],
  ['штаб', 'штаб'],
]);

/**
 * "цитирует РБК пресс-службу Порошенко": the office of a person named right after it is the
 * speaker, an organisation, not the person. A first name in its dictionary form ("глава
 * пресс-службы Иван Петров") or a role before the office names its holder instead.
 */
function officeOf(
  phrase: readonly Token[],
  person: NameRun,
  language: 'ru' | 'en',
): string | undefined {
  if (language !== 'ru') return undefined;
  const before = phrase[person.from - 1];
  if (before === undefined || !before.isWord || before.isCapitalized) return undefined;
  const stem = [...personalOffices.keys()].find((key) => before.norm.startsWith(key));
  if (stem === undefined || isRoleWord(phrase[person.from - 2]?.text ?? '')) return undefined;
  const firstWord = phrase[person.from]?.norm ?? '';
  if (person.hasFirstName && firstNameLemma(firstWord) === firstWord) return undefined;
  return `${personalOffices.get(stem) ?? stem} ${joinTokens(phrase, person.from, person.to)}`;
}

function joinTokens(tokens: readonly Token[], from: number, to: number): string {
  let text = '';
  for (let index = from; index < to; index += 1) {
    const token = tokens[index];
    const previous = tokens[index - 1];
    if (token === undefined) continue;
    const glue = index === from || token.text === '.' || previous?.end === token.start ? '' : ' ';
    text += glue + token.text;
  }
  return text;
}

/** Role words written before the name, with their adjectives and genitive complements. */
function roleBefore(tokens: readonly Token[], run: NameRun, language: 'ru' | 'en'): string {
  let start = run.from;
  while (start > 0 && run.from - start < maxRoleTokens) {
    const token = tokens[start - 1];
    if (token === undefined || !isRoleToken(token, start - 1 < run.stretchFrom)) break;
    start -= 1;
  }
  let roleStart = -1;
  for (let index = start; index < run.from; index += 1) {
    const token = tokens[index];
    if (token !== undefined && isRoleHead(token)) {
      roleStart = index;
      break;
    }
  }
  if (roleStart < 0) return '';
  roleStart = Math.max(start, withRelation(tokens, roleStart));
  while (roleStart > start && isModifier(tokens[roleStart - 1], language)) roleStart -= 1;
  while (functionWords.articles.has(tokens[roleStart]?.norm ?? '')) roleStart += 1;
  let roleEnd = run.from;
  while (roleEnd > roleStart && isHonorificPart(tokens[roleEnd - 1])) roleEnd -= 1;
  return joinTokens(tokens, roleStart, roleEnd);
}

/**
 * «доверенное лицо певицы», «жена поэта Мария Новикова»: a noun of kinship or service right
 * before the role noun heads the role; the role noun, in the genitive, is whose relative the
 * person is (round fourteen). Returns where the role starts.
 */
function withRelation(tokens: readonly Token[], head: number): number {
  const before = tokens[head - 1];
  return before !== undefined && before.isWord && isRelationNoun(before.norm) ? head - 1 : head;
}

function isRoleHead(token: Token): boolean {
  if (honorificGender(token.text) !== undefined) return false;
  return isRoleWord(token.text) || isNameTitle(token.text);
}

function isHonorificPart(token: Token | undefined): boolean {
  return token !== undefined && (token.text === '.' || honorificGender(token.text) !== undefined);
}

function isRoleToken(token: Token, isOutsideStretch: boolean): boolean {
  if (!isOutsideStretch) return true;
  if (!token.isWord) return token.text === '-';
  if (['по', 'of', 'for', 'the', 'at', 'и', 'and'].includes(token.norm)) return true;
  if (isFunctionWord(token.norm)) return false;
  const verb = findSpeechVerbByNorm(token.norm);
  return verb === undefined;
}

function isModifier(token: Token | undefined, language: 'ru' | 'en'): boolean {
  if (token === undefined || !token.isWord || isFunctionWord(token.norm)) return false;
  if (language === 'en') return true;
  return !token.isCapitalized && (russianAdjective.test(token.norm) || token.norm.includes('-'));
}

/** ", заместитель Мэра Москвы" or ", a professor at the local university," after the name. */
function appositiveRole(
  tokens: readonly Token[],
  after: number,
  isGoverned = false,
): string | undefined {
  let index = after;
  if (tokens[index]?.text === '(') {
    while (index < tokens.length && tokens[index]?.text !== ')') index += 1;
    index += 1;
  }
  if (tokens[index]?.text !== ',') return undefined;
  const from = index + 1;
  let to = from;
  let hasRole = false;
  while (to < tokens.length && tokens[to]?.text !== ',') {
    const token = tokens[to];
    if (token === undefined || stopPunctuation.has(token.text)) break;
    // "In Lome, the minister praised": after a name a preposition governs, a role running into
    // its own speech verb is that verb's subject, not an apposition (issue 14: "Lome" was given
    // as the minister at 0.85). Without the preposition an unclosed apposition is common
    // ("Rupert Colville, spokesperson for the UN told").
    if (!isAppositivePart(token)) {
      if (isGoverned && token.isWord) return undefined;
      break;
    }
    if (to - from < 5 && isRoleWord(token.text)) hasRole = true;
    to += 1;
  }
  return hasRole && to > from ? joinTokens(tokens, from, to) : undefined;
}

/** An appositive runs until a finite verb: "Матиас Йорш, докладчик ПАСЕ, сообщает BBC". */
function isAppositivePart(token: Token): boolean {
  if (!token.isWord) return token.text === '-' || token.text === '(' || token.text === ')';
  const verb = findSpeechVerbByNorm(token.norm);
  return verb === undefined || verb.isNonFinite;
}

/** A role with no name ("министр", "the governor", "представитель Microsoft"). */
const channelNouns = new Set(['handle', 'account', 'website', 'feed', 'page', 'channel']);

function isNominativeRole(token: Token | undefined): boolean {
  return token !== undefined && normalizeWord(toNominativeRole(token.norm)) === token.norm;
}

/**
 * «В своём первом заявлении после назначения новый глава полиции сказала»: a Russian role in
 * the nominative whose words run up to the verb is its subject however long the adverbial
 * before it; further from the start, a role with other words after it is read as no subject.
 */
function isRoleBeforeVerb(tokens: readonly Token[], head: number, language: 'ru' | 'en'): boolean {
  if (language !== 'ru' || !isNominativeRole(tokens[head])) return false;
  // «кадры, на которых избранный президент говорит»: a relative clause's role is read from
  // what it refers to, which the phrase does not hold.
  if (tokens.some((token) => token.norm.startsWith('котор'))) return false;
  return tokens.slice(head + 1).every((token) => token.isWord && !isFunctionWord(token.norm));
}

function standaloneRole(
  tokens: readonly Token[],
  language: 'ru' | 'en',
): { role: string; isFarRole?: true } | undefined {
  const first = tokens.findIndex((token) => isRoleWord(token.text));
  // «Своего собеседника президент России назвал»: a Russian role in an oblique case opening
  // the sentence is the verb's object; a role in the nominative after it is its subject
  // (round nineteen).
  const subject =
    language === 'ru' && first >= 0 && !isNominativeRole(tokens[first])
      ? tokens.findIndex(
          (token, at) => at > first && isRoleWord(token.text) && isNominativeRole(token),
        )
      : -1;
  const head = subject >= 0 ? subject : first;
  if (head < 0) return undefined;
  const isFarRole = head > 4;
  if (isFarRole && !isRoleBeforeVerb(tokens, head, language)) return undefined;
  // "The official twitter handle of The Cranberries posted": "official" qualifies an account,
  // which is the body's own voice; no person holds a post there (round sixteen).
  if (
    channelNouns.has(tokens[head + 1]?.norm ?? '') ||
    channelNouns.has(tokens[head + 2]?.norm ?? '')
  )
    return undefined;
  let start = withRelation(tokens, head);
  while (start > 0 && isModifier(tokens[start - 1], language)) start -= 1;
  while (functionWords.articles.has(tokens[start]?.norm ?? '')) start += 1;
  let end = head + 1;
  while (end < tokens.length && end - start < maxRoleTokens) {
    const token = tokens[end];
    if (token === undefined || !token.isWord) break;
    if (functionWords.prepositions.has(token.norm) && !['по', 'of'].includes(token.norm)) break;
    if (isFunctionWord(token.norm) && !['по', 'of', 'the'].includes(token.norm)) break;
    end += 1;
  }
  const role = joinTokens(tokens, start, end);
  return isFarRole ? { role, isFarRole } : { role };
}

function genderOf(tokens: readonly Token[], run: NameRun): 'm' | 'f' | '' {
  const first = tokens[run.from];
  // «Александра Жарова» after «по словам главы ведомства» is a man: a form that is also a man's
  // name in the genitive tells no gender (round fourteen).
  if (first !== undefined && firstNameGender(first.text) !== undefined)
    return writtenNameGender(first.text);
  let before = run.from - 1;
  while (tokens[before]?.text === '.') before -= 1;
  return honorificGender(tokens[before]?.text ?? '') ?? '';
}

const gluedInitials = /^(?:\p{Lu}\.)+\p{Lu}$/u;
/** Places abbreviated so, before an organisation's name ("U.S. Department of Agriculture"). */
const placeInitials = new Set(['U.S', 'U.K', 'U.N', 'E.U', 'U.A.E', 'U.S.A', 'D.C']);

/**
 * Initials glued together, then a period and one capitalised word that is no title or role
 * and runs into no further name or "of": "H.R. McMaster", not "U.S. Department of …".
 */
function isGluedInitials(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const surname = tokens[index + 2];
  const next = tokens[index + 3];
  return (
    token !== undefined &&
    token.text.length <= 7 &&
    tokens[index + 1]?.text === '.' &&
    surname?.isCapitalized === true &&
    surname.isWord &&
    (next === undefined || !(next.isCapitalized || next.norm === 'of')) &&
    gluedInitials.test(token.text) &&
    !placeInitials.has(token.text) &&
    !isRoleWord(surname.text) &&
    !isNameTitle(surname.text)
  );
}

/**
 * "General H.R. McMaster": initials written together are one token, "H.R", which reads as an
 * acronym, an organisation's; before a period and a capitalised word they are a person's
 * initials, split as "H. R." is written (round twenty-four).
 */
function splitGluedInitials(tokens: readonly Token[]): readonly Token[] {
  let at = tokens.findIndex((_, index) => isGluedInitials(tokens, index));
  if (at < 0) return tokens;
  const split: Token[] = [...tokens.slice(0, at)];
  for (; at < tokens.length; at += 1) {
    const token = tokens[at];
    if (token === undefined) break;
    if (!isGluedInitials(tokens, at)) {
      split.push(token);
      continue;
    }
    for (let offset = 0; offset < token.text.length; offset += 2) {
      const letter = token.text[offset] ?? '';
      const start = token.start + offset;
      split.push({ ...token, text: letter, norm: letter.toLowerCase(), start, end: start + 1 });
      if (offset + 1 < token.text.length)
        split.push({
          ...token,
          text: '.',
          norm: '.',
          start: start + 1,
          end: start + 2,
          isWord: false,
          isCapitalized: false,
        });
    }
  }
  return split;
}

/**
 * "DPA alleges he told the US to "get rid of"", "Reuters reports that she called it": a verb of
 * saying (and "that") right before the cue's subject pronoun reports that person's words, so the
 * pronoun is the cue's subject, not the reporter before it (issue 14: DPA was given at 0.9).
 */
function isReportingBefore(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.norm === 'that' ? tokens[at - 1] : tokens[at];
  if (word === undefined || !word.isWord) return false;
  const verb = findSpeechVerbByNorm(word.norm);
  return verb !== undefined && !verb.isNonFinite;
}
