import { isLetterUnit, letterCaseLimit, upperCode } from './letterCase';
import { firstNameLemma } from './firstNames';
import { isFunctionWord } from './functionWords';
import { isInitialsAfterArticle } from './isInitialsAfterArticle';
import { isNameTitle, isRoleWord } from './roleWords';
import { placeNouns } from './placeNouns';
import { findSpeechVerbByNorm } from './speechVerbs';
import type { Token } from './tokenizeText';

/** A stretch of capitalised tokens read as one name: a person's or an organisation's. */
export interface NameRun {
  /** Index of the first token of the name in the phrase. */
  from: number;
  /** Index after the last token of the name. */
  to: number;
  /** Index of the first token of the whole capitalised stretch (titles and places included). */
  stretchFrom: number;
  isPerson: boolean;
  /** A first name from the lexicon starts the name. */
  hasFirstName: boolean;
}

const particles = new Set(
  'al el ad ibn bin ben de da di du del della der den van von la le dos das st аль эль ибн бен фон ван де дер ди дель'.split(
    ' ',
  ),
);
const particlePrefix = /^(?:al|el|ad|as|ash|ibn|bin|аль|эль|ибн)-/i;
const organisationWords = new Set(
  (
    'department authority ministry office council agency university committee commission ' +
    'court church party herald times news post journal gazette corporation company inc ltd ' +
    'bank association union institute center centre school hospital police army government ' +
    'board service foundation group network television radio press organization ' +
    'organisation federation league club team airlines parliament senate congress assembly ' +
    'cabinet embassy museum force navy channel broadcasting weekly daily nations states ' +
    'kingdom republic house ' +
    // "Human Rights Watch", "Amnesty International", "Reporters Without Borders" (issue 14:
    // "Borders" was given as a person at 0.95).
    'watch rights international borders ' +
    // A facility ends a name too: "Cadjehoun International Airport" left "Airport" to be read
    // as a person once "International" ended an organisation.
    'airport station stadium hotel prison palace ' +
    // "Center for Political and Strategic Studies": a field ends a body's name, whose last
    // words were read as a person (round thirty-three: "Strategic Studies" kept "he" from the
    // researcher named before it).
    'studies affairs relations research sciences'
  ).split(' '),
);
const weekdays = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const cyrillic = /[а-яё]/i;
const latin = /[a-z]/i;
const genitivePlace = /(?:ии|ы|ой|ого|ской|ского|ских|стана)$/;
const russianAdjective = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их)$/;
/** «Сама Тэтчер описывала …»: "herself" opening a sentence before a name is no name part. */
const emphaticPronouns = new Set(
  'сам сама само сами самого самой самому самим самих самою'.split(' '),
);
/**
 * "Current UK Prime Minister David Cameron", "Former US President …": words that date a title,
 * capitalised only for opening the sentence, are no name (round thirty-two: "Current" was
 * read as a one-word name).
 */
const titleTimes = new Set(['former', 'current', 'acting', 'outgoing', 'incoming', 'interim']);
const reflexivePast = /^[а-я]{3,}(?:лся|лась|лось|лись)$/;
const russianAdverb = /^[а-я]{4,}(?:нно|льно|жно|дно|тно|чно|вно|зно)$/;
/** "Н.Прянишников": an initial glued to a surname, a person, not a web name. */
const initialAndSurname = /^\p{Lu}\.\p{Lu}\p{Ll}+$/u;
// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
const singleCapital = /^\p{Lu}$/u;
const innerAcronym = /\p{Ll}\p{Lu}{2}/u;
const acronymWithEnding = /^\p{Lu}{2,}\p{Ll}{1,4}$/u;
const hyphenatedPlace = /^\p{Lu}\p{Ll}+-\p{Lu}/u;
const notLetter = /[^\p{L}]/gu;
const abstractNoun = /^[а-я-]{2,}ост(?:ь|и|ей|ям)$/;

/**
 * Splits the capitalised stretches of a phrase into names, telling people from organisations:
 * abbreviations (США, KCNA), web names (Лента.ру), Latin words in a Russian text and English
 * organisation words (Department, Gazette) make an organisation; titles and role words at the
 * front (Ambassador, Президент Украины) and Russian genitive places (Мэра Москвы) are left for
 * the role. Tokens inside parentheses are skipped: they hold translations and abbreviations.
 */
export function findNameRuns(tokens: readonly Token[], language: 'ru' | 'en'): NameRun[] {
  const runs: NameRun[] = [];
  let depth = 0;
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.text === '(') depth += 1;
    if (token.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || !isNamePart(tokens, index)) {
      index += 1;
      continue;
    }
    let end = index + 1;
    while (end < tokens.length && (isNamePart(tokens, end) || isInnerParticle(tokens, end))) {
      end += 1;
    }
    runs.push(...classifyStretch(tokens, index, end, language));
    index = end;
  }
  return runs;
}

/**
 * "Abdourahim Said Bacar said": a capitalised "Said" between two capitalised words is the
 * Arabic name, not the verb (round seventeen).
 */
function isArabicSaid(tokens: readonly Token[], index: number): boolean {
  return (
    tokens[index]?.text === 'Said' &&
    tokens[index - 1]?.isCapitalized === true &&
    tokens[index - 1]?.isWord === true &&
    tokens[index + 1]?.isCapitalized === true &&
    tokens[index + 1]?.isWord === true
  );
}

/**
 * "United States and United Kingdom spokespeople added": "States" after a capitalised word is
 * the noun of a name ("Gulf States"), not the verb; read as the verb it cut the run to a
 * one-word person, "United" (round thirty-two, given at 0.8).
 */
function isStatesNoun(tokens: readonly Token[], index: number): boolean {
  return (
    tokens[index]?.text === 'States' &&
    tokens[index - 1]?.isCapitalized === true &&
    tokens[index - 1]?.isWord === true
  );
}

function isNamePart(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined || !token.isWord) return false;
  // Only a capitalised word or a particle prefix can be a name part: most words of an article
  // are neither, and the look-ups below are then not needed (the answer is false either way).
  if (!token.isCapitalized && !particlePrefix.test(token.text)) return false;
  // "Г. А. Зюганов", "В. Путин": an initial is a name part, though "А" and "В" are also
  // function words (round fourteen).
  if (token.text.length === 1 && token.isCapitalized && tokens[index + 1]?.text === '.')
    return true;
  if (
    (isFunctionWord(token.norm) &&
      !isCapitalisedEnclitic(token) &&
      !isInitialsAfterArticle(tokens, index)) ||
    emphaticPronouns.has(token.norm) ||
    titleTimes.has(token.norm)
  )
    return false;
  if (
    findSpeechVerbByNorm(token.norm) !== undefined &&
    !isArabicSaid(tokens, index) &&
    !isStatesNoun(tokens, index)
  )
    return false;
  // "Allegedly, ..." — a sentence adverb, not a name.
  if (token.norm.endsWith('ly') && tokens[index + 1]?.text === ',') return false;
  if (token.isCapitalized) {
    // "published on Friday Trump indicated": a weekday after "on" and before a name is no part
    // of the name (issue 14: "Friday Trump" was read as one name). Months are left: "June" and
    // "April" are also first names.
    if (
      weekdays.has(token.norm) &&
      tokens[index - 1]?.norm === 'on' &&
      tokens[index + 1]?.isCapitalized === true
    )
      return false;
    // "Особенно подробно…", "Одновременно с этим он…": a Russian adverb opening a sentence.
    if (token.norm.endsWith('о') && russianAdverb.test(token.norm)) return false;
    // «Нравился Сталину Вертинский или нет»: a reflexive past-tense verb opening a sentence;
    // no name ends so (round fourteen).
    if (reflexivePast.test(token.norm)) return false;
    // "мэр города Немуро": a place named after its kind is not a person.
    return !placeNouns.has(tokens[index - 1]?.norm ?? '');
  }
  return particlePrefix.test(token.text);
}

/**
 * «— добавил доктор Ли», «Ли Куан Ю»: the particle «ли» leans on the word before it, so it never
 * opens a sentence and is never capitalised; capitalised, it is a surname (round thirty-two).
 */
function isCapitalisedEnclitic(token: Token): boolean {
  return token.isCapitalized && token.norm === 'ли';
}

/** A lowercase particle ("de", "al") or an initial's period, with a name part after it. */
function isInnerParticle(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  if (token === undefined) return false;
  if (token.text === '.') {
    const isAbbreviated =
      previous !== undefined && (singleCapital.test(previous.text) || isNameTitle(previous.norm));
    if (isAbbreviated) return isNamePart(tokens, index + 1);
  }
  return particles.has(token.norm) && isNamePart(tokens, index + 1);
}

function isOrganisationToken(token: Token, language: 'ru' | 'en', isForeignName: boolean): boolean {
  const letters = lettersOf(token.text);
  if (letters.length >= 2 && isUpperCaseWord(letters)) return true;
  // "БелТА", "УкрНИИ": two capitals after a lowercase letter in a Cyrillic word write an
  // acronym, not a surname (which "ДиКаприо" still is).
  // "главы МИДа Сэйдзи Маэхара": an acronym with a case ending ("МИДа", "МВДшники") too.
  if (
    cyrillic.test(token.text) &&
    (innerAcronym.test(letters) || acronymWithEnding.test(token.text))
  )
    return true;
  if (token.text.includes('.') && token.text.length > 2 && !initialAndSurname.test(token.text))
    return true;
  // «РИА Новости», «Ведомости»: an abstract noun in -ость names a body; no surname ends so
  // (round thirty-two: «Новости» was given as a person).
  if (abstractNoun.test(token.norm)) return true;
  if (!isForeignName && isForeignScript(token, language)) return true;
  return organisationWords.has(token.norm) || /'s$/.test(token.norm);
}

/** `text.replace(/[^\p{L}]/gu, '')`, without the replacement for a word of letters only. */
function lettersOf(text: string): string {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= letterCaseLimit || isLetterUnit[code] !== 1) return text.replace(notLetter, '');
  }
  return text;
}

/** `word === word.toUpperCase()`, from the table where it has every unit of the word. */
function isUpperCaseWord(word: string): boolean {
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (code >= letterCaseLimit) return word === word.toUpperCase();
    if (upperCode[code] !== code) return false;
  }
  return true;
}

function isForeignScript(token: Token, language: 'ru' | 'en'): boolean {
  return language === 'ru'
    ? latin.test(token.text) && !cyrillic.test(token.text)
    : cyrillic.test(token.text);
}

function classifyStretch(
  tokens: readonly Token[],
  from: number,
  to: number,
  language: 'ru' | 'en',
): NameRun[] {
  const runs: NameRun[] = [];
  let start = from;
  // "the Sydney Morning Herald", "Civil Defense Authority director ...": an English stretch
  // after "the", or up to an organisation word, names an organisation.
  let organisationEnd = -1;
  if (language === 'en') {
    for (let index = from; index < to; index += 1) {
      // "National Public Radio's Domenico Montanaro": the possessive ends the organisation.
      const norm = tokens[index]?.norm ?? '';
      if (organisationWords.has(norm.endsWith("'s") ? norm.slice(0, -2) : norm))
        organisationEnd = index + 1;
    }
    if (tokens[from - 1]?.norm === 'the' && organisationEnd < 0) organisationEnd = to;
  }
  if (organisationEnd > from) {
    runs.push({
      from,
      to: organisationEnd,
      stretchFrom: from,
      isPerson: false,
      hasFirstName: false,
    });
    start = organisationEnd;
  }
  // Latin words in a Russian text are mostly brands ("Business NZ"), unless a first name
  // shows they name a person ("Jane Smith"). Look-ups here get a token's norm: they normalise
  // what they get, and a norm is normal already, so no new string is made for each call.
  const isForeignName = tokens
    .slice(from, to)
    .some((token) => isForeignScript(token, language) && firstNameLemma(token.norm) !== undefined);
  while (start < to) {
    const first = tokens[start];
    if (first === undefined) break;
    const isOrganisation = isOrganisationToken(first, language, isForeignName);
    let end = start + 1;
    while (end < to) {
      const token = tokens[end];
      if (token === undefined || token.text === '.') {
        end += 1;
        continue;
      }
      if (isOrganisationToken(token, language, isForeignName) !== isOrganisation) break;
      end += 1;
    }
    if (isOrganisation) {
      runs.push({ from: start, to: end, stretchFrom: from, isPerson: false, hasFirstName: false });
    } else {
      // "письмо Бориса Березовского Екатерина Сабирова": a second first name two words or
      // more after the first starts a second person (round fourteen).
      const second =
        secondFirstName(tokens, start, end) ??
        (language === 'ru' ? surnameAfterGenitiveName(tokens, start, end) : undefined);
      runs.push(personRun(tokens, start, second ?? end, from, language));
      if (second !== undefined) runs.push(personRun(tokens, second, end, second, language));
    }
    start = end;
  }
  return mergeOrganisations(runs);
}

function personRun(
  tokens: readonly Token[],
  from: number,
  to: number,
  stretchFrom: number,
  language: 'ru' | 'en',
): NameRun {
  let cut = from;
  for (let index = from; index < to - 1; index += 1) {
    const token = tokens[index];
    if (token !== undefined && (isNameTitle(token.norm) || isRoleWord(token.text))) {
      cut = index + 1;
    }
  }
  let firstName = -1;
  for (let index = cut; index < to; index += 1) {
    const token = tokens[index];
    if (token !== undefined && firstNameLemma(token.norm) !== undefined) {
      firstName = index;
      break;
    }
  }
  if (firstName > cut) cut = firstName;
  while (cut < to && tokens[cut]?.text === '.') cut += 1;
  if (firstName >= 0 && language === 'ru' && qualifiesNextNoun(tokens, firstName, to)) to -= 1;
  if (firstName < 0 && language === 'ru') {
    while (to - cut > 2 && genitivePlace.test(tokens[cut]?.norm ?? '')) cut += 1;
    if (isGenitiveBeforeSurname(tokens, cut, to)) cut += 1;
    else if (isNominativeBeforeOblique(tokens, cut, to)) to -= 1;
  }
  if (firstName < 0 && language === 'en' && to - cut > 2 && tokens[from - 1]?.norm === 'of') {
    cut = to - 2;
  }
  // "the current Roman Catholic Pope, Pope Francis": an English stretch ending in a title,
  // with no first name in it, is a title with its adjectives; a name does not end in one
  // (round fourteen).
  const last = tokens[to - 1];
  const endsInTitle =
    language === 'en' &&
    firstName < 0 &&
    last !== undefined &&
    (isNameTitle(last.norm) || isRoleWord(last.text));
  const isTitleOnly =
    cut >= to ||
    endsInTitle ||
    tokens.slice(cut, to).every((token) => isNameTitle(token.norm) || isRoleWord(token.text));
  const isModifier =
    firstName < 0 &&
    ((to - cut === 1 && isSingleWordModifier(tokens, cut, language)) ||
      (language === 'en' && isPlaceAdjectiveBeforeRole(tokens, to)));
  const isPlace = firstName < 0 && language === 'ru' && isRussianPlace(tokens, from, cut, to);
  return {
    from: cut,
    to,
    stretchFrom,
    isPerson: !isTitleOnly && !isModifier && !isPlace,
    hasFirstName: firstName >= 0,
  };
}

const genitiveSurname = /^[а-яё-]{2,}(?:ов|ев|ёв|ин|ын)(?:[ауе]|ым)$/;
const nominativeSurname = /^[а-яё-]{2,}(?:ов|ев|ёв|ин|ын)$/;

/**
 * «В ответ на слова Орлова Седов заявил»: with no first name, a surname in -ова (a man's
 * genitive, or a woman's nominative), -ову, -овым or -ове (a man's dative, instrumental or
 * prepositional: «— ответил Орлову Седов», «— отметил в разговоре с Орловым Седов», round
 * thirty-three) before a man's nominative surname is no part of his name:
 * a Russian name never joins two surnames of different gender or case, so the first is whose
 * words or deeds the phrase names (session 24: «Орлова Седов» was given as one name).
 */
function isGenitiveBeforeSurname(tokens: readonly Token[], cut: number, to: number): boolean {
  return (
    to - cut === 2 &&
    genitiveSurname.test(tokens[cut]?.norm ?? '') &&
    nominativeSurname.test(tokens[cut + 1]?.norm ?? '')
  );
}

/**
 * «ответил на вопрос Петра Орлова Седов»: a man's first name and surname in the genitive
 * («Петра Орлова») and a man's nominative surname after them are two people, as
 * {@link isGenitiveBeforeSurname} reads a lone surname (round thirty-three: «Петр Орлова
 * Седов» was given). Where the second starts, if it does.
 */
function surnameAfterGenitiveName(
  tokens: readonly Token[],
  from: number,
  to: number,
): number | undefined {
  if (to - from !== 3) return undefined;
  const first = tokens[from]?.norm ?? '';
  const lemma = firstNameLemma(first);
  if (lemma === undefined || lemma === first) return undefined;
  return isGenitiveBeforeSurname(tokens, from + 1, to) ? to - 1 : undefined;
}

/**
 * «— объяснил Седов Орлову»: a man's nominative surname and a surname in another case after it
 * are the subject and the verb's object, not one name (round thirty-three: «Седов Орлову» was
 * given).
 */
function isNominativeBeforeOblique(tokens: readonly Token[], cut: number, to: number): boolean {
  return (
    to - cut === 2 &&
    nominativeSurname.test(tokens[cut]?.norm ?? '') &&
    genitiveSurname.test(tokens[cut + 1]?.norm ?? '')
  );
}

/** Where a second person's first name starts inside a stretch, if it does. */
function secondFirstName(tokens: readonly Token[], from: number, to: number): number | undefined {
  let first = -1;
  for (let index = from; index < to; index += 1) {
    const token = tokens[index];
    if (token === undefined || firstNameLemma(token.norm) === undefined) continue;
    if (first < 0) first = index;
    else if (index - first >= 2 && index + 1 < to && !patronymic.test(token.norm)) return index;
  }
  return undefined;
}

const patronymic = /(?:вич|вна|ична|ич)$/;

/**
 * "сказал Роман Коноплев Русской службе «Голоса Америки»": a capitalised adjective after a
 * first name and surname qualifies the lowercase noun after it (the addressee), it is not a
 * third part of the name; a patronymic between keeps "Фёдор Михайлович Достоевский" whole.
 */
function qualifiesNextNoun(tokens: readonly Token[], firstName: number, to: number): boolean {
  if (to - firstName !== 3) return false;
  const middle = tokens[firstName + 1];
  const last = tokens[to - 1];
  const next = tokens[to];
  if (middle === undefined || last === undefined || next === undefined) return false;
  if (patronymic.test(middle.norm) || !russianAdjective.test(last.norm)) return false;
  return (
    next.isWord &&
    !next.isCapitalized &&
    !isFunctionWord(next.norm) &&
    findSpeechVerbByNorm(next.norm) === undefined
  );
}

const locativePrepositions = new Set(['в', 'во', 'на', 'из', 'под', 'до']);

/**
 * "в Ново-Огарево", "из Донецка": without a first name, a capitalised word after a locative
 * preposition, or one hyphenated between capitals, is a place, never a speaker.
 */
function isRussianPlace(tokens: readonly Token[], from: number, cut: number, to: number): boolean {
  if (locativePrepositions.has(tokens[from - 1]?.norm ?? '')) return true;
  return to - cut === 1 && hyphenatedPlace.test(tokens[cut]?.text ?? '');
}

/** Russian particles that follow a subject ("Вертинский же"). */
const russianParticles = new Set(['же', 'ли', 'бы', 'ведь', 'тоже', 'также', 'уже', 'еще']);

/**
 * A lone capitalised word that qualifies a noun rather than names a person: "Senior
 * researcher", "American academic", "Большого театра", "Президент России".
 */
function isSingleWordModifier(
  tokens: readonly Token[],
  index: number,
  language: 'ru' | 'en',
): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (token === undefined) return false;
  if (next !== undefined && next.isWord && !next.isCapitalized) {
    if (isRoleWord(next.text) || next.norm === 'academic') return true;
    // "Вертинский же говорил", "Вертинский говорил": a particle or a verb is no noun to qualify.
    // "Дитрих из штаб-квартиры": "из" places a person; an adjective has no such phrase after
    // it ("Ведущий на радиостанции" still qualifies the noun it stands for, round eighteen).
    const qualifiesNext =
      !russianParticles.has(next.norm) &&
      next.norm !== 'из' &&
      findSpeechVerbByNorm(next.norm) === undefined &&
      !/(?:ла|ли|лся|лась|лись)$/.test(next.norm);
    if (language === 'ru' && russianAdjective.test(token.norm) && qualifiesNext) return true;
    // "Professor Eastman says": a word in -an before a speech verb is a surname, not
    // "American" before the noun it qualifies (round nineteen).
    if (
      language === 'en' &&
      /(?:an|ese|ish)$/.test(token.norm) &&
      findSpeechVerbByNorm(next.norm) === undefined
    )
      return true;
  }
  const previous = tokens[index - 1];
  return (
    language === 'ru' &&
    previous !== undefined &&
    isRoleWord(previous.text) &&
    genitivePlace.test(token.norm)
  );
}

/**
 * "the young North Korean leader said": capitalised words ending in an adjective of a place,
 * before a lower-case role, say where the holder is from; they are no name (round twenty-three).
 */
function isPlaceAdjectiveBeforeRole(tokens: readonly Token[], to: number): boolean {
  const last = tokens[to - 1];
  const next = tokens[to];
  return (
    last !== undefined &&
    next !== undefined &&
    next.isWord &&
    !next.isCapitalized &&
    /(?:an|ese|ish)$/.test(last.norm) &&
    isRoleWord(next.text)
  );
}

/** Adjacent organisation pieces ("Business NZ") read as one organisation. */
function mergeOrganisations(runs: NameRun[]): NameRun[] {
  const merged: NameRun[] = [];
  for (const run of runs) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && !previous.isPerson && !run.isPerson && previous.to === run.from) {
      previous.to = run.to;
    } else {
      merged.push({ ...run });
    }
  }
  return merged;
}
