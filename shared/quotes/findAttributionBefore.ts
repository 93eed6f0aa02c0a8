import type { Attribution } from './attribution';
import { findNameRuns } from './findNameRuns';
import { findOrganisationNoun } from './findOrganisationNoun';
import { functionWords, isFunctionWord } from './functionWords';
import { parseSpeakerPhrase, personReference, type SpeakerReference } from './parseSpeakerPhrase';
import { firstNameLemma } from './firstNames';
import { objectPronounAfterCue } from './objectPronounAfterCue';
import { passiveAgentAfterCue } from './passiveAgentAfterCue';
import { isPassiveBeforeParticiple } from './passiveBeforeParticiple';
import { possessiveBeforeColon } from './possessiveBeforeColon';
import { pronounInCue } from './pronounInCue';
import { russianZeroSubject } from './russianZeroSubject';
import { sourceAfterAddressee } from './sourceAfterAddressee';
import { isRoleWord } from './roleWords';
import { insertedClauseSubject } from './insertedClauseSubject';
import { claimNounSource } from './claimNounSource';
import { isReportOfOthers } from './reportOfOthers';
import { documentAuthorBefore } from './documentAuthorBefore';
import { obliqueApposition } from './obliqueApposition';
import { isAccountFrame } from './isAccountFrame';
import { isCitedAddressee } from './isCitedAddressee';
import { citedBeforeVerb } from './citedBeforeVerb';
import { isObjectBeforeVerb } from './isObjectBeforeVerb';
import { subjectAfterQuotedObject } from './subjectAfterQuotedObject';
import { findSpeechVerbByNorm, matchMultiwordCue, speechNouns } from './speechVerbs';
import { tokenizeText, type Token } from './tokenizeText';
import { toNominativeRole } from './toNominativeRole';
import { normalizeWord } from './normalizeWord';

const lookbehind = 400;
const dashes = new Set(['—', '–', '-']);
/** Words between the cue and the quotation that still bind the cue to it ("said, that"). */
const maxBoundDistance = 3;
/** Beyond this many words the verb is about something else in the sentence. */
const maxWeakDistance = 8;

interface Cue {
  index: number;
  length: number;
  text: string;
  gender: Attribution['verbGender'];
  kind: 'verb' | 'multiword' | 'noun' | 'passive';
  isNonFinite: boolean;
}

/**
 * The attribution written before an opening quotation mark at `to`, searching back to `from`
 * (the start of the sentence or the end of the previous quotation in it):
 * X подчеркнул: «…»; X put it simply: “…”; Как заявил X, «…»; According to X, "…";
 * described the plan as “long overdue” (a partial quote, bound to the sentence's subject).
 */
export function findAttributionBefore(
  text: string,
  from: number,
  to: number,
  language: 'ru' | 'en',
): Attribution | undefined {
  const tokens = tokenizeText(text, Math.max(from, to - lookbehind), to);
  let end = tokens.length;
  while (end > 0 && dashes.has(tokens[end - 1]?.text ?? '')) end -= 1;
  const hasColon = tokens[end - 1]?.text === ':';
  const clause = tokens.slice(0, hasColon ? end - 1 : end);
  const framing = framingCue(clause);
  const later = framing === undefined ? undefined : findLastCue(clause, hasColon);
  // "According to this InterPress Service report, … Paul Pillar … told the InterPress Service
  // that … "…"": a document the sentence is framed by reports the speech verb after it, whose
  // own subject said the words (round twenty-seven).
  // «По словам Седова, Орлов сказал ему: «…»»: before a colon the speech verb's own named
  // subject says what the marks hold; the source only told of it (session 25: the source was
  // given at 0.8).
  const found =
    framing !== undefined &&
    later !== undefined &&
    later.kind === 'verb' &&
    (framesDocument(clause, framing, later) ||
      (language === 'ru' && hasColon && namesOtherSpeaker(clause, framing, later, language, true)))
      ? later
      : framing === undefined || !isAccountFrame(framing.text)
        ? (framing ?? findLastCue(clause, hasColon))
        : laterCue(clause, hasColon, framing);
  const cue =
    language === 'en' && found !== undefined ? (reportingCue(clause, found) ?? found) : found;
  // "Ann Lowe rejected Tom Reed's claim that …", "dismissed claims by Tom Reed that …": a
  // claim noun with its source, at or after the cue, gives the words to that source, not to
  // the one answering it (session 25: the answerer was given at 0.8-0.95).
  const claimed =
    language === 'en' && !hasColon && found !== undefined ? claimNounSource(clause) : undefined;
  if (claimed !== undefined && found !== undefined && claimed.index >= found.index)
    return claimAttribution(clause, claimed, to, hasColon);
  if (
    language === 'en' &&
    cue !== undefined &&
    cue.kind === 'verb' &&
    (isReportOfOthers(clause, cue.index + cue.length) || isCountedNoun(clause, cue.index))
  )
    return unnamedAttribution(clause, cue, to, hasColon);
  if (language === 'en' && found !== undefined && namedByOthers(clause, found))
    return unnamedAttribution(clause, found, to, hasColon);
  // "According to police, a neighbour heard one of the men say "…"", "Jane Doe heard the men
  // shout "…"": what a speech verb after a verb of hearing introduces was said by the one
  // heard, not by the listener nor the account's source (round thirty-two: a prime minister
  // named earlier was given the attackers' words at 0.8).
  const spoken = language === 'en' ? (later ?? found) : undefined;
  const heard = spoken === undefined ? undefined : heardSpeaker(clause, spoken);
  if (spoken !== undefined && heard !== undefined)
    return {
      cue: spoken.text,
      cueOffset: clause[spoken.index]?.start ?? to,
      strength: 'strong',
      reference: heard,
      hasColon,
      verbGender: '',
    };
  // «По словам Ивана Петрова, Мария Иванова назвала сделку «…»», "According to John Smith, Mary
  // Jones said the deal was "…"": the source's account puts the words in another named
  // person's mouth; which of the two the marks quote the text does not settle, so neither is
  // given (found in session 22: the source was given at 0.8).
  if (
    cue !== undefined &&
    cue === framing &&
    later !== undefined &&
    later.kind === 'verb' &&
    namesOtherSpeaker(clause, framing, later, language)
  )
    return {
      cue: cue.text,
      cueOffset: clause[cue.index]?.start ?? to,
      strength: 'weak',
      reference: unnamed(clause[0]?.start ?? 0),
      hasColon,
      verbGender: '',
    };
  const possessive = language === 'en' && hasColon ? possessiveBeforeColon(clause) : undefined;
  if (possessive !== undefined) return { ...colonOnly(clause), reference: possessive };
  if (cue === undefined) {
    const claim = language === 'en' && !hasColon ? claimNounSource(clause) : undefined;
    if (claim !== undefined) return claimAttribution(clause, claim, to, hasColon);
    if (!hasColon || clause.length === 0) return undefined;
    // "И в ответ услышал: «…»": the subject heard the words; someone unnamed said them.
    if (clause.some((token) => hearingVerb.test(token.norm))) {
      return { ...colonOnly(clause), reference: unnamed(clause[0]?.start ?? 0) };
    }
    // "Президент: «…»" — a bare name or role before the colon is the speaker.
    const isBareName =
      clause.length <= 4 && clause.every((token) => token.isWord && !isFunctionWord(token.norm));
    if (isBareName) return { ...colonOnly(clause), reference: bareSpeaker(clause, language) };
    const subject = subjectBeforeColon(clause, language);
    return subject === undefined
      ? colonOnly(clause)
      : { ...colonOnly(clause), strength: 'weak', reference: subject };
  }
  const afterCue = clause.slice(cue.index + cue.length);
  const bound = afterCue.filter(
    (token) => token.isWord && !functionWords.complementizers.has(token.norm),
  ).length;
  // Far from the quotation, the verb must introduce a reported clause ("told LA Weekly that
  // … Montalvo “walked in”"); otherwise it is about something else in the sentence.
  const introducesClause = afterCue.some((token) => functionWords.complementizers.has(token.norm));
  const isFar =
    bound > maxWeakDistance &&
    framing === undefined &&
    !opensAsClause(clause, cue) &&
    !(language === 'en' && namesAs(clause, cue));
  if (!hasColon && isFar && !introducesClause) return undefined;
  const strength = hasColon || bound <= maxBoundDistance ? 'strong' : 'weak';
  const sentenceStart = clause.findLastIndex(
    (token, at) =>
      at < cue.index && (token.text === '.' || token.text === '!' || token.text === '?'),
  );
  const document =
    language === 'en' && cue.kind === 'verb'
      ? documentAuthorBefore(text, clause.slice(sentenceStart + 1, cue.index), clause[cue.index])
      : undefined;
  const reference = document ?? referenceFor(clause, cue, language, hasColon, { text, open: to });
  const isZeroSubject =
    reference === undefined &&
    language === 'ru' &&
    cue.kind === 'verb' &&
    !cue.isNonFinite &&
    (cue.gender === 'm' || cue.gender === 'f') &&
    from >= to - lookbehind &&
    opensSentenceAt(text, from);
  return {
    cue: cue.text,
    cueOffset: clause[cue.index]?.start ?? to,
    strength,
    reference:
      isZeroSubject && (cue.gender === 'm' || cue.gender === 'f')
        ? russianZeroSubject(clause, cue.index, cue.gender)
        : reference,
    hasColon,
    // A cite verb agrees with whoever passes the words on, not with whose they are.
    verbGender: hasColon && isCiteCue(cue) ? '' : cue.gender,
  };
}

/** Nothing but spaces between `at` and the end of the sentence or paragraph before it. */
function opensSentenceAt(text: string, at: number): boolean {
  let position = at - 1;
  while (position >= 0 && (text[position] === ' ' || text[position] === '\u00a0')) position -= 1;
  return position < 0 || '.!?…\n'.includes(text[position] ?? '');
}

/** "цитирует", "процитировал", "quoted": a verb whose object said the words. */
function isCiteCue(cue: Cue): boolean {
  return cue.kind === 'verb' && findSpeechVerbByNorm(normalizeWord(cue.text))?.isCite === true;
}

/** A name of its own as the subject of `later`, after the comma closing the framing phrase. */
function namesOtherSpeaker(
  clause: readonly Token[],
  framing: Cue,
  later: Cue,
  language: 'ru' | 'en',
  isLoneNameEnough = false,
): boolean {
  if (later.index <= framing.index) return false;
  const comma = clause.findIndex((token, at) => at > framing.index && token.text === ',');
  if (comma < 0 || comma >= later.index) return false;
  const subject = clause.slice(comma + 1, later.index);
  // Given the words outright, the subject must be the verb's alone: «ей позвонил брат Пётр и
  // сказал:» leaves open whose account the colon closes (round nine).
  if (isLoneNameEnough && !subject.every((token) => token.isCapitalized || isRoleWord(token.norm)))
    return false;
  // A place or a body as the subject («Москва согласилась создать …») is what the source's
  // account is about, not a second speaker.
  return findNameRuns(subject, language).some(
    (run) =>
      run.isPerson &&
      (run.hasFirstName ||
        run.to - run.from >= 2 ||
        // A lone word counts only when written as a surname: «Москва заявила» is a place.
        (isLoneNameEnough && surnameShape.test(subject[run.from]?.norm ?? ''))),
  );
}

/** The endings of most Russian surnames: «Орлов», «Седова», «Пушкин», «Вишневский». */
const surnameShape = /(?:ов|ев|ин|ын|ова|ева|ина|ына|ский|ская|цкий|цкая)$/;

const questionNouns = new Set(['вопрос', 'вопросы', 'question']);

/**
 * «Как заявила председатель комитета Анна Сергеева в пятницу, Иванов и Петров «…»»: a Russian
 * «как» clause opening the sentence frames all of it as «по словам» does, however far the
 * quotation stands (round twenty-six). Inside a sentence («чтобы, как выразился президент …
 * в послании, «…»») it frames only the quotation its closing comma runs into.
 */
function opensAsClause(clause: readonly Token[], cue: Cue): boolean {
  if (cue.kind !== 'verb' || cue.isNonFinite || clause[cue.index - 1]?.norm !== 'как') return false;
  const first = clause.findIndex((token) => token.isWord);
  const after = clause.slice(cue.index);
  // «…, более известный, как «закон Димы Яковлева»»: past another quoted span (a title) the
  // words may be its name, not what was said.
  if (after.some((token) => quoteMarks.test(token.text))) return false;
  if (first === cue.index - 1) return true;
  const comma = after.findIndex((token) => token.text === ',');
  return clause[cue.index - 2]?.text === ',' && comma === after.length - 1;
}

const quoteMarks = /^["«»“”„]$/;

/** English verbs that name what their object is after "as": "described the plan as". */
const namingVerb = /^(?:describ|characteri[sz]|label|brand|hail|dismiss)/;

/**
 * "characterized the conflict between the church and the posters of the video as "…"": a
 * naming verb binds the words after its "as" however long its object runs.
 */
function namesAs(clause: readonly Token[], cue: Cue): boolean {
  const verb = clause[cue.index];
  return (
    cue.kind === 'verb' &&
    !cue.isNonFinite &&
    verb !== undefined &&
    namingVerb.test(verb.norm) &&
    clause.at(-1)?.norm === 'as'
  );
}

/** Verbs of hearing: their subject is the listener, not the speaker. */
const hearingVerb = /^(?:услыша|слыша|heard$|hears?$)/;

/** Verbs of seeing, letting or making, whose object a bare verb after it has as its subject. */
const seeingOrLettingVerb =
  /^(?:saw|sees?|seen|watch(?:ed|es|ing)?|let|lets|made|makes?|helped|helps?)$/;

/** "to say", "would say": an infinitive or a modal's verb, with no object before it. */
const notObjectBefore = /^(?:to|will|would|can|could|shall|should|may|might|must|do|does|did)$/;

/** A speech verb in its bare form: "say", "tell", not "says", "said", "telling". */
function isBareVerb(norm: string): boolean {
  return (
    norm !== '' && !/(?:s|ed|ing)$/.test(norm) && !/^(?:said|told|wrote|spoke|read)$/.test(norm)
  );
}

/** The most words between "heard" and the speech verb for the one heard ("one of the men"). */
const maxHeardPhrase = 8;

/**
 * "heard one of the men say "…"": a bare speech verb right before the quotation whose object
 * phrase follows a verb of hearing; the speaker is that phrase (a name in it, or someone
 * unnamed), or undefined when the cue is not so built.
 */
function heardSpeaker(clause: readonly Token[], cue: Cue): SpeakerReference | undefined {
  if (cue.kind !== 'verb' || cue.index + cue.length !== clause.length) return undefined;
  // "watched Tom Reed tell the crowd", "let Ann Lowe say": seeing someone, or letting or
  // making them, does as hearing does before a bare verb; before "said" or "to say" the
  // verb has another subject (round thirty-three).
  const isBare = isBareVerb(clause[cue.index]?.norm ?? '');
  for (let at = cue.index - 1; at >= 0 && at >= cue.index - 1 - maxHeardPhrase; at -= 1) {
    const token = clause[at];
    if (token === undefined || !token.isWord) return undefined;
    if (!hearingVerb.test(token.norm) && !(isBare && seeingOrLettingVerb.test(token.norm)))
      continue;
    const phrase = clause.slice(at + 1, cue.index);
    if (phrase.length === 0) return undefined;
    if (isBare && notObjectBefore.test(phrase[phrase.length - 1]?.norm ?? '')) return undefined;
    const named = findNameRuns(phrase, 'en').some((run) => run.isPerson);
    const reference = named ? parseSpeakerPhrase(phrase, 'en') : undefined;
    return reference !== undefined && reference.name !== ''
      ? reference
      : unnamed(phrase[0]?.start ?? 0);
  }
  return undefined;
}

function unnamed(offset: number): SpeakerReference {
  return { name: '', role: '', pronoun: '', gender: '', isOrganisation: false, offset };
}

/**
 * "Президент:", "Минфин России:", "Позиция министерства:": the words before a colon name the
 * speaker. A capitalised first word that is neither a first name nor a title, followed by an
 * organisation in lower case, is a common noun capitalised by the sentence: the organisation
 * speaks ("Мураками сразу подметил:" stays as it is read).
 */
function bareSpeaker(
  clause: readonly Token[],
  language: 'ru' | 'en',
): SpeakerReference | undefined {
  const [head, next] = clause;
  const owner = clause.slice(1);
  const organisation =
    head !== undefined &&
    next !== undefined &&
    next.isWord &&
    !next.isCapitalized &&
    firstNameLemma(head.text) === undefined &&
    !isRoleWord(head.text)
      ? findOrganisationNoun(owner, language)
      : undefined;
  return organisation === undefined
    ? parseSpeakerPhrase(clause, language)
    : { ...unnamed(owner[0]?.start ?? 0), name: organisation, isOrganisation: true };
}

/** The subject must start within this many tokens of the sentence. */
const maxSubjectLead = 4;

/**
 * The subject of a sentence that introduces a quotation with a colon but no speech verb:
 * "Transport minister Anna Clarke welcomed the decision in a statement: "…"", "Dr Mark
 * Jones, who led the study, was blunt: "…"" (an apposition after the first comma is skipped).
 * Only a person or pronoun at the start of the sentence counts, not one named later on.
 */
function subjectBeforeColon(
  clause: readonly Token[],
  language: 'ru' | 'en',
): SpeakerReference | undefined {
  // "Оптимизм Чилингарова разделил директор ИМЭМО РАН Александр Дынкин:": a full name
  // closing the clause right before the colon is its inverted subject.
  const runs = findNameRuns(clause, language);
  const closing = runs[runs.length - 1];
  if (closing?.isPerson === true && closing.hasFirstName && closing.to === clause.length) {
    const named = parseSpeakerPhrase(clause.slice(closing.from), language);
    if (named !== undefined && named.name !== '') return named;
  }
  const comma = clause.findIndex((token) => token.text === ',');
  // "In a comment to the Bangkok Post, army Colonel Tom Reed shared a view:": past an
  // opening adverbial the sentence's subject stands after its comma (issue 14).
  if (
    language === 'en' &&
    comma > 0 &&
    functionWords.prepositions.has(clause[0]?.norm ?? '') &&
    clause[comma + 1]?.isWord === true
  )
    return subjectBeforeColon(clause.slice(comma + 1), language);
  const head = comma < 0 ? clause : clause.slice(0, comma);
  const reference = parseSpeakerPhrase(head, language);
  if (reference === undefined) return undefined;
  // "«Ведомости» распространили следующую информацию:": an organisation introducing "the
  // following" is its source; otherwise a name opening the sentence may be a place or a title.
  const announces = clause.some((token) => /^(?:следующ|following$)/.test(token.norm));
  if (reference.isOrganisation && !announces) return undefined;
  if (reference.name === '' && reference.pronoun !== 'm' && reference.pronoun !== 'f') {
    return undefined;
  }
  const lead = head.findIndex((token) => token.start >= reference.offset);
  // "In Paris on Monday the talks with X…": after a preposition the name is not the subject.
  const isFramed =
    head.slice(0, Math.max(lead, 0)).some((token) => functionWords.prepositions.has(token.norm)) &&
    !(language === 'ru' && isNominativeAfterObject(head, lead));
  return lead >= 0 && lead <= maxSubjectLead && !isFramed ? reference : undefined;
}

/**
 * «Решение о переезде Анна Котова приняла сама:»: a first name in its nominative, with no
 * preposition right before it, is the subject though a prepositional phrase of the object
 * opens the sentence (session 24: the speaker was left out); «С Анной Котовой» stays framed.
 */
function isNominativeAfterObject(head: readonly Token[], lead: number): boolean {
  const first = head[lead];
  if (first === undefined || lead === 0) return false;
  return (
    firstNameLemma(first.norm) === first.norm &&
    !functionWords.prepositions.has(head[lead - 1]?.norm ?? '')
  );
}

/** A weak cue whose words belong to someone the clause does not name. */
function unnamedAttribution(
  clause: readonly Token[],
  cue: { text: string; index: number },
  to: number,
  hasColon: boolean,
): Attribution {
  return {
    cue: cue.text,
    cueOffset: clause[cue.index]?.start ?? to,
    strength: 'weak',
    reference: unnamed(clause[0]?.start ?? 0),
    hasColon,
    verbGender: '',
  };
}

/** A claim noun's source ("criticism from X that …") as a weak cue at the noun. */
function claimAttribution(
  clause: readonly Token[],
  claim: NonNullable<ReturnType<typeof claimNounSource>>,
  to: number,
  hasColon: boolean,
): Attribution {
  return {
    cue: clause[claim.index]?.text ?? '',
    cueOffset: clause[claim.index]?.start ?? to,
    strength: 'weak',
    reference: claim.reference,
    hasColon,
    verbGender: '',
  };
}

function colonOnly(clause: readonly Token[]): Attribution {
  return {
    cue: ':',
    cueOffset: clause[clause.length - 1]?.end ?? 0,
    strength: 'strong',
    reference: undefined,
    hasColon: true,
    verbGender: '',
  };
}

/**
 * "По его словам, Москва согласилась создать консорциум, «…»": a sentence framed by "по
 * словам X" / "according to X" reports X's words throughout; a verb later in it ("Москва
 * согласилась") is part of what X said, not a second speaker.
 */
function framingCue(clause: readonly Token[]): Cue | undefined {
  const words = clause.map((token) => token.norm);
  const first = clause.findIndex((token) => token.isWord);
  if (first < 0 || !framingWords.has(words[first] ?? '')) return undefined;
  const length = matchMultiwordCue(words, first);
  if (length === 0) return undefined;
  const text = words.slice(first, first + length).join(' ');
  return { index: first, length, text, gender: '', kind: 'multiword', isNonFinite: false };
}

const reportNouns = new Set(
  'report article study survey poll story interview investigation analysis paper'.split(' '),
);

/** The "according to" phrase closes at a comma on a report noun, before the later cue. */
function framesDocument(clause: readonly Token[], framing: Cue, later: Cue): boolean {
  const after = framing.index + framing.length;
  const comma = clause.findIndex((token, at) => at >= after && token.text === ',');
  return (
    comma > after &&
    comma < later.index &&
    (reportNouns.has(clause[comma - 1]?.norm ?? '') ||
      // "According to Army Radio, Prime Minister Tom Reed rejected …": an outlet reports what
      // the person after it said, as a report does (round thirty-three).
      (framing.text.toLowerCase().startsWith('according') &&
        clause.slice(after, comma).some((token) => outletWord.test(token.text)))) &&
    clause.slice(comma + 1, later.index).some((token) => token.isCapitalized)
  );
}

/** Words that end or make up the names of newspapers, broadcasters and agencies. */
const outletWord =
  /^(?:Radio|Television|TV|News|Times|Post|Journal|Herald|Guardian|Telegraph|Press|Agency|Reuters|BBC|CNN|AFP|AP|Xinhua|Interfax|TASS)$/;

const framingWords = new Set(['по', 'со', 'according']);

function laterCue(clause: readonly Token[], hasColon: boolean, framing: Cue): Cue {
  const last = findLastCue(clause, hasColon);
  return last !== undefined && last.index > framing.index ? last : framing;
}

const verbalCues = new Set(
  ['put', 'puts', 'call', 'called', 'calls', 'pointed', 'points'].concat(
    // «Емельяненко обратил внимание, что «…»»: the subject before the cue (round twenty-six).
    ['обратил', 'обратила', 'обратили', 'обращает', 'обращают'],
  ),
);

/** Words before which an English form in -s is a plural noun, never a verb. */
const nounDeterminers = new Set(
  'the these those other many some several all both member'.split(' '),
);

/**
 * "a launch that member states saw as a "provocative" move": "states", "claims", "reports"
 * after a determiner or "member" are plural nouns; a verb never follows one (round
 * twenty-three).
 */
function isNounAfterDeterminer(clause: readonly Token[], index: number): boolean {
  const token = clause[index];
  return (
    token !== undefined &&
    /[^s]s$/.test(token.norm) &&
    /[a-z]/.test(token.norm) &&
    nounDeterminers.has(clause[index - 1]?.norm ?? '')
  );
}

/** English verbs that report a clause without marks: "said the Iranians had agreed". */
const reportingVerbs = new Set(
  'said says told tells claimed claims stated states insisted insists argued argues'.split(' '),
);

/**
 * English cue verbs that quote words as they were said, whoever the clause reports; the bare
 * forms after a modal too ("said that Tom Reed would say "…""; session 25: the reporter was
 * given at 0.8).
 */
const sayingVerbs = new Set(
  (
    'said says told tells asked asks added adds wrote writes replied replies ' +
    'say tell ask add write reply'
  ).split(' '),
);

/** Verbs giving a name to something: "critics called the plan "…"". */
const namingVerbs = new Set(
  'called calls dubbed dubs branded brands labelled labeled labels described describes termed terms'.split(
    ' ',
  ),
);

/** Subject pronouns that may be the reporter again ("said she called it "…""). */
const reporterPronouns = new Set(['he', 'she', 'i', 'we']);

/**
 * "Ann Lowe said critics called the plan "…"", "said the minister described it as "…"": the
 * name given is the reported clause's own subject's, unnamed, not the reporter's (session 25:
 * the reporter was given at 0.8); "called for" and "called on" ask, and stay the reporter's
 * account, as do a pronoun that may be the reporter and a person named (read as such).
 */
function isOthersNaming(clause: readonly Token[], at: number, cue: Cue): boolean {
  const verb = clause[cue.index];
  const after = clause[cue.index + 1];
  if (verb === undefined || !namingVerbs.has(verb.norm)) return false;
  if (after === undefined || after.norm === 'for' || after.norm === 'on') return false;
  let subject = at + 1;
  if (clause[subject]?.norm === 'that') subject += 1;
  const first = clause[subject];
  return (
    first !== undefined &&
    subject < cue.index &&
    !first.isCapitalized &&
    !reporterPronouns.has(first.norm)
  );
}

/**
 * "Netanyahu … said the Iranians had agreed only to "cosmetic concessions"": a cue verb inside
 * the unmarked clause another speech verb reports (only its subject between, no punctuation)
 * tells what the reporter said they did, so the words in marks are the reporter's: the cue is
 * the reporting verb (round twenty-nine). A verb of saying there ("said Jones told him") is
 * left as it is.
 */
function reportingCue(clause: readonly Token[], cue: Cue): Cue | undefined {
  const verb = clause[cue.index];
  if (cue.kind !== 'verb' || verb === undefined || sayingVerbs.has(verb.norm)) return undefined;
  for (let at = cue.index - 1; at >= 0 && cue.index - at <= maxReportedSubject; at -= 1) {
    const token = clause[at];
    if (token === undefined || !token.isWord) return undefined;
    if (!reportingVerbs.has(token.norm)) continue;
    if (at + 1 === cue.index || token.isCapitalized) return undefined;
    if (voicingVerbs.has(verb.norm) && namesPerson(clause.slice(at + 1, cue.index)))
      return undefined;
    return { index: at, length: 1, text: token.text, gender: '', kind: 'verb', isNonFinite: false };
  }
  return undefined;
}

/**
 * "Police said John Smith shouted "get out"", "said Mary Jones had called the plan "a
 * disgrace"": words voiced, or a name given, are the voice's or the giver's own when the
 * reported clause's subject is a person named (issue 14); "said the council called for" stays
 * the reporter's, as round twenty-nine found for a clause with no name.
 */
const voicingVerbs = new Set(
  (
    'shouted shouts yelled yells screamed screams whispered whispers exclaimed chanted ' +
    'called calls dubbed branded labelled labeled tweeted'
  ).split(' '),
);

/** A person's full name, or a name with a first name: not "the Greeks" nor "Greenpeace". */
function namesPerson(words: readonly Token[]): boolean {
  return findNameRuns(words, 'en').some(
    (run) => run.isPerson && (run.hasFirstName || run.to - run.from >= 2),
  );
}

/** Whether the reported clause `cue` closes is someone unnamed giving a name (see above). */
function namedByOthers(clause: readonly Token[], cue: Cue): boolean {
  if (cue.kind !== 'verb') return false;
  for (let at = cue.index - 1; at >= 0 && cue.index - at <= maxReportedSubject; at -= 1) {
    const token = clause[at];
    if (token === undefined || !token.isWord) return false;
    if (reportingVerbs.has(token.norm))
      return (
        !token.isCapitalized && (isOthersNaming(clause, at, cue) || isOthersSaying(clause, at, cue))
      );
  }
  return false;
}

/** Words that make the word after them a noun: "two reports", "these claims". */
const nounMarkers = new Set(
  'the a an two three four several many both these those its his her their our'.split(' '),
);

/**
 * "after the reissue of two reports condemning the occupation, "…"": a cue word after a
 * numeral or determiner is a document noun, not a verb; the words are the unnamed document's,
 * not those of a subject found before it (round thirty-three: the one who presented the
 * reports was given them at 0.95).
 */
function isCountedNoun(clause: readonly Token[], at: number): boolean {
  const before = clause[at - 1];
  return before !== undefined && (nounMarkers.has(before.norm) || /^\d+$/.test(before.norm));
}

/** What may stand between a reported clause's subject and its verb: "people have said". */
const auxiliaries = new Set(['have', 'has', 'had', 'would', 'will', 'also', 'often']);

/**
 * "He claimed that people have said to him that "…"": a saying verb after "that" whose own
 * subject is a common noun, neither a role nor a pronoun that may be the reporter, gives the
 * words to those unnamed others, not to the reporter (round thirty-three: the reporter was
 * given at 0.8).
 */
function isOthersSaying(clause: readonly Token[], at: number, cue: Cue): boolean {
  const verb = clause[cue.index];
  if (verb === undefined || !sayingVerbs.has(verb.norm)) return false;
  if (clause[at + 1]?.norm !== 'that') return false;
  const subject = clause.slice(at + 2, cue.index).filter((token) => !auxiliaries.has(token.norm));
  return (
    subject.length > 0 &&
    subject.every(
      (token) =>
        token.isWord &&
        !token.isCapitalized &&
        !reporterPronouns.has(token.norm) &&
        !isRoleWord(token.norm),
    )
  );
}

/** Words a reported clause's subject and auxiliaries may take before its verb. */
const maxReportedSubject = 6;

const articles = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);

/**
 * "In a comment to the Daily Times, …": an English word after an article or a possessive is a
 * noun, never a verb (round twenty-nine); as a noun it is a cue only before a colon.
 */
function isNounAfterArticle(clause: readonly Token[], index: number): boolean {
  const token = clause[index];
  return (
    token !== undefined && latinWord.test(token.norm) && articles.has(clause[index - 1]?.norm ?? '')
  );
}

/**
 * "A resolution … asked EU states "to find a common solution"": a form ending in -s after a
 * capitalised word that follows a verb of saying is that verb's object, a plural noun ("EU
 * states"), not a verb whose subject the capitalised word is (round thirty-two: "EU" was given
 * at 0.9). The verb before is then the cue.
 */
function isPluralObjectOfVerb(clause: readonly Token[], index: number): boolean {
  const token = clause[index];
  const modifier = clause[index - 1];
  const verb = clause[index - 2];
  if (token === undefined || modifier === undefined || verb === undefined) return false;
  if (!token.norm.endsWith('s') || !modifier.isCapitalized || verb.isCapitalized) return false;
  const reading = findSpeechVerbByNorm(verb.norm);
  return reading !== undefined && !reading.isNonFinite && !reading.isPassive;
}

const addForms = new Set(['add', 'adds', 'added', 'adding']);
const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their']);

/**
 * "Officials have added to criticism from Tom Reed that the plan will "…"": "add to" before a
 * thing in lower case means "increase", not "say further"; its subject did not say the words
 * (round thirty-two: "United" of "United States … spokespeople" was given at 0.8).
 */
function isAddingTo(clause: readonly Token[], index: number): boolean {
  if (!addForms.has(clause[index]?.norm ?? '') || clause[index + 1]?.norm !== 'to') return false;
  let next = index + 2;
  if (determiners.has(clause[next]?.norm ?? '')) next += 1;
  const thing = clause[next];
  return thing !== undefined && thing.isWord && !thing.isCapitalized;
}

function findLastCue(clause: readonly Token[], hasColon: boolean): Cue | undefined {
  const words = clause.map((token) => token.norm);
  for (let index = clause.length - 1; index >= 0; index -= 1) {
    const token = clause[index];
    if (token === undefined) continue;
    const multiword = matchMultiwordCue(words, index);
    const text = multiword > 0 ? words.slice(index, index + multiword).join(' ') : '';
    // «Иванов сказал, что, по данным полиции, «…»»: an account frames only a sentence it opens.
    if (multiword > 0 && !isAccountFrame(text)) {
      // "As Lopez put it," names the speaker before the cue, like a verb does; so do "MSF
      // have called for" and "Lee pointed out" (round twenty).
      const kind = verbalCues.has(token.norm) ? 'verb' : 'multiword';
      return { index, length: multiword, text, gender: '', kind, isNonFinite: false };
    }
    const verb = token.isCapitalized ? undefined : findSpeechVerbByNorm(token.norm);
    // "В заявлении КНДР говорится, что … «…»": a passive cue names its source in a frame.
    if (verb?.isPassive === true && documentFrame(clause, index) >= 0) {
      return {
        index,
        length: 1,
        text: token.text,
        gender: '',
        kind: 'passive',
        isNonFinite: false,
      };
    }
    if (
      verb !== undefined &&
      !verb.isPassive &&
      !isNounAfterDeterminer(clause, index) &&
      !isNounAfterArticle(clause, index) &&
      !isPluralObjectOfVerb(clause, index) &&
      !isAddingTo(clause, index)
    ) {
      return {
        index,
        length: 1,
        text: token.text,
        gender: verb.gender,
        kind: 'verb',
        isNonFinite: verb.isNonFinite,
      };
    }
    // Nouns announce a quotation only before a colon: "Слова Сагдеева из интервью:".
    // "ответил на вопрос «Ведомостей»:" — the answer follows, not the question a verb before
    // the noun responds to.
    const answersQuestion =
      questionNouns.has(token.norm) &&
      clause.slice(0, index).some((before) => findSpeechVerbByNorm(before.norm) !== undefined);
    if (
      hasColon &&
      speechNouns.has(token.norm) &&
      index + 1 < clause.length &&
      !answersQuestion &&
      !isNounOfName(clause, index) &&
      !isToldOutlet(clause, index)
    ) {
      return { index, length: 1, text: token.text, gender: '', kind: 'noun', isNonFinite: false };
    }
  }
  return undefined;
}

/**
 * "In a comment to the Bangkok Post, Colonel … shared a view:": a capitalised speech noun after
 * a capitalised word ends a name (a newspaper), and is no cue (round twenty-nine).
 */
function isNounOfName(clause: readonly Token[], index: number): boolean {
  const token = clause[index];
  const before = clause[index - 1];
  return (
    token !== undefined &&
    token.isCapitalized &&
    latinWord.test(token.norm) &&
    before?.isWord === true &&
    before.isCapitalized
  );
}

/**
 * "In a comment to the Daily Times, Colonel … shared a view:": what follows "to" is whom the
 * words were given to, an outlet or a listener, never who said them (round twenty-nine).
 */
function isToldOutlet(clause: readonly Token[], index: number): boolean {
  const token = clause[index];
  return token !== undefined && latinWord.test(token.norm) && clause[index + 1]?.norm === 'to';
}

// Module-level: esbuild compiles a `\p{…}` literal into `new RegExp` at each evaluation.
const latinWord = /^[a-z]/;

const documentNoun =
  /^(?:сообщени|заявлени|документ|пресс-релиз|письм|обращени|коммюнике|доклад|отчет|резолюци|постановлени)/;
/** How far from a passive cue its document noun may stand, in tokens. */
const maxFrameDistance = 8;

/**
 * Index of the document noun framing a passive cue at `cue` ("в заявлении X говорится",
 * "говорится в сообщении X"), or -1. Only the words of the same clause count.
 */
function documentFrame(clause: readonly Token[], cue: number): number {
  for (let index = cue - 1; index >= 0 && cue - index <= maxFrameDistance; index -= 1) {
    const token = clause[index];
    if (token === undefined || token.text === ',') break;
    if (documentNoun.test(token.norm)) return index;
  }
  for (let index = cue + 1; index < clause.length && index - cue <= 3; index += 1) {
    const token = clause[index];
    if (token === undefined || token.text === ',') break;
    if (documentNoun.test(token.norm)) return index;
  }
  return -1;
}

/** The author of the document a passive cue is framed by: "заявлении Комитета за …". */
function passiveSource(
  clause: readonly Token[],
  cue: Cue,
  language: 'ru' | 'en',
): SpeakerReference | undefined {
  const frame = documentFrame(clause, cue.index);
  const end = frame < cue.index ? cue.index : clause.length;
  const until = clause.slice(frame + 1, end);
  const comma = until.findIndex((token) => token.text === ',');
  const phrase = comma < 0 ? until : until.slice(0, comma);
  // "заявлении северокорейского Комитета за …": an organisation noun, capitalised or not.
  const organisation = findOrganisationNoun(phrase, language);
  if (organisation !== undefined) {
    return { ...unnamed(phrase[0]?.start ?? 0), name: organisation, isOrganisation: true };
  }
  const source = parseSpeakerPhrase(phrase, language);
  return source?.name === '' ? undefined : source;
}

const passiveAuxiliaries = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

/** The most words between a cite verb and its "as saying": "quoted a senior aide to X as". */
const maxQuotedObject = 8;
/** The most tokens of an apposition between the object and "as saying", commas included. */
const maxQuotedApposition = 16;

/**
 * "Tom Reed quoted Ann Lowe as saying: "…"", "The paper quoted Ann Lowe as saying": the
 * object of the cite verb before "as saying" said the words; its subject only reports them
 * (session 25: such quotations were left unattributed). Someone unnamed there is no one.
 */
function quotedAsSaying(clause: readonly Token[], cue: Cue): SpeakerReference | undefined {
  const as =
    cue.text === 'as saying'
      ? cue.index
      : clause[cue.index]?.norm === 'saying' && clause[cue.index - 1]?.norm === 'as'
        ? cue.index - 1
        : -1;
  if (as < 0) return undefined;
  // "quoted Tom Reed, a guard hired by the army there, as saying": an apposition set off by
  // commas does not count toward the object's words (round thirty-three).
  const opening =
    clause[as - 1]?.text === ','
      ? clause.findLastIndex(
          (token, at) => at < as - 1 && as - at <= maxQuotedApposition && token.text === ',',
        )
      : -1;
  const reach = opening < 0 ? as : opening;
  for (let at = as - 1; at >= 0 && reach - at <= maxQuotedObject; at -= 1) {
    const token = clause[at];
    if (token === undefined || (!token.isWord && token.text !== ',')) return undefined;
    const verb = token.isCapitalized ? undefined : findSpeechVerbByNorm(token.norm);
    if (verb === undefined || !verb.isCite) continue;
    // "Ann Lowe was quoted by the paper as saying": a passive's subject is the one quoted.
    if (passiveAuxiliaries.has(clause[at - 1]?.norm ?? '')) return undefined;
    const object = trimTrailingComma(clause.slice(at + 1, as));
    if (object.length === 0) return undefined;
    return parseSpeakerPhrase(object, 'en', 'object') ?? unnamed(object[0]?.start ?? 0);
  }
  return undefined;
}

function referenceFor(
  clause: readonly Token[],
  cue: Cue,
  language: 'ru' | 'en',
  hasColon: boolean,
  quotation: { text: string; open: number },
): SpeakerReference | undefined {
  if (cue.kind === 'passive') return passiveSource(clause, cue, language);
  if (cue.kind === 'noun') {
    const issuer = issuerOf(clause, cue.index, language);
    if (issuer !== undefined) return issuer;
  }
  const after = clause.slice(cue.index + cue.length);
  const commaAfter = after.findIndex((token) => token.text === ',');
  const untilComma = commaAfter < 0 ? after : after.slice(0, commaAfter);
  const quotedAs = language === 'en' ? quotedAsSaying(clause, cue) : undefined;
  if (quotedAs !== undefined) return quotedAs;
  if (cue.kind !== 'verb') {
    // "По словам X," / "according to X," / "Слова X из интервью:" name the speaker after the cue;
    // "По его словам" carries a pronoun inside the cue itself.
    const pronoun =
      pronounInCue(clause.slice(cue.index, cue.index + cue.length)) ??
      (language === 'en' ? objectPronounAfterCue(untilComma) : undefined);
    if (pronoun !== undefined) return pronoun;
    // "По словам канцлера, участие России «…»": the speaker phrase ends at its comma; what
    // follows is what was said, and a name in it (a country, a party) did not say it. A
    // capitalised word right after the comma is an apposition ("the prosecutor, Mark Tedeschi").
    const nextWord = after[commaAfter + 1];
    // «По мнению автора петиции, Г. А. Зюганов «…»»: a Russian name after the comma that runs
    // into the quotation, with no comma or colon to close an apposition, is the subject of
    // what was said (round fourteen).
    const isClause =
      commaAfter > 0 &&
      nextWord !== undefined &&
      nextWord.isWord &&
      (!nextWord.isCapitalized ||
        isGroup(after[0], language) ||
        (language === 'ru' &&
          !hasColon &&
          !after.slice(commaAfter + 1).some((token) => token.text === ',')));
    const apposition =
      isClause && language === 'ru' ? obliqueApposition(after, commaAfter) : undefined;
    if (apposition !== undefined) return apposition;
    const named = parseSpeakerPhrase(trimTrailingComma(isClause ? untilComma : after), language);
    // "адресовал писателю вопрос одной читательницы: «…»": the words are those of whoever
    // the noun names; someone unnamed there is no one, never the sentence's subject.
    if (named === undefined && cue.kind === 'noun' && after.some((token) => token.isWord)) {
      return unnamed(after[0]?.start ?? 0);
    }
    return named;
  }
  const agent = language === 'en' ? passiveAgentAfterCue(clause, cue.index, cue.length) : undefined;
  if (agent !== undefined)
    return parseSpeakerPhrase(agent, language) ?? unnamed(agent[0]?.start ?? 0);
  // "РБК цитирует Марию Иванову: «…»", "John Smith quoted Mary Jones: "…"": before a colon a
  // cite verb's object is whose words the marks hold; its subject only passes them on, and
  // with no object named nobody is (found in session 22: the subject was given at 0.9-0.95).
  if (hasColon && isCiteCue(cue)) {
    const cited = language === 'ru' ? citedBeforeVerb(clause, cue.index, untilComma) : undefined;
    if (cited !== undefined)
      return parseSpeakerPhrase(cited, language, 'object') ?? unnamed(cited[0]?.start ?? 0);
    const object = parseSpeakerPhrase(untilComma, language, 'object');
    return object === undefined || (language === 'ru' && isCitedAddressee(untilComma))
      ? unnamed(untilComma[0]?.start ?? 0)
      : object;
  }
  const previous = clause[cue.index - 1];
  if (previous !== undefined && (previous.norm === 'как' || previous.norm === 'as')) {
    // «Как сообщили ТАСС в МЧС, …»: the outlet after a plural verb was told; the body said it.
    const told =
      language === 'ru' && cue.gender === 'plural' ? sourceAfterAddressee(untilComma) : undefined;
    return told ?? parseSpeakerPhrase(untilComma, language);
  }
  // "with Boswell stating:" — a participle's own subject stands right before it. Not a name
  // that numerals run into ("quoted by Fox 32 Chicago responding"): that is the end of a
  // longer name, an outlet's, and a passive's agent besides, who only reports the speaker.
  const leading = clause[cue.index - 1];
  if (cue.isNonFinite && leading?.isCapitalized === true) {
    const from = clause.findLastIndex(
      (token, index) => index < cue.index && !token.isCapitalized && token.text !== '.',
    );
    const isAgent = clause.slice(0, cue.index).some((token) => token.norm === 'by');
    // "boycotting the next year's Eurovision saying": after a possessive or a determiner the
    // name is an object the participle runs on from, not its subject (round eleven).
    const determined = /^(?:the|a|an|its|his|her|their|our|this|that)$|['’]s$/.test(
      clause[from]?.norm ?? '',
    );
    const own =
      isAgent || determined || /^\d/.test(clause[from]?.text ?? '')
        ? undefined
        : parseSpeakerPhrase(clause.slice(from + 1, cue.index), language);
    if (own !== undefined) return own;
  }
  // "Поэт до последних минут был в сознании, сообщает его друг: «…»": a verb after a comma
  // with its own subject after it, before the colon, reports what the clause before it says;
  // that clause's subject is what was said about, not who said it (round fourteen).
  if (
    language === 'ru' &&
    previous?.text === ',' &&
    untilComma.length <= 6 &&
    opensInvertedSubject(untilComma)
  )
    return (
      parseSpeakerPhrase(untilComma, language, 'inverted') ?? unnamed(untilComma[0]?.start ?? 0)
    );
  if (language === 'en' && cue.isNonFinite && isPassiveBeforeParticiple(clause.slice(0, cue.index)))
    return unnamed(clause[0]?.start ?? 0);
  const relative = relativeOrganisation(clause.slice(0, cue.index), language);
  if (relative !== undefined) return relative;
  const cited = citedSource(clause.slice(0, cue.index), language);
  if (cited !== undefined) return cited;
  // "Coates said that after the theft, Hood told her "…"": the cue stands inside another
  // speaker's report of what was said to her; whose words the marks hold, the reporter's or
  // the reported's, the text does not settle (round nineteen). "Reuters reported that Smith
  // said "…"" tells no one's account of what they heard and keeps its speaker.
  if (
    !cue.isNonFinite &&
    previous?.isCapitalized === true &&
    addressees.has(clause[cue.index + 1]?.norm ?? '') &&
    isInsideReport(clause.slice(0, cue.index))
  )
    return unnamed(clause[0]?.start ?? 0);
  if (language === 'en' && namesMembersOfSubject(clause.slice(0, cue.index)))
    return unnamed(clause[0]?.start ?? 0);
  const inserted =
    language === 'ru' && !cue.isNonFinite
      ? insertedClauseSubject(clause.slice(0, cue.index))
      : undefined;
  if (inserted !== undefined) return inserted;
  const subordinate =
    language === 'en' ? subordinateSubject(clause.slice(0, cue.index), language) : undefined;
  if (subordinate !== undefined) return subordinate;
  const joined = joinedClauseSubject(clause.slice(0, cue.index), language);
  if (joined !== undefined) return joined;
  const closing = closingSubject(clause.slice(0, cue.index), language);
  if (closing !== undefined) return closing;
  const subject = parseSpeakerPhrase(
    clause.slice(0, cue.index),
    language,
    'subject',
    cue.kind === 'verb' && !cue.isNonFinite,
  );
  if (subject !== undefined && language === 'ru' && isObjectBeforeVerb(subject, cue.gender)) {
    // «Седову ответил Орлов: «…»»: the subject then stands after the verb, before the colon.
    const inverted =
      untilComma.length > 0 && untilComma.length <= 6 && commaAfter < 0
        ? parseSpeakerPhrase(untilComma, language, 'inverted')
        : undefined;
    if (inverted !== undefined && inverted.name !== '' && !isObjectBeforeVerb(inverted, ''))
      return inverted;
    return subjectAfterQuotedObject(quotation.text, quotation.open) ?? unnamed(subject.offset);
  }
  if (subject !== undefined) return subject;
  const common = commonNounBefore(clause.slice(0, cue.index), language);
  if (common !== undefined) return common;
  // Inverted order: "сообщил глава ведомства:", "заявил он:", "said Bolden, ...".
  const first = untilComma[0];
  if (first === undefined || untilComma.length > 6) return undefined;
  if (language === 'en' && functionWords.pronouns.has(first.norm)) return undefined;
  // "criticised the plan and said the Bill "…"", "but warned the death of bin Laden "…"":
  // English puts no subject after a verb joined by "and" or "but"; the words after it open the
  // reported clause (round sixteen).
  if (language === 'en' && (previous?.norm === 'and' || previous?.norm === 'but')) return undefined;
  // "told the police, "…"": the words after "told" are whom it was told to.
  if (language === 'en' && /^(?:told|tell|tells|telling)$/.test(cue.text.toLowerCase())) {
    return undefined;
  }
  // "said the Amtrak locomotive was "…"", "stated that Iranian authorities "…"": a name
  // with a lower-case noun after it, not a title, opens the reported clause; English puts
  // the speaker after the verb only as "said Smith" or "said spokesman John Smith".
  if (language === 'en' && opensReportedClause(untilComma)) return undefined;
  return parseSpeakerPhrase(untilComma, language);
}

const subordinators = new Set(
  'after before when while because since until although though once as if whereas'.split(' '),
);

/**
 * "Mugabe accused Gordon Brown of interfering, after Brown called for "…"": a name between a
 * subordinating conjunction and the cue is the subject of the subordinate clause the cue is
 * in; the main clause's subject did not say it (round twenty-seven).
 */
function subordinateSubject(
  head: readonly Token[],
  language: 'ru' | 'en',
): SpeakerReference | undefined {
  const conjunction = head.findLastIndex((token) => subordinators.has(token.norm));
  if (conjunction < 1 || head.length - conjunction - 1 > 4) return undefined;
  const tail = head.slice(conjunction + 1);
  const runs = findNameRuns(tail, language);
  const run = runs[0];
  if (
    runs.length !== 1 ||
    run === undefined ||
    !run.isPerson ||
    run.to !== tail.length ||
    tail.slice(0, run.from).some((token) => !token.isCapitalized)
  )
    return undefined;
  return personReference(tail, run, language, 0);
}

/** Words of a segment that may stand before a group's plural noun: "forty prominent African". */
const maxGroupWords = 6;

/**
 * "On Friday, forty prominent African leaders, including Kofi Annan and Boutros Boutros-Ghali,
 * criticized …": the names after "including" are members of the group the sentence opens with,
 * which speaks as a whole; none of them is the speaker (round twenty-seven).
 */
function namesMembersOfSubject(head: readonly Token[]): boolean {
  const including = head.findIndex(
    (token, at) => token.norm === 'including' && head[at - 1]?.text === ',',
  );
  if (including < 2) return false;
  const noun = head[including - 2];
  if (noun === undefined || noun.isCapitalized || !/[^s]s$/.test(noun.norm)) return false;
  const opening = head.findIndex((token) => token.text === ',');
  const groupFrom = opening === including - 1 ? 0 : opening + 1;
  // The group opens the sentence, or follows one opening adverbial set off by a comma.
  const earlierCommas = head.slice(0, including - 1).filter((token) => token.text === ',').length;
  const group = head.slice(groupFrom, including - 1);
  // "Annan criticized the leaders, including …": a verb before the group makes it an object.
  const hasVerb = group.some(
    (token) => !token.isCapitalized && (/ed$/.test(token.norm) || findSpeechVerbByNorm(token.norm)),
  );
  return earlierCommas <= 1 && group.length <= maxGroupWords && !hasVerb;
}

/** Verbs whose object is a document their subject puts out: "released a statement". */
const issuingVerb =
  /^(?:released?|issued?|made|published|posted|put|gave|выпустила?|сделала?|опубликовала?|распространила?)$/;

/**
 * "British Home Secretary Jacqui Smith released a statement on the case: "…"": the document a
 * full name right before the verb puts out is that person's words (round nineteen).
 */
function issuerOf(
  clause: readonly Token[],
  noun: number,
  language: 'ru' | 'en',
): SpeakerReference | undefined {
  let verb = noun - 1;
  if (/^(?:a|an|the|its|his|her|their|свое|своё)$/.test(clause[verb]?.norm ?? '')) verb -= 1;
  if (!issuingVerb.test(clause[verb]?.norm ?? '')) return undefined;
  const head = clause.slice(0, verb);
  const run = findNameRuns(head, language).at(-1);
  if (
    run === undefined ||
    !run.isPerson ||
    (!run.hasFirstName && run.to - run.from < 2) ||
    run.to !== head.length
  )
    return undefined;
  return personReference(head, run, language, 0);
}

const possessives = new Set(['его', 'ее', 'их']);

/**
 * The words after a Russian verb open its subject in the nominative: a possessive and its noun
 * ("его друг"), a subject pronoun, a role noun in the nominative ("министр"), or a first name
 * in its dictionary form; not an addressee ("журналистам") or an adverbial.
 */
function opensInvertedSubject(words: readonly Token[]): boolean {
  const [head, next] = words;
  if (head === undefined || !head.isWord) return false;
  if (possessives.has(head.norm))
    return next !== undefined && next.isWord && !isFunctionWord(next.norm);
  const pronoun = functionWords.pronouns.get(head.norm);
  if (pronoun !== undefined) return /^(?:он|она|они)$/.test(head.norm);
  if (isRoleWord(head.text)) return normalizeWord(toNominativeRole(head.norm)) === head.norm;
  return firstNameLemma(head.norm) === head.norm;
}

function opensReportedClause(tokens: readonly Token[]): boolean {
  if (tokens[0]?.norm === 'that') return true;
  return tokens.some(
    (token, at) =>
      at > 0 &&
      token.isWord &&
      !token.isCapitalized &&
      tokens[at - 1]?.isCapitalized === true &&
      !isRoleWord(token.text) &&
      !isFunctionWord(token.norm),
  );
}

/** Whom a cue's words were told to, when that is the reporter: "told her", «сказал ей». */
const addressees = new Set(['her', 'him', 'me', 'us', 'them', 'ей', 'ему', 'мне', 'нам', 'им']);

/**
 * A finite speech verb before the cue, after a name or a subject pronoun, with "that" or «что»
 * right after it (past a comma); not a noun ("Despite reports that …").
 */
function isInsideReport(head: readonly Token[]): boolean {
  return head.some((token, at) => {
    const subject = head[at - 1];
    if (
      token.isCapitalized ||
      subject === undefined ||
      !(
        (subject.isCapitalized && !isFunctionWord(subject.norm)) ||
        /^(?:he|she|они?|она)$/.test(subject.norm)
      )
    )
      return false;
    const verb = findSpeechVerbByNorm(token.norm);
    if (verb === undefined || verb.isPassive || verb.isNonFinite) return false;
    const next = head[at + 1]?.text === ',' ? head[at + 2] : head[at + 1];
    return next?.norm === 'that' || next?.norm === 'что';
  });
}

const clauseJoiners = new Set(['and', 'but', 'while', 'whereas', 'а', 'но', 'и']);

/**
 * "NATO has insisted it will …, and the United Nations said the death … marked a "…"": a
 * clause joined by a comma and "and"/"but" («, а …», «, но …») with a named subject of its own
 * before the verb is the verb's; the clause before it is someone else's (round seventeen).
 */
function joinedClauseSubject(
  head: readonly Token[],
  language: 'ru' | 'en',
): SpeakerReference | undefined {
  const joiner = head.findLastIndex(
    (token, at) => clauseJoiners.has(token.norm) && head[at - 1]?.text === ',',
  );
  if (joiner < 0) return undefined;
  const tail = head.slice(joiner + 1);
  const apposed = apposedSubject(tail, language);
  if (apposed !== undefined) return apposed;
  if (tail.length === 0 || tail.length > 6 || tail.some((token) => token.text === ','))
    return undefined;
  const named = parseSpeakerPhrase(tail, language);
  return named !== undefined && named.name !== '' ? named : undefined;
}

/** Words an apposition between a joined clause's subject and its verb may run to. */
const maxApposition = 12;

/**
 * "…, while Bambang Widaryatmo, head of East Kalimantan's police, promised "…"": a joined
 * clause whose subject, a full name, has an apposition set off by commas before the verb is
 * that person's (round nineteen).
 */
function apposedSubject(
  tail: readonly Token[],
  language: 'ru' | 'en',
): SpeakerReference | undefined {
  const comma = tail.findIndex((token) => token.text === ',');
  if (comma < 1 || tail[tail.length - 1]?.text !== ',' || tail.length - comma > maxApposition)
    return undefined;
  const closing = tail.length - 1;
  if (
    tail
      .slice(comma + 1, closing)
      .some((token) => token.text === ',' || (!token.isWord && token.text !== "'s"))
  )
    return undefined;
  const subject = tail.slice(0, comma);
  const runs = findNameRuns(subject, language);
  const run = runs[0];
  if (
    runs.length !== 1 ||
    run === undefined ||
    !run.isPerson ||
    run.from !== 0 ||
    run.to !== subject.length ||
    run.to - run.from < 2
  )
    return undefined;
  return personReference(subject, run, language, 0);
}

/**
 * "The resolution also stated that …": an English subject of "the" and lower-case nouns
 * before the verb names no one known; like "the youth league said" after a quotation, it
 * stops the words running on to the last speaker (round seventeen).
 */
function commonNounBefore(
  head: readonly Token[],
  language: 'ru' | 'en',
): SpeakerReference | undefined {
  if (language !== 'en') return undefined;
  const comma = head.findLastIndex((token) => token.text === ',');
  const phrase = head.slice(comma + 1);
  while (phrase.length > 0 && functionWords.fillers.has(phrase[phrase.length - 1]?.norm ?? ''))
    phrase.pop();
  const [article, ...nouns] = phrase;
  if (article?.norm !== 'the' || nouns.length === 0 || nouns.length > 3) return undefined;
  const isCommon = nouns.every(
    (token) => token.isWord && !token.isCapitalized && !isFunctionWord(token.norm),
  );
  return isCommon ? unnamed(article.start) : undefined;
}

/**
 * "In a press conference, the state governor, Henry McMaster, said": a full name set off by
 * commas right before the verb, after a title, is its subject (round seventeen).
 */
function apposedName(
  head: readonly Token[],
  comma: number,
  language: 'ru' | 'en',
): SpeakerReference | undefined {
  if (comma < 0 || comma !== head.length - 1) return undefined;
  const opening = head.findLastIndex((token, at) => at < comma && token.text === ',');
  if (opening < 0 || !isRoleWord(head[opening - 1]?.text ?? '')) return undefined;
  const apposition = head.slice(opening + 1, comma);
  const runs = findNameRuns(apposition, language);
  const run = runs[0];
  if (
    runs.length !== 1 ||
    run === undefined ||
    !run.isPerson ||
    !run.hasFirstName ||
    run.from !== 0 ||
    run.to !== apposition.length
  )
    return undefined;
  return personReference(apposition, run, language, 0);
}

/**
 * "…, встречаясь с предпринимателями, чьи проекты поддержал Фонд …, Владимир Путин отметил":
 * a full name right before the verb, after the sentence's last comma, is its subject; the
 * clauses before it name others (an organisation, an addressee) that are not. So is one after
 * an opening adverbial with no comma ("При проведении форума Россия 2012 президент
 * «Ростелекома» Александр Провоторов высказал"): the name inside the adverbial is not.
 */
function closingSubject(
  head: readonly Token[],
  language: 'ru' | 'en',
): SpeakerReference | undefined {
  const comma = head.findLastIndex((token) => token.text === ',');
  const apposed = apposedName(head, comma, language);
  if (apposed !== undefined) return apposed;
  // Without a comma it takes a name in the adverbial and a first name and surname after it.
  const opensWithAdverbial =
    functionWords.prepositions.has(head[0]?.norm ?? '') &&
    head.filter((token) => token.isCapitalized).length >= 4;
  if (comma < 0 && !opensWithAdverbial) return undefined;
  const tail = head.slice(comma + 1);
  const runs = findNameRuns(tail, language);
  // "…, but Muhammad Alwi of the Indonesian Transportation Ministry said": the person, with
  // the body he is of after him, closing the sentence's last clause (round fifteen).
  const holder = runs.at(-2);
  if (
    language === 'en' &&
    comma >= 0 &&
    runs.at(-1)?.isPerson === false &&
    runs.at(-1)?.to === tail.length &&
    holder?.isPerson === true &&
    holder.hasFirstName &&
    tail[holder.to]?.norm === 'of' &&
    tail.slice(0, holder.from).every((token) => !token.isCapitalized)
  )
    return personReference(tail, holder, language, 0);
  const last = runs[runs.length - 1];
  // "when he took part in a debate at Columbia University, Ahmadinejad stated": a lone surname
  // that is all there is between the last comma and the verb is its subject too (round fifteen).
  const isLoneSubject = language === 'en' && comma >= 0 && last?.from === 0 && tail.length === 1;
  if (last?.isPerson !== true || (!last.hasFirstName && !isLoneSubject) || last.to !== tail.length)
    return undefined;
  if (comma < 0) {
    if (runs.length < 2) return undefined;
    return personReference(tail, last, language, 0);
  }
  const named = parseSpeakerPhrase(tail, language);
  return named !== undefined && named.name !== '' && !named.isOrganisation ? named : undefined;
}

/**
 * "…выразил президент Владимир Путин, в пресс-службе которого сообщили: «…»": a relative
 * clause that names an organisation of the person before it ("в пресс-службе которого")
 * gives the words to the organisation, not to the person the clause hangs on.
 */
function relativeOrganisation(
  head: readonly Token[],
  language: 'ru' | 'en',
): SpeakerReference | undefined {
  const comma = head.findLastIndex((token) => token.text === ',');
  const tail = head.slice(comma + 1);
  if (comma < 0 || !tail.some((token) => /^котор/.test(token.norm))) return undefined;
  const phrase = tail.filter((token) => !/^котор/.test(token.norm));
  const organisation = findOrganisationNoun(phrase, language);
  return organisation === undefined
    ? undefined
    : { ...unnamed(phrase[0]?.start ?? 0), name: organisation, isOrganisation: true };
}

/** "со ссылкой на", "ссылаясь на", "citing": the subject passes on what another said. */
const citingWords = new Set(['ссылкой', 'ссылаясь', 'citing']);

/**
 * "СМИ со ссылкой на данные рейтингового агентства Fitch сообщили, что …«…»", "Reuters,
 * citing two officials, reported": the words are the cited source's, not the outlet's; a
 * source the phrase does not name (officials, «источники») is no one.
 */
function citedSource(head: readonly Token[], language: 'ru' | 'en'): SpeakerReference | undefined {
  const citing = head.findIndex((token) => citingWords.has(token.norm));
  if (citing < 0) return undefined;
  let from = citing + 1;
  if (head[from]?.norm === 'на') from += 1;
  const rest = head.slice(from);
  const comma = rest.findIndex((token) => token.text === ',');
  // "Citing official Israeli statistics from the Ministry … director of HaMoked said": with no
  // comma to close what is cited, the source and the subject run together, and neither can be
  // told apart; nobody is named (round nineteen).
  if (comma < 0 && citing === head.findIndex((token) => token.isWord))
    return unnamed(head[citing]?.start ?? 0);
  const phrase = comma < 0 ? rest : rest.slice(0, comma);
  const source = parseSpeakerPhrase(phrase, language);
  return source === undefined || source.name === '' ? unnamed(head[citing]?.start ?? 0) : source;
}

function trimTrailingComma(tokens: readonly Token[]): Token[] {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1]?.text === ',') end -= 1;
  return tokens.slice(0, end);
}

/**
 * "По словам представителей компании, Волож … настроен …": people in the plural cannot stand in
 * apposition to one name, so the name after their comma is what they said, not who said it.
 */
function isGroup(head: Token | undefined, language: 'ru' | 'en'): boolean {
  if (head === undefined || !head.isWord || head.isCapitalized) return false;
  return language === 'ru' ? /[^и](?:ов|ев|ей)$/.test(head.norm) : /[^s]s$/.test(head.norm);
}
