import type { Attribution } from './attribution';
import { functionWords, isFunctionWord } from './functionWords';
import { isNameTitle, isRoleWord } from './roleWords';
import { findTitleCue } from './titleCues';
import { parseSpeakerPhrase, type SpeakerReference } from './parseSpeakerPhrase';
import { passiveAgentAfterCue } from './passiveAgentAfterCue';
import { objectPronounAfterCue } from './objectPronounAfterCue';
import { citedPronoun } from './citedPronoun';
import { documentOwner } from './documentOwner';
import { pronounInCue } from './pronounInCue';
import { sourceAfterAddressee } from './sourceAfterAddressee';
import { findSpeechVerbByNorm, matchMultiwordCue, type SpeechVerb } from './speechVerbs';
import { tokenizeText, type Token } from './tokenizeText';

// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
const singleCapital = /^\p{Lu}$/u;
const wordEnd = /^[\p{L}\p{N}]$/u;

const leadingPunctuation = new Set([',', '.', '!', '?', '…', ')']);
const dashes = new Set(['—', '–', '-']);
const clauseEnd = new Set(['.', '!', '?', ';', '…']);
const openingMarks = new Set(['«', '“', '„', '"']);
/**
 * What a cite verb's object may be besides a person: the words or the document of its author,
 * named after it («цитирует агентство Франс Пресс сообщение телеканала Al Libya»).
 */
const citedObjects = new Set([
  'слова',
  'слов',
  'выступление',
  'заявление',
  'речь',
  'мнение',
  'сообщение',
  'обращение',
  'письмо',
  'комментарий',
  'высказывание',
]);
const lookahead = 240;
const clauseConjunctions = new Set(['а', 'но', 'и', 'однако']);

/** Options for {@link findAttributionAfter}. */
export interface AttributionAfterOptions {
  language: 'ru' | 'en';
  /**
   * The last character inside the quotation marks. A period there means a capitalised word
   * after the mark starts a new sentence; a comma, ? or ! binds the words after to the quote.
   */
  lastQuotedChar: string;
  /**
   * The quotation opens its sentence («…», пишет газета): an outlet after it wrote the words.
   * Inside someone's sentence an outlet after the closing mark only passes the phrase on.
   */
  opensSentence?: boolean;
}

/**
 * The attribution written right after a closing quotation mark, between `from` and `to`:
 * «…», — рассказала Наталья Сергунина; "…," said Maria Lopez; "…," Lopez said;
 * "…," the governor told the council; «…», — цитирует РБК Дмитрия Медведева.
 */
export function findAttributionAfter(
  text: string,
  from: number,
  to: number,
  options: AttributionAfterOptions,
): Attribution | undefined {
  const tokens = tokenizeText(text, from, Math.min(to, from + lookahead));
  let index = 0;
  let hasTerminal = false;
  while (leadingPunctuation.has(tokens[index]?.text ?? '')) {
    if (tokens[index]?.text !== ',' && tokens[index]?.text !== ')') hasTerminal = true;
    index += 1;
  }
  let hasDash = false;
  while (dashes.has(tokens[index]?.text ?? '')) {
    hasDash = true;
    index += 1;
  }
  const first = tokens[index];
  if (first === undefined) return undefined;
  const hasComma = tokens.slice(0, index).some((token) => token.text === ',');
  // ""…in this month of Ramadan" said the union's leader, Tom Reed": an English quotation
  // ending on a word, its comma left out, binds to a speech verb written right after the mark
  // that inverts its subject; only that verb with a speaker after it attributes (round
  // thirty-two: the words went on to the speaker of the paragraph before, at 0.65).
  const isBareInversion =
    !hasDash &&
    !hasComma &&
    index === 0 &&
    options.language === 'en' &&
    wordEnd.test(options.lastQuotedChar) &&
    !first.isCapitalized &&
    findSpeechVerbByNorm(first.norm)?.isNonFinite === false;
  const isBound =
    hasDash || hasComma || isBareInversion || /[,!?…\u2014\u2013-]/u.test(options.lastQuotedChar);
  if (!isBound) return undefined;
  const newSentence = hasTerminal || options.lastQuotedChar === '.';
  if (!hasDash && newSentence && first.isCapitalized) return undefined;
  // ""Will you run?" She replied: "…"": after a question or an exclamation a capitalised
  // pronoun opens a new sentence, whose verb is not this quotation's (session 25: the one
  // asked was given the question at 0.8); ""…?" she asked" and ""…?" Tom Reed asked" stay.
  if (
    options.language === 'en' &&
    !hasDash &&
    !hasComma &&
    /[?!]/.test(options.lastQuotedChar) &&
    sentencePronouns.has(first.text)
  )
    return undefined;
  const clause: Token[] = [];
  for (let position = index; position < tokens.length; position += 1) {
    const token = tokens[position];
    if (token === undefined || (clauseEnd.has(token.text) && !isAbbreviation(tokens, position))) {
      break;
    }
    // `," she said, "…` — the next quotation starts; a name in marks after a word does not.
    const previous = tokens[position - 1]?.text ?? '';
    if (openingMarks.has(token.text) && (previous === ',' || previous === ':')) break;
    clause.push(token);
  }
  const words = clause.map((token) => token.norm);
  const maxLead = hasDash ? 5 : 16;
  for (let position = 0; position < clause.length && position <= maxLead; position += 1) {
    const token = clause[position];
    if (token === undefined) break;
    const cueLength = matchMultiwordCue(words, position);
    if (cueLength > 0) {
      // «…», по его словам, речь идёт о «…» Тайваня: a pronoun inside the cue is the speaker,
      // and the speaker phrase after a cue ends at its comma («по словам мэра, …»); what
      // follows is what was said, whose names did not say it (round twelve).
      const pronoun = pronounInCue(clause.slice(position, position + cueLength));
      const after = clause.slice(position + cueLength);
      const comma = after.findIndex((afterToken) => afterToken.text === ',');
      return attribution(
        clause,
        position,
        cueLength,
        '',
        pronoun ??
          (options.language === 'en'
            ? objectPronounAfterCue(comma < 0 ? after : after.slice(0, comma))
            : undefined) ??
          parseSpeakerPhrase(comma < 0 ? after : after.slice(0, comma), options.language) ??
          subjectBeforeCue(clause, position, options.language),
      );
    }
    if (isBareInversion && position > 0) return undefined;
    const verb = token.isCapitalized ? undefined : findSpeechVerbByNorm(token.norm);
    if (verb === undefined || verb.isNonFinite) continue;
    // "Кан заявил, что визит «…», а глава МИДа Маэхара отметил, что …": a conjunction and a
    // subject of its own open the next clause; its verb introduces the next quotation.
    if (
      !hasDash &&
      position > 1 &&
      options.language === 'ru' &&
      clauseConjunctions.has(words[0] ?? '')
    )
      return undefined;
    // "Было рассказано, что автор «не засыпал без музыки», из того периода Ганкин вспомнил
    // гитариста": after a comma alone, a clause opening with an adverbial before its own
    // subject and verb is the next clause of the sentence, not its quotation's attribution
    // (issue 14: Ганкин was given at 0.95) when the quote stands in a «что» clause that an
    // earlier verb reports; Russian attributes after a quote with a dash.
    if (
      !hasDash &&
      position > 0 &&
      options.language === 'ru' &&
      options.opensSentence !== true &&
      functionWords.prepositions.has(words[0] ?? '') &&
      isInReportedClause(text, from)
    )
      return undefined;
    // "Describing inmates as "rotten", DPA alleges he told the US …": a subject pronoun and
    // its verb right after the cue open the clause the cue reports; the words quoted before
    // are that person's, not the reporter's (round thirty-two).
    const reported =
      options.language === 'en' && position > 0
        ? reportedSubjectAfter(clause, position)
        : undefined;
    if (reported !== undefined) return attribution(clause, position, 1, verb.gender, reported);
    const reference = referenceFor(clause, position, verb, options.language);
    // «Петров, консультант новых «Звёздных войн», заявил: «…»»: a verb after a comma alone,
    // with no subject, whose colon opens the next quotation introduces that one; Russian
    // attributes a quote after it with a dash (round thirty-two).
    if (
      reference === undefined &&
      !hasDash &&
      position === 0 &&
      options.language === 'ru' &&
      clause[position + 1]?.text === ':' &&
      clause.length === position + 2 &&
      openingMarks.has(tokens[index + position + 2]?.text ?? '')
    )
      return undefined;
    // "Путин обвинил Киев в нежелании «…», передает ИТАР-ТАСС": an outlet passing on a
    // phrase quoted inside someone's sentence reports it; it did not say it.
    if (
      isRelay(token.norm) &&
      reference?.isOrganisation === true &&
      !hasDash &&
      options.opensSentence !== true
    )
      return undefined;
    // «…», — и добавил, что …: a Russian verb joined by «и» after the dash leaves its subject
    // out, as «добавил он» names it: the person the verb's gender agrees with (round thirty).
    if (
      reference === undefined &&
      hasDash &&
      position === 1 &&
      words[0] === 'и' &&
      options.language === 'ru' &&
      (verb.gender === 'm' || verb.gender === 'f')
    )
      return attribution(clause, position, 1, verb.gender, {
        name: '',
        role: '',
        pronoun: verb.gender,
        gender: '',
        isOrganisation: false,
        offset: token.start,
        isLeftOut: true,
      });
    // "…", and said it was … — the verb belongs to the sentence before the quotation.
    if (reference === undefined && (position > 0 || isBareInversion)) return undefined;
    return attribution(clause, position, 1, verb.gender, reference);
  }
  return undefined;
}

/**
 * ""…," he pointed out", ""…," as Clare put it": a verbal cue of several words whose phrase
 * after names no one has its subject before it, as a one-word verb does (round twenty-four).
 */
function subjectBeforeCue(
  clause: readonly Token[],
  position: number,
  language: 'ru' | 'en',
): SpeakerReference | undefined {
  if (language !== 'en' || position === 0) return undefined;
  const lead = clause[0]?.norm === 'as' ? 1 : 0;
  if (position - lead === 0) return undefined;
  return parseSpeakerPhrase(clause.slice(lead, position), language);
}

const relayVerbs = new Set(['передает', 'передают', 'передал', 'передала', 'пишет', 'пишут']);

/** A man's surname in the dative: «Иванову», «Вишневскому». */
const dativeSurname = /^\p{Lu}\p{Ll}*(?:(?:ов|ев|ёв|ин|ын)у|(?:ск|цк)ому)$/u;

/**
 * «— говорится в письме Иванову от Петрова», «— говорится в письме Петрова Иванову»: the
 * document's sender follows «от», and a surname in the dative is whom it was sent to (round
 * thirty-two: the addressee was given at 0.95). The phrase from the sender on, or the phrase
 * before the addressee (empty when it opens with them); the phrase itself when neither is
 * written.
 */
function withoutAddressee(phrase: readonly Token[]): readonly Token[] {
  const from = phrase.findIndex((token) => token.norm === 'от');
  if (from >= 0 && phrase[from + 1]?.isWord === true) return phrase.slice(from + 1);
  const addressee = phrase.findIndex((token) => dativeSurname.test(token.text));
  if (addressee < 0) return phrase;
  // «депутату Иванову»: the addressee's role in the dative goes with the name.
  let cut = addressee;
  while (cut > 0 && dativeWord.test(phrase[cut - 1]?.text ?? '')) cut -= 1;
  return phrase.slice(0, cut);
}

/** A lower-case word in a dative ending: «депутату», «министру», «первому». */
const dativeWord = /^\p{Ll}+(?:у|ю|ому|ему)$/u;

function isRelay(word: string): boolean {
  return relayVerbs.has(word);
}

/** A period after an initial or a title ("Х.", "Mr."), which does not end the clause. */
function isAbbreviation(tokens: readonly Token[], position: number): boolean {
  const previous = tokens[position - 1];
  if (tokens[position]?.text !== '.' || previous === undefined) return false;
  return (
    singleCapital.test(previous.text) ||
    isNameTitle(previous.text) ||
    dottedInitials.test(previous.text)
  );
}

/** "the U.S. Ambassador Ryan Crocker said": letters joined by periods abbreviate (round twenty). */
const dottedInitials = /^(?:\p{Lu}\.)+\p{Lu}$/u;

function referenceFor(
  clause: readonly Token[],
  position: number,
  verb: SpeechVerb,
  language: 'ru' | 'en',
): SpeakerReference | undefined {
  const after = clause.slice(position + 1);
  const agent = language === 'en' ? passiveAgentAfterCue(clause, position, 1) : undefined;
  if (agent !== undefined) return parseSpeakerPhrase(agent, language);
  if (verb.isCite) {
    const cited =
      language === 'ru' ? citedPronoun(after, (norm) => citedObjects.has(norm)) : undefined;
    if (cited !== undefined) return cited;
    const objectNoun = after.findIndex((token) => citedObjects.has(token.norm));
    if (objectNoun >= 0 && objectNoun <= 3) {
      return parseSpeakerPhrase(after.slice(objectNoun + 1), language);
    }
    return parseSpeakerPhrase(after, language, 'object');
  }
  if (verb.isPassive) {
    // "говорится в комментарии, который получил РБК от департамента финансов": the outlet
    // received the document; its source, after "от", is the speaker.
    const received = after.findIndex((token) => /^(?:получ|поступ)/.test(token.norm));
    const source = after.findIndex((token, at) => at > received && token.norm === 'от');
    if (received >= 0 && source > received) {
      return parseSpeakerPhrase(after.slice(source), language);
    }
    let skip = 0;
    while (skip < after.length && skip < 2 && isPassiveFrame(after[skip])) skip += 1;
    const owner = language === 'ru' ? documentOwner(after[skip], after[skip + 1]) : undefined;
    if (owner !== undefined) return owner;
    const sender = language === 'ru' ? withoutAddressee(after.slice(skip)) : after.slice(skip);
    // «— говорится в письме Иванову»: only the addressee is named; the sender is not.
    if (sender.length === 0) return unnamedAt(after[skip]?.start ?? 0);
    return parseSpeakerPhrase(sender, language);
  }
  if (position > 0 && !isAdverbLead(clause, position, language)) {
    const before = clause.slice(0, position);
    return parseSpeakerPhrase(before, language) ?? commonNounSubject(before, language);
  }
  if (language === 'ru' && isAddresseeAfterNoun(after, verb.gender))
    return unnamedAt(after[0]?.start ?? 0);
  // «— сообщили ТАСС в МЧС»: the outlet after a plural verb was told; the body said it.
  const told =
    language === 'ru' && verb.gender === 'plural' ? sourceAfterAddressee(after) : undefined;
  if (told !== undefined) return told;
  const inverted = parseSpeakerPhrase(after, language, 'inverted');
  // "said it was …" continues the sentence; English does not invert a pronoun subject.
  // ""…," said he." closes on the pronoun: nothing runs on, so it is the subject (round
  // twenty-four).
  const closesOnPronoun =
    (after[0]?.norm === 'he' || after[0]?.norm === 'she') &&
    (after.length === 1 || after[1]?.text === ',');
  if (language === 'en' && inverted?.pronoun !== '' && !closesOnPronoun) return undefined;
  return inverted ?? commonNounSubject(after, language);
}

/**
 * ""…," the youth league said", ""…," stated the party": an English subject of "the" and
 * lower-case nouns that names no one known is someone other than the last speaker; it stops
 * the quotation running on to whoever was quoted before (round sixteen).
 */
function commonNounSubject(
  phrase: readonly Token[],
  language: 'ru' | 'en',
): SpeakerReference | undefined {
  const [head, ...rest] = phrase;
  // ""…," one woman shouted", ""…," a protester said": one unnamed person does as well
  // (session 25: a short quotation so attributed was not detected at all).
  if (
    language !== 'en' ||
    head === undefined ||
    !unnamedHeads.has(head.norm) ||
    rest.length === 0 ||
    rest.length > 3
  ) {
    return undefined;
  }
  const isCommon = rest.every(
    (token) => token.isWord && !token.isCapitalized && !isFunctionWord(token.norm),
  );
  return isCommon
    ? { name: '', role: '', pronoun: '', gender: '', isOrganisation: false, offset: head.start }
    : undefined;
}

const unnamedHeads = new Set(['the', 'a', 'an', 'one', 'another']);

const sentencePronouns = new Set(['He', 'She', 'They', 'We', 'It']);

/** A noun's nominative endings that agree with a past-tense verb of each gender. */
const nominativeEndings: Partial<Record<SpeechVerb['gender'], RegExp>> = {
  f: /[ая]$/,
  m: /[бвгджзклмнпрстфхцчшщй]$/,
  plural: /[ыи]$/,
};

function unnamedAt(offset: number): SpeakerReference {
  return { name: '', role: '', pronoun: '', gender: '', isOrganisation: false, offset };
}

/**
 * «— сказала оппозиция El Mundo»: a lower-case noun after the verb is its subject, and a name in
 * Latin letters right after it, which shows no case, is whom it was told to, unless the noun is
 * one a name stands beside as its own («газета El Mundo», «компания Apple») or a role
 * (round nineteen).
 */
function isAddresseeAfterNoun(after: readonly Token[], gender: SpeechVerb['gender']): boolean {
  const [noun, name] = after;
  const agreeing = nominativeEndings[gender];
  return (
    noun !== undefined &&
    agreeing !== undefined &&
    agreeing.test(noun.norm) &&
    name !== undefined &&
    noun.isWord &&
    !noun.isCapitalized &&
    name.isCapitalized &&
    /^\p{Script=Latin}/u.test(name.text) &&
    !isFunctionWord(noun.norm) &&
    !isRoleWord(noun.text) &&
    findTitleCue(noun.norm) === undefined
  );
}

/** Russian adverbs of manner end so: "горько", "иронично", "твердо", "уверенно". */
const russianAdverb = /^[а-яё]{3,}(?:о|е)$/;

/**
 * "— горько шутил Вертинский, —": one or two adverbs of manner before an inverted verb
 * are not its subject; the speaker follows the verb. «так» too: «…», так сказал Кличко
 * (round twenty-six).
 */
function isAdverbLead(clause: readonly Token[], position: number, language: 'ru' | 'en'): boolean {
  if (language !== 'ru' || position > 2) return false;
  return clause
    .slice(0, position)
    .every(
      (token) =>
        (token.isWord && !token.isCapitalized && token.norm === 'так') ||
        (token.isWord &&
          !token.isCapitalized &&
          (russianAdverb.test(token.norm) || functionWords.fillers.has(token.norm)) &&
          !functionWords.pronouns.has(token.norm) &&
          !functionWords.otherWords.has(token.norm)),
    );
}

function isPassiveFrame(token: Token | undefined): boolean {
  if (token === undefined) return false;
  return (
    functionWords.prepositions.has(token.norm) ||
    /^(?:сообщени|заявлени|документ|пресс-релиз|письм|обращени)/.test(token.norm)
  );
}

function attribution(
  clause: readonly Token[],
  position: number,
  length: number,
  verbGender: Attribution['verbGender'],
  reference: SpeakerReference | undefined,
): Attribution {
  const first = clause[position];
  const last = clause[position + length - 1];
  return {
    cue: first !== undefined && last !== undefined ? joinCue(clause, position, length) : '',
    cueOffset: first?.start ?? 0,
    strength: 'strong',
    reference,
    hasColon: false,
    verbGender,
  };
}

function joinCue(clause: readonly Token[], position: number, length: number): string {
  return clause
    .slice(position, position + length)
    .map((token) => token.text)
    .join(' ');
}

/** Where a sentence before `at` may have begun: a line break, or a stop with a space. */
const sentenceBreak = /[\n.!?]\s*(?=[^\n.!?]*$)/u;

/** «…, что автор «…»»: the sentence holding the quote reports it in a «что» clause. */
function isInReportedClause(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 400), at);
  const breakAt = before.search(sentenceBreak);
  return /,\s+что\s/u.test(breakAt < 0 ? before : before.slice(breakAt));
}

/**
 * "alleges he told", "reports that she called": "he"/"she" (after an optional "that") and a
 * lower-case word right after the cue at `position`, as the subject of the reported clause.
 */
function reportedSubjectAfter(
  clause: readonly Token[],
  position: number,
): SpeakerReference | undefined {
  const at = clause[position + 1]?.norm === 'that' ? position + 2 : position + 1;
  const pronoun = clause[at];
  const next = clause[at + 1];
  if (pronoun === undefined || (pronoun.norm !== 'he' && pronoun.norm !== 'she')) return undefined;
  if (next === undefined || !next.isWord || next.isCapitalized) return undefined;
  return { ...unnamedAt(pronoun.start), pronoun: pronoun.norm === 'he' ? 'm' : 'f' };
}
