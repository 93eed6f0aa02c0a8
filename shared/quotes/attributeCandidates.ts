import { isModifierAfterArticle } from './isModifierAfterArticle';
import type { Attribution } from './attribution';
import { emptyReference, type SpeakerReference } from './parseSpeakerPhrase';
import type { TextIndex } from './buildTextIndex';
import type { PersonRegistry } from './createPersonRegistry';
import { speakerConfidenceThreshold, type DetectedQuote } from './detectedQuote';
import type { QuoteCandidate } from './findQuoteCandidates';
import { countMentionsBefore } from './countMentionsBefore';
import { createOrganisationNames } from './createOrganisationNames';
import { endsWithSignature } from './endsWithSignature';
import { findBylineAfter } from './findBylineAfter';
import { findOpeningOrganisation } from './findOpeningOrganisation';
import { bodyOfDocumentBefore } from './bodyOfDocumentBefore';
import { expandShortName } from './expandShortName';
import { createOrganisationExpander } from './expandOrganisationName';
import { russianOrganisationAntecedent } from './russianOrganisationAntecedent';
import { rateAttribution } from './rateAttribution';
import { readInterviews } from './readInterviews';
import { findRepresentative } from './findRepresentative';
import { hasUnreadName } from './hasUnreadName';
import { hasUnnamedPerson } from './hasUnnamedPerson';
import { firstNameLemma, writtenNameGender } from './firstNames';
import { findSpeechVerb, matchMultiwordCue, speechNouns } from './speechVerbs';
import type { PersonMention } from './personMention';
import { resolveMention, resolveSpeaker, type ResolvedSpeaker } from './resolveSpeaker';
import { isPluralRole, isRoleWord, roleGender, roleKeys } from './roleWords';
import { findDoubt } from './findDoubt';
import { findRelative } from './findRelative';
import { isRelationsGenitive } from './isRelationsGenitive';
import { speakerOfParagraphBefore } from './speakerOfParagraphBefore';
import { toNominativeName } from './toNominativeName';
import { findItsSource } from './findItsSource';
import { findSentenceSubject } from './findSentenceSubject';
import { completeFromText } from './completeFromText';
import { completeSurnameFromText } from './completeSurnameFromText';
import { completeObliqueFromText } from './completeObliqueFromText';
import { latinOriginalName } from './latinOriginalName';
import { isGenitiveAfterRole } from './isGenitiveAfterRole';
import { normalizeWord } from './normalizeWord';
import { functionWords, isFunctionWord } from './functionWords';
import { isUnnamedRepresentative } from './isUnnamedRepresentative';
import { isPluralDemonym } from './isPluralDemonym';
import { isDayName } from './isDayName';
import { isOthersView } from './isOthersView';
import { opensWithAnotherName } from './opensWithAnotherName';
import { isSamePerson } from './isSamePerson';
import { namesRivalBeforeRelative } from './namesRivalBeforeRelative';
import { isLeftOutSubjectClear } from './isLeftOutSubjectClear';
import { subjectAfterOpening } from './subjectAfterOpening';
import { opensWithAdverbialPronoun } from './opensWithAdverbialPronoun';
import { participleOpenerSubject } from './participleOpenerSubject';
import { isWrittenAsName } from './isWrittenAsName';
import { nameBeforeInitials } from './nameBeforeInitials';
import { isKinOrCounselNoun } from './isKinOrCounselNoun';

interface PreviousQuote {
  resolved: ResolvedSpeaker;
  /** The previous speaker was sure enough to show; a guess is not passed on. */
  isSure: boolean;
  lineStart: number;
  lineEnd: number;
  /** Just after the previous quotation's last passage. */
  end: number;
  /** The quotation answered a question someone else asked in the quotation before it. */
  isAnswer: boolean;
  /** The quotation is a question. */
  isQuestion: boolean;
  /**
   * "Obama spoke about al-Qaeda and, according to Al Arabiya, Bush's "war on terror"": a phrase
   * credited inside someone's sentence by "according to", whose source only reports it.
   */
  isCreditedPhrase: boolean;
}

/** How far after the last quotation a cueless quotation paragraph may still continue it. */
const paragraphsWindow = 1500;

/** How far after the last quotation a pronoun or a role still means its speaker. */
const lastSpeakerWindow = 600;

/** Resolves speakers in text order; unattributed quotations continue the previous speaker. */
/** A piece of writing right before an English participle cue ("a sentence saying"). */
const writingBefore = /\b(?:sentence|article|story|headline|line|passage|paragraph|caption)\s+$/i;

/**
 * "criticism for his "inadequate vision", according to the Los Angeles Times": a newspaper or
 * an agency a short phrase is credited to by "according to" reports whose phrase it is; it did
 * not coin it (round fifteen).
 */
function isOutletReporting(found: Attribution, quoted: string): boolean {
  return (
    found.cue.toLowerCase() === 'according to' &&
    found.reference?.isOrganisation === true &&
    outletName.test(found.reference.name) &&
    quoted.split(/\s+/).length <= 4
  );
}

/** "addressed", "wrote to", "urged the": a verb whose object the next name is. */
const addressingVerb = /\b(?:[a-z]+ed|wrote to|told|met)\s+(?:the\s+)?$/;
const reportingVerb = /\b(?:quoted|cited|reported|quoting|citing)\s+(?:the\s+)?$/;

/**
 * "addressed Prime Minister Narendra Modi demanding "…"": a name after a verb, before a
 * participle, is who the demand is made of; the participle's subject is the sentence's
 * (round twenty-three). "quoted X saying" still makes X the speaker.
 */
function isAddressedBefore(text: string, reference: SpeakerReference, cueOffset: number): boolean {
  if (reference.offset >= cueOffset || reference.isOrganisation) return false;
  let before = text.slice(Math.max(0, reference.offset - 80), reference.offset);
  if (reference.role !== '' && before.endsWith(`${reference.role} `))
    before = before.slice(0, before.length - reference.role.length - 1);
  return addressingVerb.test(before) && !reportingVerb.test(before);
}

/** "a relative", "the statement", "одна из жительниц": a subject naming no one. */
const unnamedSubject =
  /^\s+(?:a|an|the|one|another|some|другой|другая|одна|один|некоторые)\s+\p{Ll}/u;

/**
 * "…," said a relative. / "…," read the statement.: a cue after the quotation whose subject is
 * a common noun gives the words to someone unnamed, never to the last speaker (round
 * twenty-three).
 */
function hasUnnamedSubjectAfter(
  text: string,
  attribution: Attribution | undefined,
  quoteEnd: number,
): boolean {
  if (attribution === undefined || attribution.cueOffset < quoteEnd) return false;
  const after = attribution.cueOffset + attribution.cue.length;
  return unnamedSubject.test(text.slice(after, after + 40));
}

const othersOpening = /^(?:Others|Many|Some|Several|Most|Другие|Многие|Некоторые|Остальные)\s/u;

/**
 * "Others responded with tweets calling the rape "…"": a sentence after the speaker's whose
 * subject is other people, unnamed, gives them its words (round twenty-three).
 */
function opensWithOthers(
  text: string,
  index: TextIndex,
  previous: PreviousQuote,
  offset: number,
): boolean {
  const sentenceStart = index.sentenceStart(offset);
  return (
    previous.end <= sentenceStart &&
    othersOpening.test(text.slice(sentenceStart, sentenceStart + 12))
  );
}

const themAsSaying = /\bquot(?:ing|ed|es)\s+them\s+as\s+$/i;

/**
 * "told reporters that pilots had mentioned …, quoting them as saying "…"": the words are
 * the ones quoted's, people the text does not name, not the subject's who quotes them (round
 * twenty-three).
 */
function quotesThem(text: string, attribution: Attribution | undefined): boolean {
  return (
    attribution !== undefined &&
    themAsSaying.test(text.slice(Math.max(0, attribution.cueOffset - 30), attribution.cueOffset))
  );
}

/**
 * ""…?" Barber asked. "Captain Smith," Kennedy said. "…?" she asked.": a question asked right
 * after someone answered one is the questioner's turn again, not the one who answered (round
 * twenty-three).
 */
function asksBack(
  previous: PreviousQuote,
  attribution: Attribution | undefined,
  quoted: string,
): boolean {
  return (
    previous.isAnswer &&
    /\?\s*$/.test(quoted) &&
    /^(?:asked|asks|спросил|спросила)$/i.test(attribution?.cue ?? '')
  );
}

/**
 * Bodies that issue statements, not outlets that report them: a statement after an outlet's
 * report («— пишет NEWSru.com») may be anyone's.
 */
const issuingBody =
  /(?:пресс-служб|министерств|ведомств|правительств|администраци|прокуратур|посольств|комитет|^(?:МИД|МВД|МЧС|Минобороны|Минздрав|Минфин)\b)/i;

/** «говорится в сообщении.»: a statement named by its noun alone, nobody's in particular. */
const bareStatement = /^\S+\s+в\s+(?:сообщении|заявлении|пресс-релизе)\s*[.!]?\s*$/;

/** Russian cues of an answer: «ответил», «парировала», «возразил». */
const answerCue = /^(?:ответил|парировал|возразил)[аи]?$/i;

/** English cues that add to what the speaker said before. */
const continuingCues = new Set(['added', 'adds', 'continued', 'continues']);

const outletName =
  /\b(?:Times|News|Post|Journal|Herald|Guardian|Telegraph|Press|Agency|Reuters|BBC|CNN|AFP)\b/;

export function attributeCandidates(
  text: string,
  candidates: readonly QuoteCandidate[],
  people: PersonRegistry,
  index: TextIndex,
  language: 'ru' | 'en',
  trace?: (quote: DetectedQuote, cueClass: string, guess: string) => void,
): DetectedQuote[] {
  const quotes: DetectedQuote[] = [];
  const interviews = readInterviews(text, candidates, people, index);
  let previous: PreviousQuote | undefined;
  const organisations = createOrganisationNames();
  const fullNameOf = createOrganisationExpander(text);
  /** Short names already looked up: each costs a scan of the text. */
  const expansions = new Map<string, string>();
  /** Lone words already looked for inside sentences: each costs a scan of the text. */
  const writtenAsNames = new Map<string, boolean>();
  const writtenAsName = (word: string): boolean => {
    let found = writtenAsNames.get(word);
    if (found === undefined) {
      found = isWrittenAsName(text, word);
      writtenAsNames.set(word, found);
    }
    return found;
  };
  // A title's organisation read as a one-word name, to the full name of the title's holder.
  const holders = new Map<string, string>();
  for (const candidate of candidates) {
    const first = candidate.parts[0];
    if (first === undefined || interviews.questions.has(candidate)) continue;
    const last = candidate.parts[candidate.parts.length - 1] ?? first;
    const found = findBylineAfter(text, index, last.end, language) ?? candidate.attribution;
    // "is quoted as saying the Iranian President "…"": an English participle never has its
    // subject after it; a title between it and the quotation opens the reported clause
    // (round fifteen).
    // "excluding part of a sentence saying X was "…"": the participle runs on from a piece of
    // writing, whose author is not the clause's subject.
    const attribution =
      language === 'en' &&
      found?.reference !== undefined &&
      ((/ing$/i.test(found.cue) &&
        ((found.reference.offset > found.cueOffset && found.reference.offset < first.start) ||
          writingBefore.test(text.slice(Math.max(0, found.cueOffset - 40), found.cueOffset)))) ||
        (/ing$/i.test(found.cue) && isAddressedBefore(text, found.reference, found.cueOffset)) ||
        isOutletReporting(found, text.slice(first.start, last.end)))
        ? { ...found, reference: undefined }
        : found;
    const interviewee = interviews.answers.get(candidate);
    let how = '';
    let isPromotedWord = false;
    let resolved =
      interviewee === undefined
        ? resolveSpeaker(
            attribution?.reference,
            people,
            attribution?.cueOffset ?? first.start,
            attribution?.verbGender ?? '',
          )
        : resolveMention(interviewee, people, first.start, 'interviewee');
    const lineStart = index.lineStart(first.start);
    const cueOffset = attribution?.cueOffset ?? first.start;
    // "Tom Reed recalled his mother's words: "…"": the words quoted are the owner's, whom
    // the verb's subject only repeats (round thirty-three).
    if (
      language === 'en' &&
      attribution !== undefined &&
      attribution.cueOffset < first.start &&
      othersWordsBefore.test(text.slice(Math.max(0, first.start - 60), first.start))
    ) {
      resolved = resolveSpeaker(undefined, people, first.start, '');
      how = 'others-words';
    }
    // "spoke to Ann Lowe's lawyer. "…," the lawyer said": the role is the one the text gave
    // someone's as their own, whom it does not name, not the person just reported (round
    // thirty-three).
    if (
      language === 'en' &&
      resolved.basis === 'recent-subject' &&
      isOwnedEarlier(text, attribution?.reference?.role ?? '', cueOffset)
    ) {
      resolved = resolveSpeaker(undefined, people, first.start, '');
      how = 'owned-role';
    }
    // A lone capitalised word is doubtful only where any word is capitalised: opening a
    // sentence ("One poster wrote"); after a quotation ("…," Eastman said) it is a name.
    const nameOffset = attribution?.reference?.offset ?? 0;
    // «— сказал мэр Парижа»: the word is the role's place; the role may still name its holder.
    const placeOfRole =
      language === 'ru' &&
      (resolved.basis === 'lone-word' ||
        (resolved.basis === 'name' && !/\s/.test(resolved.speaker))) &&
      attribution?.reference !== undefined &&
      isGenitiveAfterRole(text, attribution.reference)
        ? attribution.reference
        : undefined;
    if (placeOfRole !== undefined) {
      const holder = resolveSpeaker(
        { ...placeOfRole, name: '', role: `${placeOfRole.role} ${placeOfRole.name}` },
        people,
        cueOffset,
        attribution?.verbGender ?? '',
      );
      // Only a full name holds the role: a single word the article's mentions read after the
      // role («мэр города Калининграда») is a place like this one.
      resolved = /\s/.test(holder.speaker) ? holder : resolveSpeaker(undefined, people, 0, '');
      how = 'place-of-role';
    }
    if (
      language === 'en' &&
      resolved.basis === 'lone-word' &&
      attribution?.reference !== undefined &&
      isModifierAfterArticle(text, nameOffset, attribution.reference.name)
    ) {
      resolved = resolveSpeaker(undefined, people, first.start, '');
      how = 'modifier';
    }
    if (resolved.basis === 'lone-word' && !opensSentence(text, index, nameOffset)) {
      resolved = { ...resolved, basis: 'name' };
      how = 'promoted';
      isPromotedWord = true;
      const completed = /\s/.test(resolved.speaker)
        ? resolved.speaker
        : completeFromText(text, resolved.speaker);
      // «По словам Снупа» after «Snoop Dogg (Снуп Догг)»: a declined word is named as the
      // article writes the person (round thirty-two).
      const nominative =
        language === 'ru' && completed === resolved.speaker
          ? completeObliqueFromText(text, completed)
          : undefined;
      if (completed === '' || nominative === '') resolved = { ...resolved, basis: 'contested' };
      else if (nominative !== undefined)
        resolved = { ...resolved, speaker: latinOriginalName(text, nominative) ?? nominative };
      else resolved = { ...resolved, speaker: completed };
      if (language === 'en' && isPluralDemonym(resolved.speaker))
        resolved = { ...resolved, speaker: '', basis: 'contested' };
      // "released a statement Wednesday that urged …:": a day names no one (round twenty-three).
      if (isDayName(resolved.speaker)) resolved = { ...resolved, speaker: '', basis: 'contested' };
    }
    const body =
      language === 'ru' && resolved.basis === 'lone-word'
        ? findOpeningOrganisation(text, nameOffset)
        : undefined;
    if (body !== undefined) {
      // «Агентство «Синьхуа» пишет»: the noun read as a lone word is the body's (round twenty-six).
      resolved = {
        ...resolved,
        speaker: body,
        role: '',
        isOrganisation: true,
        gender: '',
        basis: 'organisation',
      };
      how = 'opening-organisation';
    }
    const isOpeningWord =
      language === 'ru' &&
      resolved.basis === 'lone-word' &&
      attribution !== undefined &&
      attribution.cueOffset < first.start &&
      opensSentence(text, index, nameOffset);
    const surnameOf =
      resolved.basis === 'lone-word' ? completeSurnameFromText(text, resolved.speaker) : '';
    if (surnameOf !== '') {
      resolved = { ...resolved, speaker: surnameOf, basis: 'name' };
      how = 'surname';
    }
    // "Medecins sans Frontieres (MSF) said": the lone word opens a body's name its initials
    // spell out (round thirty-two).
    const spelledOut =
      language === 'en' &&
      (resolved.basis === 'lone-word' || how === 'promoted') &&
      attribution?.reference !== undefined &&
      !/\s/.test(attribution.reference.name)
        ? nameBeforeInitials(text, attribution.reference.offset)
        : '';
    if (spelledOut !== '' && spelledOut.split(' ').includes(attribution?.reference?.name ?? '')) {
      resolved = {
        ...resolved,
        speaker: spelledOut,
        isOrganisation: true,
        gender: '',
        basis: 'organisation',
      };
      how = 'spelled-out';
    }
    // "Hamas has also warned Israel …": a lone word opening the sentence that the article also
    // writes capitalised inside sentences, and never in lower case, is a name (round
    // thirty-two). It is not completed: a body's name ("Hamas") runs on into no surname.
    if (
      language === 'en' &&
      resolved.basis === 'lone-word' &&
      !/\s/.test(resolved.speaker) &&
      !isRoleWord(resolved.speaker) &&
      !people.isCommonWord(resolved.speaker) &&
      !isPluralDemonym(resolved.speaker) &&
      writtenAsName(resolved.speaker)
    ) {
      // Nobody the article names so: a body or a country, as such words most often are.
      const isBody = people.find(resolved.speaker) === undefined;
      resolved = { ...resolved, basis: 'name', isOrganisation: isBody, gender: '' };
      how = 'written-as-name';
      isPromotedWord = true;
    }
    if (
      (resolved.basis === 'lone-word' ||
        resolved.basis === 'name' ||
        (resolved.basis === 'organisation' && !opensWithAdjective(resolved.speaker))) &&
      namesCommonWord(text, index, people, nameOffset)
    ) {
      resolved = resolveSpeaker(undefined, people, first.start, '');
    }
    // «Связанное с Исламским государством агентство Amaq назвало …»: one word with an
    // adjective's ending opening the sentence is the adjective of the noun after it, not a
    // body's name (round twenty-two).
    if (
      language === 'ru' &&
      resolved.basis === 'organisation' &&
      isLoneAdjective(resolved.speaker) &&
      opensSentence(text, index, nameOffset)
    ) {
      resolved = resolveSpeaker(undefined, people, first.start, '');
    }
    // «Мотивом преступления Чэпмен позже назвал «…»»: the word opening the sentence names
    // nobody; the person named right before the verb is its subject (round thirty).
    const openingSubject =
      isOpeningWord && (resolved.basis === 'lone-word' || resolved.basis === 'none')
        ? subjectAfterOpening(
            text,
            people,
            nameOffset + (attribution.reference?.name.length ?? 0),
            attribution.cueOffset,
            (mention) => resolveMention(mention, people, first.start, 'name').speaker,
          )
        : undefined;
    if (
      openingSubject !== undefined &&
      !contradicts(attribution?.verbGender ?? '', people.entityOf(openingSubject).gender)
    ) {
      resolved = {
        ...resolveMention(openingSubject, people, first.start, 'name'),
        inferred: false,
      };
      how = 'subject-after-opening';
    }
    // «Решение Шефер назвала «…»» after «Марию Шефер»: a capitalised word opening the sentence
    // that is no first name, before a surname the article gives another first name, is a noun
    // of the sentence, not the speaker's first name (round thirty).
    if (
      language === 'ru' &&
      resolved.basis === 'name' &&
      attribution?.reference !== undefined &&
      opensSentence(text, index, attribution.reference.offset) &&
      isOpeningWordBeforeSurname(people, attribution.reference.name)
    ) {
      resolved = { ...resolved, basis: 'contested' };
      how = 'opening-word';
    }
    // "criticized … a launch that member states saw as a "…" move": the clause's own subject
    // judges, not the sentence's (round twenty-three).
    if (
      language === 'en' &&
      resolved.speaker !== '' &&
      attribution !== undefined &&
      attribution.cueOffset < first.start &&
      isOthersView(text.slice(attribution.cueOffset, first.start))
    ) {
      resolved = resolveSpeaker(undefined, people, first.start, '');
      how = 'others-view';
    }
    if (
      (resolved.basis === 'pronoun' ||
        resolved.basis === 'recent-subject' ||
        resolved.basis === 'contested' ||
        isUnresolvedRussianPronoun(resolved, attribution, language)) &&
      previous !== undefined &&
      isLastSpeakerMeant(people, previous, cueOffset, attribution) &&
      !asksBack(previous, attribution, text.slice(last.start, last.end))
    ) {
      const basis = resolved.basis === 'none' ? 'pronoun' : resolved.basis;
      resolved = { ...previous.resolved, inferred: true, basis };
      how = 'last-speaker';
    }
    if (resolved.basis === 'pronoun') {
      const contest = contestPronoun(
        text,
        index,
        people,
        resolved,
        attribution?.reference,
        lastPresent(people, resolved, previous, cueOffset),
        Math.min(cueOffset, first.start),
        language,
      );
      if (contest !== undefined) {
        resolved = { ...resolved, basis: 'contested' };
        if (contest !== '') how = contest;
      }
    }
    const role = attribution?.reference?.role ?? '';
    if (
      resolved.speaker === '' &&
      role !== '' &&
      attribution?.reference?.name === '' &&
      !isPluralRole(role)
    ) {
      const representative = findRepresentative(text, index, people, role, cueOffset);
      if (representative !== undefined) {
        resolved = resolveMention(representative, people, first.start, 'role');
        how = 'representative';
      }
    }
    // "В интервью … он заявил, что «…», а не «…»": a guess too unsure to show is not made
    // sure by carrying it on to the next quotation.
    if (
      resolved.speaker === '' &&
      previous !== undefined &&
      previous.isSure &&
      previous.resolved.speaker !== ''
    ) {
      const reference = attribution?.reference;
      // "говорится в тексте письма": a passive cue names its own source, never the last one.
      const isPassive = findSpeechVerb(attribution?.cue ?? '')?.isPassive === true;
      const isContinuation =
        (reference === undefined &&
          !quotesThem(text, attribution) &&
          // The source of a phrase credited inside a sentence is not carried into the next
          // paragraph's words (round twenty-seven).
          !(previous.isCreditedPhrase && previous.lineStart !== lineStart) &&
          !(
            language === 'en' &&
            previous.lineStart !== lineStart &&
            opensWithAnotherName(text.slice(lineStart, first.start), previous.resolved.speaker)
          ) &&
          !isPassive &&
          !(
            language === 'en' &&
            previous.lineStart !== lineStart &&
            endsWithSignature(text, index, last.end)
          ) &&
          (continues(text, previous, lineStart) ||
            continuesAcrossParagraphs(
              text,
              people,
              previous,
              attribution,
              lineStart,
              first.start,
            )) &&
          !contradicts(attribution?.verbGender ?? '', previous.resolved.gender) &&
          !hasUnnamedSubjectAfter(text, attribution, last.end) &&
          !opensWithOthers(text, index, previous, first.start) &&
          !objectsToPerson(text, attribution) &&
          // "said Trump's "…" and questioned whether Trump was trying to "…"": in the sentence
          // that quoted the speaker, a person named before or after that quotation without
          // being made a speaker does not end the chain (round twenty-two).
          (previous.end > index.sentenceStart(first.start) ||
            !namesAnother(people, previous, index.sentenceStart(first.start), first.start)) &&
          !anotherSpeaks(people, previous, previous.end, first.start, text) &&
          !anotherOpensSentenceBefore(text, index, people, previous, attribution, first.start)) ||
        ((reference?.pronoun === 'plural' || reference?.pronoun === 'neuter') &&
          previous.resolved.isOrganisation);
      if (isContinuation) {
        resolved = { ...previous.resolved, inferred: true, basis: 'continuation' };
        how =
          reference !== undefined
            ? 'plural-org'
            : previous.lineStart === lineStart
              ? 'same-paragraph'
              : continues(text, previous, lineStart)
                ? 'next-paragraph'
                : 'across-paragraphs';
      }
    }
    const itsReference = attribution?.reference;
    if (
      resolved.speaker === '' &&
      language === 'en' &&
      itsReference?.pronoun === 'neuter' &&
      index.sentenceStart(itsReference.offset) === itsReference.offset
    ) {
      const source = findItsSource(text, index, itsReference.offset);
      if (source !== undefined) {
        resolved = {
          ...resolveSpeaker(
            { ...itsReference, name: source, pronoun: '', isOrganisation: true },
            people,
            cueOffset,
            '',
          ),
          inferred: true,
        };
        how = 'its-source';
      }
    }
    if (
      resolved.speaker === '' &&
      attribution === undefined &&
      opensSentence(text, index, first.start)
    ) {
      const introducer =
        speakerOfSentenceBefore(people, index, first.start) ??
        (language === 'ru'
          ? speakerOfParagraphBefore(text, people, index, first.start, last.end)
          : undefined);
      if (introducer !== undefined)
        resolved = resolveMention(introducer, people, first.start, 'introduction');
    }
    if (
      resolved.speaker === '' &&
      (attribution === undefined ||
        (attribution.reference === undefined && attribution.cueOffset < first.start)) &&
      !opensSentence(text, index, first.start) &&
      !quotesThem(text, attribution)
    ) {
      // «Премьер-министр Наото Кан назвал посещение островов министром Анатолием Сердюковым
      // «…»»: a Russian name in an oblique case between the subject and the quotation is no
      // other subject (round twenty-two).
      const named = subjectOf(
        text,
        index,
        people,
        first.start,
        index.sentenceStart(first.start),
        language === 'ru',
      );
      if (named !== undefined) resolved = named;
    }
    const judge =
      resolved.speaker === '' && attribution === undefined && language === 'en'
        ? participleOpenerSubject(text, index, first.start, last.end)
        : undefined;
    // A lone word there is a name, as after a quotation: the person the article names so, or
    // the fuller name it writes.
    const judged =
      judge === undefined
        ? undefined
        : resolveSpeaker(
            { ...emptyReference(judge.offset), name: judge.name },
            people,
            first.start,
            '',
          );
    const judgeName =
      judged === undefined || /\s/.test(judged.speaker)
        ? judged?.speaker
        : completeFromText(text, judged.speaker);
    if (judged !== undefined && judgeName !== undefined && /\s/.test(judgeName)) {
      resolved = { ...judged, speaker: judgeName, basis: 'name' };
      how = 'participle-opener';
    }
    // "Ahmadinejad questioned U.S. nuclear policy. "…"": a quotation standing as its own
    // sentence after a sentence whose subject does something else than speak.
    const sentenceStart = index.sentenceStart(first.start);
    if (
      resolved.speaker === '' &&
      attribution === undefined &&
      sentenceStart > 0 &&
      opensSentence(text, index, first.start) &&
      index.lineStart(sentenceStart - 1) === lineStart
    ) {
      const named = subjectOf(
        text,
        index,
        people,
        first.start,
        index.sentenceStart(sentenceStart - 1),
      );
      if (named !== undefined) {
        resolved = named;
        how = 'sentence-before';
      }
      // "He said gunfire followed and the soldiers killed ten people. "I was inside …"": after a
      // sentence opening with "he"/"she" and a verb of saying, the words go on with that
      // pronoun, read as a pronoun at a cue is, doubts and all (round thirty-two).
      const reporter =
        named === undefined && language === 'en'
          ? pronounReportingBefore(text, index.sentenceStart(sentenceStart - 1), sentenceStart)
          : undefined;
      if (reporter !== undefined) {
        resolved = resolveSpeaker(reporter, people, reporter.offset, '');
        how = 'pronoun-sentence-before';
      }
    }
    // "в заявлении Нацфронта": a single word read as a name may be a compound short name of an
    // organisation the article writes in full; a person's surname does not expand so.
    const expanded =
      resolved.inferred || /\s/.test(resolved.speaker)
        ? resolved.speaker
        : (expansions.get(resolved.speaker) ?? expandShortName(text, resolved.speaker));
    expansions.set(resolved.speaker, expanded);
    if (expanded !== resolved.speaker) {
      how = 'expanded';
      resolved = { ...resolved, speaker: expanded, role: '', isOrganisation: true, gender: '' };
    }
    if (resolved.isOrganisation) {
      resolved = { ...resolved, speaker: organisations.complete(resolved.speaker) };
    }
    // "the MDC said", "the Commission said": the body under the full name the text gives it;
    // "the organization said" names none (round twenty-seven).
    if (resolved.isOrganisation && language === 'en' && !resolved.inferred) {
      const full = fullNameOf(resolved.speaker, first.start);
      if (full !== resolved.speaker) {
        resolved =
          full === ''
            ? { ...resolved, speaker: '', basis: 'contested' }
            : { ...resolved, speaker: full };
        how = full === '' ? 'descriptive-noun' : 'full-name';
      }
    }
    if (resolved.isOrganisation && language === 'ru' && !resolved.inferred) {
      const named = russianOrganisationAntecedent(text, resolved.speaker, first.start);
      if (named !== resolved.speaker) {
        resolved =
          named === ''
            ? { ...resolved, speaker: '', basis: 'contested' }
            : { ...resolved, speaker: named };
        how = named === '' ? 'nameless-noun' : 'noun-antecedent';
      }
    }
    const verbGender = attribution?.verbGender ?? '';
    if (
      !resolved.isOrganisation &&
      (verbGender === 'm' || verbGender === 'f') &&
      (contradicts(verbGender, resolved.gender) ||
        contradicts(verbGender, shownFirstNameGender(resolved.speaker)))
    ) {
      const relative = findRelative(people, resolved.speaker, verbGender);
      if (relative !== undefined) {
        resolved = {
          ...resolved,
          speaker: toNominativeName(relative.name),
          role: '',
          gender: verbGender,
        };
        how = 'relative';
      }
    }
    // «Рено … сказала» shown as "Роберт Рено": the shown name's own first name contradicts the
    // verb, so it is someone else of that surname (the registry's gender may come from an
    // oblique form, «Александра Брода», and is not trusted for this alone).
    // The relative the verb chose is no longer the name at the cue, whose doubts are not hers.
    const doubt =
      how === 'relative'
        ? ''
        : !resolved.isOrganisation &&
            contradicts(verbGender, shownFirstNameGender(resolved.speaker))
          ? 'verb-gender'
          : findDoubt(text, index, attribution, resolved, isPromotedWord, language);
    if (
      doubt === '' &&
      attribution?.strength === 'weak' &&
      namesSpeakerInside(
        candidate.parts.map((part) => text.slice(part.start, part.end)).join(' '),
        resolved,
      )
    ) {
      resolved = { ...resolved, basis: 'contested' };
      how = 'named-inside';
    } else if (doubt !== '') {
      resolved = { ...resolved, basis: 'contested' };
      how = doubt;
      // "Lawmaker Emmett O'Brien replied to Boylan saying "…"": the name read at the cue is
      // an object; the person the sentence opens with, its subject, spoke (round nineteen).
      const subject =
        doubt === 'object-of-preposition'
          ? subjectOf(text, index, people, first.start, index.sentenceStart(first.start))
          : undefined;
      if (subject !== undefined && subject.speaker !== resolved.speaker) {
        resolved = subject;
        how = 'subject-not-object';
      }
      // "президент Фонда прав человека (Human Rights Foundation) Тор Халворссен": the title's
      // holder is the full name closing the phrase (round twenty-one).
      const holder =
        doubt === 'role-of-organisation' && attribution?.reference !== undefined
          ? holderAfter(text, attribution.reference.offset, resolved.speaker, language)
          : '';
      if (holder !== '') {
        holders.set(resolved.speaker, holder);
        resolved = {
          ...resolved,
          speaker: holder,
          isOrganisation: false,
          gender: '',
          basis: 'name',
        };
        how = 'title-holder';
      }
    }
    // «…», — говорится в сообщении.»: a document no owner is named for is the one the body in
    // the sentence before put out, or the one the body just quoted issued (session 25).
    const isOwnerlessDocument =
      language === 'ru' &&
      resolved.speaker === '' &&
      attribution !== undefined &&
      (attribution.reference?.name ?? '') === '' &&
      (attribution.reference?.role ?? '') === '' &&
      (attribution.reference?.pronoun ?? '') === '' &&
      findSpeechVerb(attribution.cue)?.isPassive === true;
    const publisher = isOwnerlessDocument
      ? (bodyOfDocumentBefore(text, index, index.sentenceStart(first.start)) ??
        (previous !== undefined &&
        previous.isSure &&
        previous.resolved.isOrganisation &&
        issuingBody.test(previous.resolved.speaker) &&
        first.start - previous.end <= lastSpeakerWindow &&
        bareStatement.test(
          text.slice(attribution.cueOffset, index.sentenceEnd(attribution.cueOffset)),
        )
          ? previous.resolved.speaker
          : undefined))
      : undefined;
    if (publisher !== undefined) {
      resolved = {
        ...resolved,
        speaker: publisher,
        role: '',
        isOrganisation: true,
        gender: '',
        basis: 'organisation',
      };
      how = 'document-body-before';
    }
    // "…» — продолжил он.": a pronoun or role that resolves to such an organisation word
    // means the holder read in its place.
    const holder = resolved.inferred ? holders.get(resolved.speaker) : undefined;
    if (holder !== undefined) resolved = { ...resolved, speaker: holder, role: '', gender: '' };
    let pronounDoubt =
      resolved.basis === 'pronoun'
        ? doubtPronoun(
            text,
            resolved,
            attribution,
            how === 'last-speaker',
            previous,
            cueOffset,
            language,
          )
        : '';
    const cuePronoun = attribution?.reference?.pronoun ?? '';
    const ownPronoun = cuePronoun === 'm' ? 'he' : cuePronoun === 'f' ? 'she' : '';
    const reported =
      pronounDoubt === 'ungendered-antecedent' && language === 'en'
        ? pronounOfOwnReport(text, index, resolved, Math.min(cueOffset, first.start))
        : '';
    if (
      pronounDoubt === 'ungendered-antecedent' &&
      language === 'en' &&
      (reported === ownPronoun ||
        (attribution !== undefined &&
          attribution.cueOffset < first.start &&
          isTopicSince(text, index, people, resolved, attribution.cueOffset)) ||
        (attribution !== undefined &&
          attribution.cueOffset > first.start &&
          (reported === '' || reported === ownPronoun) &&
          isReportedJustBefore(text, index, people, resolved, previous, first.start)) ||
        isLastShownSpeaker(text, people, resolved, previous, Math.min(cueOffset, first.start)) ||
        isSourceJustBefore(text, index, resolved, Math.min(cueOffset, first.start)) ||
        (reported === '' &&
          isSubjectJustBefore(text, index, people, resolved, Math.min(cueOffset, first.start))))
    )
      pronounDoubt = '';
    if (pronounDoubt === '' && resolved.basis === 'pronoun')
      pronounDoubt = doubtPronounFurther(
        text,
        people,
        resolved,
        attribution?.reference,
        Math.min(cueOffset, first.start),
        first.start,
        language,
      );
    if (pronounDoubt !== '') {
      resolved = { ...resolved, basis: 'contested' };
      how = pronounDoubt;
    }
    // «МИД России опубликовал комментарий. Позже заявил: «…»»: a left-out subject may be the
    // body or the noun the sentences before open with, which no pronoun search sees.
    if (
      resolved.basis === 'pronoun' &&
      attribution?.reference?.isLeftOut === true &&
      !isLeftOutSubjectClear(
        text,
        index,
        people,
        resolved.speaker,
        Math.min(cueOffset, first.start),
      )
    ) {
      resolved = { ...resolved, basis: 'contested' };
      how = 'left-out-subject';
    }
    // "A spokesman for Gaddafi, Moussa Ibrahim, … said: "…"" left unsure, then a pull quote
    // signed by Gaddafi, then ""…," he added": a pronoun that adds to a quotation whose
    // speaker was too unsure to show is no surer (round twenty-nine).
    if (
      language === 'en' &&
      resolved.basis === 'pronoun' &&
      previous !== undefined &&
      !previous.isSure &&
      continuingCues.has(attribution?.cue.toLowerCase() ?? '')
    ) {
      resolved = { ...resolved, basis: 'contested' };
      how = 'adds-to-unsure';
    }
    // "A spokesperson for the airline Qantas said", "a senior Canadian military source told":
    // the person speaking is not named; the body or the country is only whom he speaks for.
    const spokenFor = attribution?.reference;
    if (
      language === 'en' &&
      resolved.speaker !== '' &&
      spokenFor !== undefined &&
      spokenFor.name !== '' &&
      attribution !== undefined &&
      isUnnamedRepresentative(
        text,
        index.sentenceStart(spokenFor.offset),
        spokenFor.name,
        attribution.cueOffset,
      )
    ) {
      resolved = { ...resolved, basis: 'contested' };
      how = 'unnamed-representative';
    }
    // "The Badr-6 programme manager stated that": a role read as the sentence subject last
    // named, when that is one word (Arianespace), may be the body the role works for, not
    // its holder (round eighteen).
    if (
      language === 'en' &&
      resolved.basis === 'recent-subject' &&
      !/\s/.test(resolved.speaker) &&
      attribution !== undefined &&
      attribution.cueOffset < first.start
    ) {
      resolved = { ...resolved, basis: 'contested' };
      how = 'recent-one-word';
    }
    if (
      language === 'ru' &&
      resolved.speaker !== '' &&
      attribution?.strength !== 'strong' &&
      isCreditedAfter(text, index, last.end)
    ) {
      resolved = { ...resolved, basis: 'contested' };
      how = 'credited-after';
    }
    // «„…?“ — спросил журналист Орлов. „…“, — ответил он (министр).»: who answers a question
    // is not who asked it; a pronoun or a role that finds the asker finds the wrong person
    // (session 25: the journalist was given the answer at 0.8).
    if (
      language === 'ru' &&
      resolved.inferred &&
      previous?.isQuestion === true &&
      previous.resolved.speaker === resolved.speaker &&
      answerCue.test(attribution?.cue ?? '')
    ) {
      resolved = { ...resolved, basis: 'contested' };
      how = 'answers-asker';
    }
    const confidence = rateAttribution(
      resolved,
      attribution,
      previous !== undefined && previous.lineStart === lineStart,
      opensSentence(text, index, first.start),
      resolved.basis === 'continuation' &&
        // «По мнению главы КНР, марксизм «…» и сейчас представляет собой «…»»: the sentence
        // quoted the speaker already (round nineteen).
        ((previous !== undefined && previous.end > index.sentenceStart(first.start)) ||
          isAboutSpeaker(text, index, people, resolved, first.start)),
      resolved.basis === 'continuation' &&
        ((attribution === undefined &&
          (namesSpeakerAlone(index, people, resolved, first.start) ||
            pronounMeansSpeaker(text, index, people, resolved, first.start))) ||
          (attribution?.cue === ':' && isBareColon(text, index, first.start))),
    );
    const isSure = confidence >= speakerConfidenceThreshold;
    const cueClass =
      trace === undefined
        ? ''
        : [
            resolved.basis,
            attribution?.strength ?? 'no-cue',
            attribution === undefined
              ? ''
              : attribution.cueOffset < first.start
                ? attribution.hasColon
                  ? 'colon'
                  : 'before'
                : attribution.cueOffset >= last.end
                  ? 'after'
                  : 'inside',
            how,
            attribution !== candidate.attribution ? 'byline' : '',
            /\s/.test(resolved.speaker) ? '' : 'one-word',
          ]
            .filter(Boolean)
            .join('/');
    for (const part of candidate.parts) {
      const quote: DetectedQuote = {
        text: text.slice(part.start, part.end),
        speaker: isSure ? resolved.speaker : '',
        role: isSure ? resolved.role : '',
        cue: attribution?.cue ?? '',
        start: part.start,
        end: part.end,
        inferred: resolved.inferred,
        kind: candidate.kind,
        language,
        speakerKind: isSure && resolved.isOrganisation ? 'organisation' : 'person',
        confidence,
      };
      quotes.push(quote);
      trace?.(quote, cueClass, resolved.speaker);
    }
    const end = candidate.parts[candidate.parts.length - 1]?.end ?? first.end;
    previous = {
      resolved,
      isSure,
      lineStart,
      lineEnd: index.lineEnd(first.start),
      end,
      isAnswer:
        previous !== undefined &&
        previous.isQuestion &&
        previous.resolved.speaker !== '' &&
        previous.resolved.speaker !== resolved.speaker,
      isQuestion: /\?\s*$/.test(text.slice(last.start, end)),
      isCreditedPhrase:
        attribution?.cue.toLowerCase() === 'according to' &&
        !opensSentence(text, index, attribution.cueOffset) &&
        text.slice(first.start, end).split(/\s+/).length <= 4,
    };
  }
  return quotes;
}

/**
 * Whether the person a pronoun was resolved to (last present at `from`) is contested by what the
 * text says between there and the cue, checked in the order the rounds added the checks: the
 * cue class to show for it, '' to contest without one, undefined when nothing contests it.
 */
function contestPronoun(
  text: string,
  index: TextIndex,
  people: PersonRegistry,
  resolved: ResolvedSpeaker,
  reference: SpeakerReference | undefined,
  from: number,
  before: number,
  language: 'ru' | 'en',
): string | undefined {
  if (language === 'ru') {
    if (hasUnreadName(text, index, people, from, before)) return '';
    const pronoun = reference?.pronoun ?? '';
    if (
      (pronoun === 'm' || pronoun === 'f') &&
      reference?.isPossessive !== true &&
      hasUnnamedPerson(text, index, people, pronoun, from, before)
    )
      return 'unnamed-person';
    return undefined;
  }
  // "an unnamed U.S. official confirmed … "…," he reportedly said": the pronoun may mean the
  // person the text declines to name, not the one named before (round twenty).
  if (withheldName.test(text.slice(from, before))) return 'unnamed-person';
  // "Trump specifically asked Vice President Mike Pence to attend the march. "…" he told the
  // crowd": the one asked to act may as well be the "he" that follows as the one who asked,
  // so the pronoun is a guess (round twenty-two).
  if (askedToAct.test(text.slice(from, before))) return 'asked-to-act';
  // "a Hamas activist dressed as Gilad Shalit begged … "…," he said": the one dressed up
  // speaks, not the one he plays (round twenty-seven).
  if (playedPerson.test(text.slice(Math.max(0, from - 80), from))) return 'played-person';
  if (namesOtherRole(text.slice(from, before), resolved.role)) return 'other-role';
  if (
    (reference?.pronoun === 'm' || reference?.pronoun === 'f') &&
    reference.isPossessive !== true &&
    namesRivalBeforeRelative(
      text,
      people,
      resolved.speaker,
      reference.pronoun,
      from,
      reference.offset,
    )
  )
    return 'rival-before-relative';
  if (
    reference !== undefined &&
    reference.pronoun !== '' &&
    namesAsObject(text.slice(reference.offset, before), resolved.speaker)
  )
    return 'own-object';
  return undefined;
}

/**
 * Why a pronoun's antecedent is a guess, or '': "she said" given to a person whose gender the
 * article never showed (Sarkozy for Betancourt's words, Уэйлс for «Она сказала:» after
 * Девуар); "По её словам, … брат Пётр и сказал: «…»", a possessive whose quotation a colon
 * gives to another clause's speaker; and "«…», — добавил он" after a sentence whose subject is
 * a title ("Президент и сам … отзывался"), which may be who "он" is rather than the last
 * person quoted.
 */
function doubtPronoun(
  text: string,
  resolved: ResolvedSpeaker,
  attribution: Attribution | undefined,
  isLastSpeaker: boolean,
  previous: PreviousQuote | undefined,
  cueOffset: number,
  language: 'ru' | 'en',
): string {
  if (
    !resolved.isOrganisation &&
    resolved.gender === '' &&
    isFeminineOrEnglish(attribution, language)
  )
    return 'ungendered-antecedent';
  // A guess too unsure to show is not made sure by a pronoun pointing back at it when the
  // pronoun's gender confirms nothing about the person.
  if (
    previous !== undefined &&
    !previous.isSure &&
    resolved.gender === '' &&
    previous.resolved.speaker === resolved.speaker
  )
    return 'unsure-antecedent';
  if (attribution?.hasColon === true && attribution.reference?.isPossessive === true)
    return 'possessive-colon';
  if (isLastSpeaker && previous !== undefined) {
    const between = text.slice(previous.end, cueOffset);
    for (const match of between.matchAll(/(?:^|[.!?…»]\s+)(\p{Lu}[\p{Ll}-]+)/gu)) {
      if (isRoleWord(normalizeWord(match[1] ?? ''))) return 'role-subject-between';
    }
    if (language === 'en' && opensWithOtherSubject(between, resolved.speaker)) {
      return 'subject-between';
    }
  }
  return '';
}

/**
 * The later checks on a pronoun's antecedent, in the order the rounds added them: the first that
 * holds names why it is a guess, '' when none does.
 */
function doubtPronounFurther(
  text: string,
  people: PersonRegistry,
  resolved: ResolvedSpeaker,
  reference: SpeakerReference | undefined,
  before: number,
  quoteStart: number,
  language: 'ru' | 'en',
): string {
  // "«…» — добавил он" after «Менеджер Мии Фэрроу сказал»: the antecedent is the unnamed manager.
  if (language === 'ru' && isRelationsGenitive(resolved.speaker, '')) return 'relation-genitive';
  if (language === 'ru' && hasObjectPronoun(text, reference, quoteStart)) return 'object-pronoun';
  if (language === 'en' && hasUngenderedSubjectSince(text, people, resolved, before))
    return 'ungendered-subject-between';
  if (isObjectOfPronoun(text, people, resolved, before)) return 'object-of-pronoun';
  if (language === 'ru' && isObliqueAfterTitle(text, people, resolved, before))
    return 'title-subject';
  return '';
}

/**
 * ""…," Abdourahim Said Bacar said. "…," he added.": someone whose gender the article never
 * shows, made the subject of a speech verb after the pronoun's antecedent was last named, may
 * be who "he" is (round seventeen).
 */
function hasUngenderedSubjectSince(
  text: string,
  people: PersonRegistry,
  resolved: ResolvedSpeaker,
  offset: number,
): boolean {
  const entity = people.find(resolved.speaker);
  const own = entity?.mentions ?? [];
  const last = own[countMentionsBefore(own, offset) - 1];
  if (entity === undefined || last === undefined) return false;
  const { mentions } = people;
  for (let at = countMentionsBefore(mentions, last.offset + 1); ; at += 1) {
    const mention = mentions[at];
    if (mention === undefined || mention.offset >= offset) return false;
    // "Tyler Joseph said Josh Dun proposed …": a subject inside the antecedent's own report.
    const between = text.slice(last.offset + last.name.length, mention.offset);
    if (/^\s+\p{Ll}+(?:\s+that)?\s+$/u.test(between)) continue;
    const other = people.entityOf(mention);
    if (mention.isSubject && other !== entity && other.gender === '') return true;
  }
}

/**
 * A subject pronoun opening its sentence, after an opening phrase and its comma or after up to
 * three words («В другом посте он»), with a verb and no comma after it up to the name.
 */
const pronounSubject = /^\s*(?:[^,.!?]*,\s*|(?:\p{L}+\s+){1,3})?(?:he|she|он|она)\s+\p{Ll}[^,]*$/iu;

/**
 * "In another Tweet, he referred to Robart as a "…". He also claimed, "…"": the antecedent, last
 * named after a subject pronoun of its own sentence, is that pronoun's object; the pronoun at
 * the cue goes on with the earlier one, whoever that is (round nineteen).
 */
function isObjectOfPronoun(
  text: string,
  people: PersonRegistry,
  resolved: ResolvedSpeaker,
  offset: number,
): boolean {
  const last = lastMentionOf(people, resolved.speaker, offset);
  if (last === undefined || last.isSubject) return false;
  if (pronounSubject.test(text.slice(last.sentenceStart, last.offset))) return true;
  // "In a letter to Judge Kessi he said he would appeal. He alleges "…"": named in the
  // adverbial opening a sentence whose subject is a pronoun right after it, the antecedent is
  // what that pronoun wrote to, not who it is (round thirty-two).
  const opening = /^[\s"“]*([\p{L}]+)/u.exec(text.slice(last.sentenceStart, last.offset))?.[1];
  return (
    opening !== undefined &&
    functionWords.prepositions.has(normalizeWord(opening)) &&
    /^,?\s+(?:he|she)\s+\p{Ll}/u.test(text.slice(last.offset + last.name.length))
  );
}

/**
 * ""…," Nice said. He said the body is determined … "…," he said.": an English pronoun whose
 * antecedent's gender the article never shows still means the speaker last shown, when the
 * pronoun's reading agrees, nobody else is named since that quotation and every sentence since
 * opens with "he"/"she" or the speaker's name (round nineteen); "Former deputy director … Hussein
 * Rashid Mohammed was …", a person the text cannot read as one, may be whom "he" is.
 */
function isLastShownSpeaker(
  text: string,
  people: PersonRegistry,
  resolved: ResolvedSpeaker,
  previous: PreviousQuote | undefined,
  offset: number,
): boolean {
  if (
    previous === undefined ||
    !previous.isSure ||
    resolved.isOrganisation ||
    previous.resolved.speaker !== resolved.speaker ||
    namesAnother(people, previous, previous.end, offset)
  )
    return false;
  const own = new Set(resolved.speaker.split(/\s+/));
  for (const match of text.slice(previous.end, offset).matchAll(sentenceOpening)) {
    const word = match[1] ?? '';
    if (!own.has(word) && !/^(?:He|She)$/.test(word)) return false;
  }
  return true;
}

/**
 * "Chavez criticized Bush, saying …. Talking about …, he said that it is "…"": an English
 * pronoun introducing the words, whose antecedent's gender the article never shows, still means
 * that antecedent when every sentence since it was last named opens with its name or "he"/"she"
 * (on the evaluation texts 7 right / 0 wrong before the words; after them, where the pronoun may
 * follow another quotation's speaker, 3 / 2).
 */
function isTopicSince(
  text: string,
  index: TextIndex,
  people: PersonRegistry,
  resolved: ResolvedSpeaker,
  cueOffset: number,
): boolean {
  const last = lastMentionOf(people, resolved.speaker, cueOffset);
  if (last === undefined || resolved.isOrganisation) return false;
  const own = new Set(resolved.speaker.split(/\s+/));
  // Sentences inside the quotations since are the speaker's own words, not the article's.
  const since = text
    .slice(last.offset + last.name.length, index.sentenceStart(cueOffset))
    .replace(quotedStretch, '""');
  for (const match of since.matchAll(sentenceOpening)) {
    const word = match[1] ?? '';
    if (
      !own.has(word) &&
      !/^(?:He|She)$/.test(word) &&
      !opensWithAdverbialPronoun(since.slice((match.index ?? 0) + match[0].length - word.length))
    )
      return false;
  }
  return true;
}

/** "Diouf says", "Diouf, the agency's head, told": a name as the subject of "say" or "tell". */
const saysAfterName = /^(?:,[^,.;!?"“”]{1,80},)?\s+(?:says|said|tells|told)\s/u;

/**
 * "Diouf says under-investment is a root cause. / "…," he said.": a pronoun after the words
 * still means the antecedent whose gender the article never shows when it was last named as
 * the subject of "says" or "told", in the quotation's paragraph or the one just before, and
 * since then no other quotation stands and every sentence opens with its name or "he"/"she"
 * (round thirty-two). Another verb ("Oduya criticised the bank. "…," he said") leaves it a
 * guess, as it was.
 */
function isReportedJustBefore(
  text: string,
  index: TextIndex,
  people: PersonRegistry,
  resolved: ResolvedSpeaker,
  previous: PreviousQuote | undefined,
  quoteStart: number,
): boolean {
  const last = lastMentionOf(people, resolved.speaker, quoteStart);
  if (last === undefined || (previous !== undefined && previous.end > last.offset)) return false;
  const end = last.offset + last.name.length;
  if (!saysAfterName.test(text.slice(end, end + 100))) return false;
  const lineStart = index.lineStart(quoteStart);
  const lastLine = index.lineStart(last.offset);
  if (lastLine !== lineStart && !/^\s*$/u.test(text.slice(index.lineEnd(lastLine), lineStart)))
    return false;
  return isTopicSince(text, index, people, resolved, quoteStart);
}

/**
 * "According to analyst Hazem al-Nuaeimi, Sadr is a thorn …. "…," he said.", "…, according to
 * production controller Ted Rye. "…," he remarked.": the sentence just before gives its words
 * to the pronoun's antecedent; "he" goes on with that source whatever the article tells of his
 * gender (round nineteen).
 */
function isSourceJustBefore(
  text: string,
  index: TextIndex,
  resolved: ResolvedSpeaker,
  offset: number,
): boolean {
  const surname = resolved.speaker.split(/\s+/).pop() ?? '';
  const sentenceStart = index.sentenceStart(offset);
  if (surname.length < 2 || sentenceStart === 0 || resolved.isOrganisation) return false;
  const sentence = text.slice(index.sentenceStart(sentenceStart - 1), sentenceStart);
  const source = /according to((?:\s+[\p{L}'’-]+){1,6})/iu.exec(sentence)?.[1] ?? '';
  return source.split(/\s+/).includes(surname);
}

const quotedStretch = /["“][^"“”]*["”]/g;

/** A capitalised word opening a sentence or a paragraph. */
const sentenceOpening = /(?:^|[.!?…]["”»]?\s+|\n\s*)(\p{Lu}[\p{L}'’-]*)/gu;

/**
 * «Сенатор заслужил высокую оценку администрации Обамы, когда произнёс речь. «…», — заявил он»:
 * the pronoun's antecedent, last named in an oblique case in a sentence whose subject is a
 * title, may as well be that title's holder (round seventeen).
 */
function isObliqueAfterTitle(
  text: string,
  people: PersonRegistry,
  resolved: ResolvedSpeaker,
  offset: number,
): boolean {
  const last = lastMentionOf(people, resolved.speaker, offset);
  if (last === undefined || !isOblique(last.name, resolved.speaker)) return false;
  const opening = /^\s*(\p{Lu}[\p{Ll}-]+)\s/u.exec(text.slice(last.sentenceStart, last.offset));
  return opening !== null && isRoleWord(normalizeWord(opening[1] ?? ''));
}

/**
 * "Professor Eastman said he is alarmed … "…," he said.": the antecedent named, in the
 * sentence just before, as the subject of a verb whose reported clause opens with "he" or
 * "she" shows the gender the article never gave (round seventeen); "Mayor Kim Lowe said she
 * …" rules "he" out.
 */
function pronounOfOwnReport(
  text: string,
  index: TextIndex,
  resolved: ResolvedSpeaker,
  offset: number,
): string {
  const surname = resolved.speaker.split(/\s+/).pop() ?? '';
  // Only in the sentence just before, as "Eastman said he …" is read: past it, another
  // subject ("the president said") may be who the pronoun is.
  const sentenceStart = index.sentenceStart(offset);
  if (
    surname.length < 2 ||
    sentenceStart === 0 ||
    index.lineStart(sentenceStart - 1) !== index.lineStart(offset)
  )
    return '';
  const sentence = text.slice(index.sentenceStart(sentenceStart - 1), sentenceStart);
  const words = sentence.split(/[^\p{L}'’-]+/u);
  for (let at = 0; at + 2 < words.length; at += 1) {
    if (words[at] !== surname || !/^\p{Ll}+$/u.test(words[at + 1] ?? '')) continue;
    const next = words[at + 2] === 'that' ? words[at + 3] : words[at + 2];
    if (next === 'he' || next === 'she') return next;
  }
  return '';
}

/**
 * "Hamid Saadi, the owner of a shop near the blast, told Reuters that … . "…," he said.": an
 * English pronoun whose antecedent's gender the article never shows still means the subject
 * of the sentence right before the quotation's, in the same paragraph, when nobody else is
 * named since (round fourteen); "She called on Sarkozy to … "…," she stated" is not so read,
 * the last person named there being an object, nor a name inside an opening phrase.
 */
function isSubjectJustBefore(
  text: string,
  index: TextIndex,
  people: PersonRegistry,
  resolved: ResolvedSpeaker,
  offset: number,
): boolean {
  const { mentions } = people;
  const last = mentions[countMentionsBefore(mentions, offset) - 1];
  if (last === undefined || !last.isSentenceSubject) return false;
  // "Standing alongside President Nicolas Sarkozy, Betancourt smiled": a capitalised word
  // after the name's comma is the sentence's subject, whom nothing else tells of.
  const after = text.slice(last.offset + last.name.length, last.offset + last.name.length + 40);
  const next = /^\s*,\s*(\p{Lu}[\p{L}-]*)/u.exec(after)?.[1];
  if (next !== undefined && !isRoleWord(next)) return false;
  const entity = people.find(resolved.speaker);
  if (entity === undefined || people.entityOf(last) !== entity) return false;
  const sentenceStart = index.sentenceStart(offset);
  if (index.lineStart(last.offset) !== index.lineStart(offset)) return false;
  return (
    last.sentenceStart === sentenceStart ||
    (sentenceStart > 0 && index.sentenceStart(sentenceStart - 1) === last.sentenceStart)
  );
}

/**
 * English "he"/"she" tells nothing the names had not (they carry no gender but a known first
 * name's); a Russian feminine pronoun or verb given to someone the article never showed as a
 * woman went to a man on unseen text, while the masculine, the grammar's default, did not.
 */
function isFeminineOrEnglish(attribution: Attribution | undefined, language: 'ru' | 'en'): boolean {
  if (language === 'en') return true;
  return attribution?.reference?.pronoun === 'f' || attribution?.verbGender === 'f';
}

/** How far before a name a title written with it may stand ("Оратор, 20-летний"). */
const titleReach = 24;

const subjectPronoun = /(?:^|[^\p{L}])(?:он|она|они|he|she|they)(?![\p{L}])/iu;

/**
 * The sentence a quotation stands in, before it, names `resolved`, has a subject pronoun or
 * the speaker's title ("Он выразил надежду, что … «…»", "Lewis responded that, …, "…"",
 * "подчеркнул президент, признав, что … «…»"): it is about the speaker.
 */
function isAboutSpeaker(
  text: string,
  index: TextIndex,
  people: PersonRegistry,
  resolved: ResolvedSpeaker,
  offset: number,
): boolean {
  const from = index.sentenceStart(offset);
  const sentence = text.slice(from, offset);
  if (subjectPronoun.test(sentence)) return true;
  // "подчеркнул президент, признав, что … «…»": the speaker's own title.
  const speaker = people.find(resolved.speaker);
  // «Оратор, 20-летний Хамзат Азимов, …» then «Оратор просит …, «…»»: a title written just
  // before the speaker's name earlier counts too when the quotation carried on (round
  // twenty-one).
  const written = roleKeys(sentence);
  if (written.size > 0) {
    const roles = [resolved.role];
    if (resolved.basis === 'continuation' && speaker !== undefined) {
      for (const mention of speaker.mentions) {
        if (mention.offset >= from) break;
        const opening = Math.max(index.sentenceStart(mention.offset), mention.offset - titleReach);
        roles.push(text.slice(opening, mention.offset));
      }
    }
    for (const role of roles) {
      if (role === '') continue;
      for (const key of roleKeys(role)) if (written.has(key)) return true;
    }
  }
  const { mentions } = people;
  for (let position = countMentionsBefore(mentions, from); ; position += 1) {
    const mention = mentions[position];
    if (mention === undefined || mention.offset >= offset) return false;
    if (speaker !== undefined && people.entityOf(mention) === speaker) return true;
  }
}

/**
 * "Heald said although … are known to impact crop yields, "…"", «Путина в частности обидело,
 * что американские власти «…»»: the sentence a phrase is quoted in has the speaker it goes on
 * with as its subject, and names nobody else, before it (round nineteen).
 */
function namesSpeakerAlone(
  index: TextIndex,
  people: PersonRegistry,
  resolved: ResolvedSpeaker,
  offset: number,
): boolean {
  const speaker = people.find(resolved.speaker);
  if (speaker === undefined) return false;
  const { mentions } = people;
  let isNamed = false;
  for (let position = countMentionsBefore(mentions, index.sentenceStart(offset)); ; position += 1) {
    const mention = mentions[position];
    if (mention === undefined || mention.offset >= offset) return isNamed;
    if (people.entityOf(mention) !== speaker) return false;
    // "sent a letter to Jacqui Smith, appealing to the government to "…"": whom the
    // sentence addresses is not whose words it quotes.
    isNamed ||= mention.isSentenceSubject || mention.isSubject;
  }
}

/**
 * «4 марта 2014 года на встрече с журналистами в Ново-Огарево: «…»», "Поэтому … — это
 * иллюзия: «…»": a colon introduction opening with a date or a function word, with no speech
 * word and no title in it, after the speaker's quotation, names when, where or what, not a new
 * speaker (round nineteen). "Minister … Arye Derry issued a statement: "…"" has both.
 */
function isBareColon(text: string, index: TextIndex, offset: number): boolean {
  const from = index.sentenceStart(offset);
  const sentence = text.slice(from, offset);
  // "Amnesty International sees it otherwise: "…"": a sentence opening with a capitalised
  // name may have a speaker of its own; one opening with a date or a function word does not.
  const opening = /^[\s«“„"'(-]*([\p{L}\d]+)/u.exec(sentence)?.[1] ?? '';
  if (!/^\d/.test(opening) && !isFunctionWord(normalizeWord(opening))) return false;
  const words = sentence.match(/[\p{L}-]+/gu) ?? [];
  return words.every((word, at) => {
    const norm = normalizeWord(word);
    // "Поэтому" is no poet, and "с журналистами" are whom the speaker met.
    const isTitle =
      isRoleWord(word) &&
      !isFunctionWord(norm) &&
      !functionWords.prepositions.has(normalizeWord(words[at - 1] ?? ''));
    return !speechNouns.has(norm) && !isTitle && findSpeechVerb(word) === undefined;
  });
}

const sentencePronoun = /(?:^|[^\p{L}])(он|она|его|её|ее|he|she|his)(?![\p{L}])/iu;

/**
 * «— отметил он. По его мнению, … кроются «…»»: the first pronoun of the sentence a phrase is
 * quoted in, read as a pronoun is, means the speaker it goes on with; "He put his switch …
 * down to "…"" after another person's paragraph means the person just named (round nineteen).
 */
function pronounMeansSpeaker(
  text: string,
  index: TextIndex,
  people: PersonRegistry,
  resolved: ResolvedSpeaker,
  offset: number,
): boolean {
  const from = index.sentenceStart(offset);
  const match = sentencePronoun.exec(text.slice(from, offset));
  const word = match?.[1]?.toLowerCase() ?? '';
  if (match === null || word === '') return false;
  const at = from + match.index + match[0].length - word.length;
  const pronoun = /^(?:она|её|ее|she)$/.test(word) ? 'f' : 'm';
  const reference: SpeakerReference = {
    name: '',
    role: '',
    pronoun,
    gender: '',
    isOrganisation: false,
    offset: at,
    isPossessive: /^(?:его|её|ее|his)$/.test(word),
  };
  const meant = resolveSpeaker(reference, people, at, '');
  return meant.basis === 'pronoun' && meant.speaker === resolved.speaker;
}

/** Just after the last place before `offset` where the resolved person was named or quoted. */
/**
 * "echoing the Governor's own words, in which he told", "whether the President knew … he was
 * asserting": a role without a name, between the person a pronoun would go back to and the
 * pronoun, is someone the pronoun may mean instead, unless the role is that person's own
 * (round twenty).
 */
function namesOtherRole(between: string, ownRole: string): boolean {
  const own = roleKeys(ownRole);
  for (const match of between.matchAll(roleWithoutName)) {
    const word = match[1] ?? '';
    if (!isRoleWord(word)) continue;
    const keys = roleKeys(word);
    if (![...keys].some((key) => own.has(key))) return true;
  }
  return false;
}

// A capitalised title after "the" stands for the one holder of an office; "the president"
// in lower case is as often the one just named (round twenty).
const roleWithoutName = /\b[Tt]he (\p{Lu}\p{Ll}+)(?:'s)?(?![\p{L}'-]| \p{Lu})/gu;

/**
 * "He also criticizes Bush for …, labeling Bush as a "…"": a subject pronoun is never the
 * person its own clause names again right after a verb, as its object (round twenty).
 */
function namesAsObject(clause: string, speaker: string): boolean {
  const surname = speaker.split(/\s+/).pop() ?? '';
  if (surname.length < 3 || speaker === surname) return false;
  const words = clause.split(/[^\p{L}'-]+/u);
  return words.some((word, at) => {
    const before = words[at - 1] ?? '';
    return (
      word === surname &&
      before !== '' &&
      before === before.toLowerCase() &&
      !isFunctionWord(normalizeWord(before))
    );
  });
}

const askedToAct =
  /\b(?:asked|invited|urged|encouraged|persuaded)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}to\s+\p{Ll}/u;

const playedPerson =
  /\b(?:dressed|disguised|posing|masquerading)\s+(?:up\s+)?as\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*$/u;

const withheldName = /\b(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:unnamed|anonymous|unidentified)\b/;

/** The speaker's last mention before `offset`, if the text names them before it. */
function lastMentionOf(
  people: PersonRegistry,
  speaker: string,
  offset: number,
): PersonMention | undefined {
  const mentions = people.find(speaker)?.mentions ?? [];
  return mentions[countMentionsBefore(mentions, offset) - 1];
}

function lastPresent(
  people: PersonRegistry,
  resolved: ResolvedSpeaker,
  previous: PreviousQuote | undefined,
  offset: number,
): number {
  // A guess too unsure to show is no presence of its person («he told the crowd» given to
  // nobody does not put Trump there again) (round twenty-two).
  const quoted =
    previous?.isSure === true && previous.resolved.speaker === resolved.speaker ? previous.end : 0;
  const last = lastMentionOf(people, resolved.speaker, offset);
  return Math.max(quoted, last === undefined ? offset : last.offset + last.name.length);
}

/**
 * ""…" Schmetzer was delighted with the win. "…," he said.": a paragraph opening with a lone
 * capitalised subject other than the last speaker may be who "he" is, so the last speaker is
 * a guess (round sixteen).
 */
function opensWithOtherSubject(between: string, speaker: string): boolean {
  const names = new Set(speaker.split(/\s+/));
  for (const match of between.matchAll(/\n\s*(\p{Lu}[\p{Ll}-]+) \p{Ll}/gu)) {
    const word = match[1] ?? '';
    if (!names.has(word) && !isFunctionWord(normalizeWord(word))) return true;
  }
  return false;
}

/**
 * "«…», — отметил министр. «…», — уверен он.": a pronoun or an unnamed role right after a
 * quotation means its speaker when nobody else is named in between and the gender agrees;
 * the article has just been quoting them, whoever was the subject of an earlier sentence.
 */
/**
 * «— напомнил Медведев. — …». «…», — отметил он»: a Russian «он»/«она» that no person of the
 * registry answers (the last speaker a lone surname read only at its cue) is the last speaker,
 * on the same terms as a resolved pronoun is (round twenty-six).
 */
function isUnresolvedRussianPronoun(
  resolved: ResolvedSpeaker,
  attribution: Attribution | undefined,
  language: 'ru' | 'en',
): boolean {
  const pronoun = attribution?.reference?.pronoun;
  return (
    language === 'ru' &&
    resolved.basis === 'none' &&
    (pronoun === 'm' || pronoun === 'f') &&
    attribution?.reference?.isPossessive !== true
  );
}

function isLastSpeakerMeant(
  people: PersonRegistry,
  previous: PreviousQuote,
  cueOffset: number,
  attribution: Attribution | undefined,
): boolean {
  const { resolved } = previous;
  if (resolved.speaker === '' || resolved.isOrganisation || !previous.isSure) return false;
  if (cueOffset < previous.end || cueOffset - previous.end > lastSpeakerWindow) return false;
  const pronoun = attribution?.reference?.pronoun ?? '';
  const gender = pronoun === 'm' || pronoun === 'f' ? pronoun : (attribution?.verbGender ?? '');
  if (contradicts(gender, resolved.gender)) return false;
  // "The mother said" after the father's words is not him (round sixteen).
  const role = attribution?.reference?.role ?? '';
  if (role !== '' && contradicts(roleGender(role) ?? '', resolved.gender)) return false;
  return !namesAnother(people, previous, previous.end, cueOffset);
}

/** Someone other than the previous speaker is named between `from` and `to`. */
function namesAnother(
  people: PersonRegistry,
  previous: PreviousQuote,
  from: number,
  to: number,
): boolean {
  const { mentions } = people;
  const last = countMentionsBefore(mentions, to);
  let position = countMentionsBefore(mentions, from);
  if (position >= last) return false;
  const speaker = people.find(previous.resolved.speaker);
  for (; position < last; position += 1) {
    const mention = mentions[position];
    if (mention !== undefined && people.entityOf(mention) !== speaker) return true;
  }
  return false;
}

/**
 * "Heald noted the findings show pollution reduction is also important. "An air-quality
 * cleanup …"": a quotation standing as its own sentence, with no cue, right after a sentence
 * whose subject speaks (and where no one else is named), is that speaker's.
 */
function speakerOfSentenceBefore(
  people: PersonRegistry,
  index: TextIndex,
  offset: number,
): PersonMention | undefined {
  const sentenceStart = index.sentenceStart(offset);
  if (sentenceStart === 0 || index.lineStart(sentenceStart) !== index.lineStart(sentenceStart - 1))
    return undefined;
  const from = index.sentenceStart(sentenceStart - 1);
  const { mentions } = people;
  let speaker: PersonMention | undefined;
  for (
    let position = countMentionsBefore(mentions, from);
    position < mentions.length;
    position += 1
  ) {
    const mention = mentions[position];
    if (mention === undefined || mention.offset >= sentenceStart) break;
    if (speaker !== undefined && people.entityOf(mention) !== people.entityOf(speaker))
      return undefined;
    if (mention.isSubject) speaker = mention;
    else if (speaker === undefined) return undefined;
  }
  return speaker;
}

/**
 * "Heald noted the findings show … . "An air-quality cleanup …"": someone else made the
 * subject of a speech verb since the previous quotation is who a new quotation continues.
 */
function anotherSpeaks(
  people: PersonRegistry,
  previous: PreviousQuote,
  from: number,
  to: number,
  text: string,
): boolean {
  const { mentions } = people;
  const speaker = people.find(previous.resolved.speaker);
  for (
    let position = countMentionsBefore(mentions, from);
    position < mentions.length;
    position += 1
  ) {
    const mention = mentions[position];
    if (mention === undefined || mention.offset >= to) return false;
    if (people.entityOf(mention) === speaker) continue;
    if (mention.isSubject) return true;
    // "…," said deputy information minister Jim Bell. "…": an inverted verb with the role
    // between it and the name makes the name its subject too (round thirty-two).
    if (invertedBeforeRole.test(text.slice(Math.max(from, mention.offset - 60), mention.offset)))
      return true;
  }
  return false;
}

/** A speech verb after a quotation's comma, then the holder's role in lower case. */
const invertedBeforeRole = /,["”]\s+(?:said|says|added|told)\s+(?:the\s+)?(?:\p{Ll}+\s+){1,4}$/u;

/**
 * "Присоединение Крыма к России, заметил оппозиционер, …": a name read from the words opening
 * a sentence, without a first name, whose first word the article also writes in lower case,
 * is a common word; nobody is named.
 */
function namesCommonWord(
  text: string,
  index: TextIndex,
  people: PersonRegistry,
  nameOffset: number,
): boolean {
  if (!opensSentence(text, index, nameOffset)) return false;
  const word = /^[\p{L}-]+/u.exec(text.slice(nameOffset, nameOffset + 40))?.[0] ?? '';
  return firstNameLemma(word) === undefined && people.isCommonWord(word);
}

const objectPronouns = {
  m: /^(?:его|него|ему|нему|им|ним|нем)$/u,
  f: /^(?:ее|нее|ей|ней|ею|нею)$/u,
};

/**
 * «Саакашвили указал, что …, «однако известно, что … Саакашвили …»»: words far from their
 * verb that name its subject by surname speak about him; whoever said them (a body that
 * checked his form) is not shown as him (round sixteen). Near a cue people do name
 * themselves («Полковник Квачков … готов», — заявил Квачков).
 */
function namesSpeakerInside(quoted: string, resolved: ResolvedSpeaker): boolean {
  if (resolved.isOrganisation || resolved.speaker === '') return false;
  const surname = resolved.speaker.split(/\s+/).pop() ?? '';
  if (surname.length < 4) return false;
  return quoted.split(/[^\p{L}-]+/u).includes(surname);
}

/**
 * "after the Daily Mail described him as a "…"": an English cue with "him" or "her" for its
 * object is about a person, so the words are not that person's running on (round sixteen).
 */
function objectsToPerson(text: string, attribution: Attribution | undefined): boolean {
  if (attribution === undefined || attribution.cue === '') return false;
  const from = attribution.cueOffset + attribution.cue.length;
  return /^\s+(?:him|her)\b/.test(text.slice(from, from + 6));
}

/**
 * «Белый дом охарактеризовал Ли Куан Ю как … Он также назвал его «…»»: a subject pronoun with
 * an object pronoun of its own gender in its clause before the quotation — the object is the
 * person just named, so the subject is someone else (Russian says «себя» for the same one).
 */
function hasObjectPronoun(
  text: string,
  reference: SpeakerReference | undefined,
  quoteStart: number,
): boolean {
  // «тот назвал его»: a demonstrative already means the other one.
  if (
    reference === undefined ||
    reference.isPossessive === true ||
    reference.isDemonstrative === true
  )
    return false;
  if (reference.pronoun !== 'm' && reference.pronoun !== 'f') return false;
  if (reference.offset >= quoteStart || quoteStart - reference.offset > 120) return false;
  const clause = text.slice(reference.offset, quoteStart);
  if (/[,;:.!?—]/u.test(clause)) return false;
  const pattern = objectPronouns[reference.pronoun];
  return clause
    .split(/[^\p{L}]+/u)
    .slice(1)
    .some((word) => pattern.test(normalizeWord(word)));
}

/**
 * «Исторический музей посчитал»: an organisation named by a masculine or feminine adjective
 * and its noun, which the article may also write in lower case. A word in -ое/-ие may as well
 * be a noun or a pronoun opening the sentence («Телевидение показало», «Своё решение …
 * объяснил»), so it is not set apart (round twelve).
 */
function opensWithAdjective(name: string): boolean {
  return /^\p{L}+(?:ый|ий|ой|ая|яя)\s/u.test(name);
}

/**
 * One capitalised word with a Russian adjective's ending («Связанное»), not a body's name; not
 * -ие or -ий, which end nouns that are («Управление», «Консорциум» aside, «Движение»).
 */
function isLoneAdjective(name: string): boolean {
  return loneAdjective.test(name);
}

const loneAdjective = /^\p{Lu}\p{Ll}+(?:ое|ый|ая|ые)$/u;

/**
 * «Движение «Талибан» … называет цифру — «…». Такое заявление сделал пресс-секретарь
 * талибов …»: the sentence after the quotation says who made the statement, so a speaker
 * read from a weak cue or none may be the wrong one (round seventeen).
 */
function isCreditedAfter(text: string, index: TextIndex, end: number): boolean {
  const from = index.sentenceEnd(end);
  return creditedAfter.test(text.slice(from, from + 60));
}

const creditedAfter =
  /^[\s.!?…»"]*(?:(?:Такое|Это|Данное|Подобное|Соответствующее)\s+заявление\s+(?:сделал|сделала|сделали|озвучил|озвучила)|Об\s+этом\s+(?:заявил|заявила|сообщил|сообщила|сказал|сказала))\s/u;

/**
 * The person the sentence from `from` opens with, as the speaker of a quotation at `offset`
 * with no cue naming one, when written as a full name in the nominative.
 */
/**
 * "Deputy Press Secretary Sarah Sanders disagreed with Miller's view. "…"": a quotation
 * standing as its own sentence after one in its paragraph whose subject is someone else named
 * in full does not run on from the last speaker (round eighteen); the sentence before's
 * subject may take it.
 */
function anotherOpensSentenceBefore(
  text: string,
  index: TextIndex,
  people: PersonRegistry,
  previous: PreviousQuote,
  attribution: Attribution | undefined,
  offset: number,
): boolean {
  const sentenceStart = index.sentenceStart(offset);
  if (
    attribution !== undefined ||
    sentenceStart === 0 ||
    !opensSentence(text, index, offset) ||
    index.lineStart(sentenceStart - 1) !== index.lineStart(offset) ||
    previous.end > sentenceStart
  )
    return false;
  const named = subjectOf(text, index, people, offset, index.sentenceStart(sentenceStart - 1));
  return (
    named !== undefined && people.find(named.speaker) !== people.find(previous.resolved.speaker)
  );
}

function subjectOf(
  text: string,
  index: TextIndex,
  people: PersonRegistry,
  offset: number,
  from: number,
  passOblique = false,
): ResolvedSpeaker | undefined {
  const subject = findSentenceSubject(text, index, people, offset, from, passOblique);
  if (subject === undefined) return undefined;
  const named = resolveMention(subject, people, offset, 'sentence-subject');
  if (
    !/\s/.test(named.speaker) ||
    isOblique(subject.name, named.speaker) ||
    (readsOpeningWord(text, index, subject.offset, named.speaker) &&
      !isNamedByApposition(text, people, subject))
  )
    return undefined;
  return named;
}

/**
 * "He said …", "She told …" opening the sentence from `from` to `to`: the pronoun, as the
 * subject of a finite verb of saying; undefined otherwise.
 */
function pronounReportingBefore(
  text: string,
  from: number,
  to: number,
): SpeakerReference | undefined {
  const opening = /^(\s*)(He|She)\s+(?:also\s+)?(\p{Ll}+)/u.exec(text.slice(from, to));
  if (opening === null) return undefined;
  const verb = findSpeechVerb(opening[3] ?? '');
  if (verb === undefined || verb.isNonFinite) return undefined;
  return {
    ...emptyReference(from + (opening[1]?.length ?? 0)),
    pronoun: opening[2] === 'He' ? 'm' : 'f',
  };
}

/**
 * A name written in another case than its nominative: a first name's ending tells, and a lone
 * word is none of the shown name's («Обамы» for Барак Обама).
 */
function isOblique(written: string, shown: string): boolean {
  if (toNominativeName(written) !== written) return true;
  return !shown.split(/\s+/).includes(written.split(/\s+/).pop() ?? '');
}

/** "his mother's words:", "the minister's statement,": a possessive's words right before the mark. */
const othersWordsBefore =
  /['’]s\s+(?:(?:own|last|famous|exact|final|parting)\s+)?(?:words|remarks|statement|message|letter|comments?|advice|question|tweet|post|note|speech|reply|answer)\s*[:,]?\s*["“]?$/;

/** How far back a role written as someone's ("Lowe's lawyer") still means that person. */
const ownedRoleWindow = 1500;

/**
 * Whether the role's last word, a noun of kin or counsel, was written after a possessive ("Ann
 * Lowe's lawyer", "his brother") in the text before `before`.
 */
function isOwnedEarlier(text: string, role: string, before: number): boolean {
  const head = role.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  // "Dublin's mayor" is the mayor; only kin and counsel are someone's without being named.
  if (!isKinOrCounselNoun(head)) return false;
  const window = text.slice(Math.max(0, before - ownedRoleWindow), before).toLowerCase();
  for (let at = window.indexOf(head); at >= 0; at = window.indexOf(head, at + 1)) {
    if (ownerBefore.test(window.slice(Math.max(0, at - 30), at))) return true;
  }
  return false;
}

/** A possessive right before a noun, with up to two words between ("Lowe's new lawyer"). */
const ownerBefore = /(?:['’]s|\bhis|\bher|\btheir)\s+(?:[a-z-]+\s+){0,2}$/;

/**
 * "Sombat Reed, a social activist, offered …": a role set off by a comma right after the words
 * opening the sentence shows them to be a person's name, whatever list knows the first one
 * (round thirty-three).
 */
function isNamedByApposition(
  text: string,
  people: PersonRegistry,
  subject: PersonMention,
): boolean {
  const after = subject.offset + subject.name.length;
  // "Critics Reed, a lawyer," where the article writes "critics" too: a common word still.
  return (
    subject.role !== '' &&
    text.startsWith(`, ${subject.role}`, after) &&
    !people.isCommonWord(subject.name.split(' ')[0] ?? '')
  );
}

/**
 * «Задачей-минимум Канаев видит …»: a word capitalised only for opening the sentence, shown as
 * a first name though no first name is known so, may be no part of the name.
 */
function readsOpeningWord(
  text: string,
  index: TextIndex,
  offset: number,
  speaker: string,
): boolean {
  if (!opensSentence(text, index, offset)) return false;
  const word = /^[\p{L}-]+/u.exec(text.slice(offset, offset + 40))?.[0] ?? '';
  return firstNameLemma(word) === undefined && speaker.split(/\s+/)[0] === word;
}

/**
 * Only spaces, dashes, quotation marks or wiki italics ('') stand between the sentence start
 * and `offset`.
 */
function opensSentence(text: string, index: TextIndex, offset: number): boolean {
  return /^(?:[\s\u2014\u2013«“„"-]|'')*$/u.test(text.slice(index.sentenceStart(offset), offset));
}

/**
 * «Решение Шефер», «Позицию Орлова Шефер»: no known first name, and the surname is written with
 * another word elsewhere.
 */
function isOpeningWordBeforeSurname(people: PersonRegistry, name: string): boolean {
  const words = name.split(' ');
  const first = words[0] ?? '';
  const surname = words.length > 1 ? words[words.length - 1] : undefined;
  // «Менеджер Хьюстон Патриша Хьюстон»: a longer run is more often a title with a full name.
  if (surname === undefined || words.length > 3 || firstNameLemma(first) !== undefined)
    return false;
  // «Гари Каспаров» beside «Гарри Каспаров» is one person spelt two ways.
  const entity = people.find(surname);
  return (
    entity?.mentions.some(
      (mention) =>
        /\s/.test(mention.name) &&
        !isSamePerson(mention.name, name) &&
        !mention.name.startsWith(first.slice(0, 3)),
    ) === true
  );
}

/**
 * The gender the shown name's first name tells ("Роберт Рено": m), '' for one word or an unknown
 * name: a bare surname joins a family into one person, whose name shown may be the wrong one's.
 */
function shownFirstNameGender(speaker: string): string {
  const space = speaker.indexOf(' ');
  if (space < 0) return '';
  return writtenNameGender(speaker.slice(0, space));
}

/** A verb's agreement ("он отметил") rules out a previous speaker of the other gender. */
function contradicts(verbGender: string, gender: string): boolean {
  return (verbGender === 'm' || verbGender === 'f') && gender !== '' && verbGender !== gender;
}

/**
 * "«…», сказал Хоровитц." — two paragraphs about the rocket — "«Мы рассматриваем все
 * возможности…»": a paragraph opening with a quotation and no cue at all goes on with the
 * last person quoted when nobody else is named since, however many paragraphs lie between
 * (within a window), as a reader takes it.
 */
function continuesAcrossParagraphs(
  text: string,
  people: PersonRegistry,
  previous: PreviousQuote,
  attribution: Attribution | undefined,
  lineStart: number,
  start: number,
): boolean {
  if (attribution !== undefined || previous.resolved.isOrganisation) return false;
  if (lineStart <= previous.lineEnd || start - previous.end > paragraphsWindow) return false;
  if (!/^[\s«“„"]*$/u.test(text.slice(lineStart, start))) return false;
  return !namesAnother(people, previous, previous.end, start);
}

/** The quotation is in the same paragraph as the previous one, or the next paragraph. */
function continues(text: string, previous: PreviousQuote, lineStart: number): boolean {
  if (lineStart === previous.lineStart) return true;
  if (lineStart <= previous.lineEnd) return false;
  for (let offset = previous.lineEnd; offset < lineStart; offset += 1) {
    if (!/\s/.test(text.charAt(offset))) return false;
  }
  return true;
}

/** A run of two or three capitalised words closing a phrase, a person's full name. */
const closingFullName = /(?:^|\s)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\s*$/u;

/**
 * The full name after a title's organisation ("президент Фонда прав человека (Human Rights
 * Foundation) Тор Халворссен (Thor Halvorssen Mendoza)."): the run of capitalised words
 * closing the clause, asides in brackets left out, when it does not run on from the
 * organisation's own name; '' when there is none.
 */
function holderAfter(
  text: string,
  offset: number,
  organisation: string,
  language: 'ru' | 'en',
): string {
  const from = text.indexOf(organisation, offset);
  if (from < 0) return '';
  const after = from + organisation.length;
  const rest = text.slice(after, after + 120);
  let clause = rest.slice(0, rest.search(/[.!?;:«»"“”,—]|$/u)).replace(/\([^()]*\)/gu, ' ');
  // «Глава Союза ММА России Фёдор Емельяненко обратил внимание, что «…»»: before the
  // quotation the cue follows the name; the run of capitalised words ends at it, not at
  // «прав» of «Фонда прав человека» (round twenty-six).
  if (language === 'ru') clause = untilCue(clause);
  const match = closingFullName.exec(clause);
  if (match?.[1] === undefined) return '';
  // «представитель Святого Престола Федерико Ломбарди»: the capitalised run goes on from the
  // organisation, so where the name starts is not shown.
  if (clause.slice(0, match.index).trim() === '') return '';
  return language === 'ru' ? fromFirstName(match[1]) : match[1];
}

/** The words before the first lower-case speech cue («обратил внимание», «заявил»). */
function untilCue(clause: string): string {
  const words = clause.split(/\s+/);
  const norms = words.map(normalizeWord);
  const cue = words.findIndex(
    (word, at) =>
      /^\p{Ll}/u.test(word) &&
      (findSpeechVerb(word) !== undefined || matchMultiwordCue(norms, at) > 0),
  );
  return cue < 0 ? clause : words.slice(0, cue).join(' ');
}

/**
 * «России Фёдор Емельяненко»: a listed first name in its dictionary form second in the run
 * starts the name; the word before it is the organisation's country (round twenty-six).
 */
function fromFirstName(run: string): string {
  const words = run.split(/\s+/);
  const [head = '', second = ''] = words;
  const isFirstName = (word: string): boolean => firstNameLemma(word) === normalizeWord(word);
  return words.length === 3 && !isFirstName(head) && isFirstName(second)
    ? words.slice(1).join(' ')
    : run;
}
