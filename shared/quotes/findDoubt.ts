import { isPerceptionVerb } from './isPerceptionVerb';
import type { Attribution } from './attribution';
import type { TextIndex } from './buildTextIndex';
import { firstNameLemma } from './firstNames';
import { functionWords } from './functionWords';
import { isObliqueAfterPersonNoun } from './isObliqueAfterPersonNoun';
import { isRelationsGenitive } from './isRelationsGenitive';
import { normalizeWord } from './normalizeWord';
import { isRoleWord } from './roleWords';
import type { ResolvedSpeaker } from './resolveSpeaker';

/** English past forms that do not end in -ed ("said", "told"). */
const irregularPasts = new Set(
  'said told wrote spoke thought felt put gave saw made knew took meant held found ran'.split(' '),
);

/**
 * "прямая линия с Владимиром Путиным:", "with Boswell stating:", "shared by the head of the
 * institute, Mark Jones:": with these the person named may be the one who speaks.
 */
const accompanying = new Set(['с', 'со', 'with', 'by']);

/**
 * Dative, instrumental or prepositional endings of a first name ("Владимиру", "Владимиром",
 * "Марине"); the genitive ("по словам Николая Азарова") is how a speaker is often written.
 */
const addresseeEnding = /(?:у|ю|ом|ем|ой|ей|е)$/u;

/**
 * "телеграмму Раулю Кастро": a first name the list lacks, ending in a consonant and -ю, is a
 * dative or an accusative; no nominative name ends so ("Лю", a Chinese surname, is short).
 */
const foreignDative = /^\p{Ll}{2,}[бвгджзклмнпрстфхцчшщ]ю$/u;
// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
const notWordLetters = /[^\p{L}-]+/u;
const capitalFirst = /^\p{Lu}/u;
const namedCompanion = /(?:^|[\s,])(?:и|с|со)\s+\p{Lu}/u;
const fullNameAhead = /^[^.!?;:«»"“”]*\s\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;
/** The marks that end the clause a name stands in, looking back: «»"“”:;—. */
const clauseStops = new Set([0xab, 0xbb, 0x22, 0x201c, 0x201d, 0x3a, 0x3b, 0x2014]);

/**
 * Where the clause at the end of `window` starts: after its last quotation mark, colon,
 * semicolon or dash, as `window.search(/[^«»"“”:;—]*$/u)` finds it, without that pattern's
 * retry at every position.
 */
function clauseStart(window: string): number {
  for (let at = window.length - 1; at >= 0; at -= 1) {
    if (clauseStops.has(window.charCodeAt(at))) return at + 1;
  }
  return 0;
}

/** "с", "with": whom the words were said with, at a cue that stands apart from the name. */
function isCompanionWord(word: string): boolean {
  const norm = normalizeWord(word);
  return norm === 'с' || norm === 'со' || norm === 'with';
}

const loneWord = /^\s+(\p{Ll}[\p{Ll}-]*)\s+$/u;

/** Whether `between` is one lowercase role noun («актриса»). */
function isLoneRoleBetween(between: string): boolean {
  const word = loneWord.exec(between)?.[1];
  return word !== undefined && isRoleWord(word);
}

/** A Russian plural noun in the dative ("журналистам"): whom the words were said to. */
function isDativePlural(word: string): boolean {
  const norm = normalizeWord(word);
  return (
    /^[а-яё]{4,}(?:ам|ям)$/u.test(word) && norm !== 'словам' && !functionWords.pronouns.has(norm)
  );
}

/** "в заявлении Ватикана говорится, что …": a document names its author, whatever verb follows. */
const documentNoun =
  /^(?:заявлени|сообщени|обращени|письм|документ|коммюнике|доклад|отч[её]т|резолюци)/u;

/** English prepositions that are subordinating conjunctions too. */
const conjunctionsAlso = new Set(['after', 'before', 'since', 'until', 'as']);

/** How many of the last `words` are a capitalised title ("Senator", "Mayor"): where it starts. */
function titleStart(words: readonly string[], language: 'ru' | 'en'): number {
  let at = words.length;
  while (at > 1 && capitalFirst.test(words[at - 1] ?? '') && isRoleWord(words[at - 1] ?? ''))
    at -= 1;
  if (at < words.length) return at;
  // "The daughter of the late senator Tom Reed said": a lower-case title, with the article
  // and the words dating it, does so as well.
  if (language !== 'en') return at;
  while (at > 1 && !capitalFirst.test(words[at - 1] ?? '') && isRoleWord(words[at - 1] ?? ''))
    at -= 1;
  if (at === words.length) return at;
  while (at > 1 && titleModifiers.has(normalizeWord(words[at - 1] ?? ''))) at -= 1;
  return at;
}

const amongThem = /^\s+among\s+(?:them|those)\b/i;

const titleModifiers = new Set(['the', 'late', 'former', 'then', 'acting', 'current']);

/**
 * "The office of the mayor, Ann Lowe, said", "A spokesman for the governor, Tom Reed, said":
 * a name set off by commas right after a person's title that follows "of", "for" or "to" is
 * that title's holder, not the one who speaks (session 25: the name was given at 0.95); after
 * a place or a body ("the director of the museum, Ann Lowe,") it names the speaker.
 */
const holderOfTitle = /\b(?:of|for|to)\s+(?:the|a|an)\s+([\p{L}-]+),\s*$/u;

function isTitleHolderApart(before: string, after: string): boolean {
  const title = holderOfTitle.exec(before)?.[1];
  return title !== undefined && after.startsWith(',') && isRoleWord(title);
}

const lastWord = /[\p{L}-]+[^\p{L}-]*$/u;

/** `text` without its last `count` words, and what stands after them. */
function withoutLastWords(text: string, count: number): string {
  let rest = text;
  for (let left = count; left > 0; left -= 1) rest = rest.replace(lastWord, '');
  return rest;
}

/**
 * "Residents like Tom Reed said", "Others, unlike Ann Lowe, said", "Protesters including Tom
 * Reed shouted", "Residents, among them Tom Reed, said": the name is one example of the group that speaks, not the speaker (session 25:
 * the name was given at 0.95). "like" is no preposition in the shared list, being a verb too.
 */
function isExampleOfGroup(words: readonly string[], at: number): boolean {
  const word = normalizeWord(words[at - 1] ?? '');
  if (word === 'like' || word === 'unlike' || word === 'including') return at > 1;
  return word === 'them' && normalizeWord(words[at - 2] ?? '') === 'among';
}

/** How many characters before a name are read for the clause it sits in. */
const clauseWindow = 60;

/**
 * Why a speaker read from the words at a cue may be someone the sentence only mentions, or ''
 * when nothing speaks against it. Each reason is a cue class that named the wrong person on
 * text the rules had never seen (round nine, issue 14), so the speaker is left for the
 * checker rather than guessed:
 * - 'object-of-preposition': the name follows a preposition ("на Кубу", "the owner of Trace
 *   Canada, Len Beagley,"), so it is an object, not the subject ("by", a passive's agent,
 *   and "с"/"with" may introduce the speaker, so they do not count);
 * - 'bare-verb': an English verb in its bare form right after a singular name ("… by
 *   cartoonist Mike Peters call into question") does not agree with it, so its subject is
 *   someone else;
 * - 'oblique-first-name': a Russian first name in the dative, instrumental or prepositional
 *   ("письмо … Владимиру Путину он не посылал") names an addressee or an object;
 * - 'subordinate-clause': the name stands inside a clause opened by "что"/"that" and the cue
 *   is a verb joined by "и"/"and" ("выразил уверенность, что кандидатура Керри будет
 *   утверждена … и отметил"), whose subject is the main clause's;
 * - 'companion': the name follows a plural dative ("журналистам ИА Красная Весна
 *   сообщили"), or "с"/"with" at a weak cue: whom the words were said to or with (round ten);
 * - 'plural-verb': a Russian plural verb after one person's name, who cannot be its subject
 *   (round eleven);
 * - 'relation-genitive': a name in the genitive after a noun of relation or service
 *   («Менеджер Мии Фэрроу сказал», «Отец Ивана Агафонова … заявив», «подруга супруги
 *   Джигарханяна Виталины …»): the name is whose manager, father or friend spoke, and the
 *   speaker is unnamed (round twelve); «по словам Николая Азарова» keeps its genitive; so
 *   does a surname the article writes in another case after a person noun in the nominative
 *   («— сказал адвокат Седова», round thirty-three);
 * - 'role-of-organisation': a single word never named as a person right after a title
 *   ("президент Фонда прав человека … Тор Халворссен") is what the title is of.
 */
export function findDoubt(
  text: string,
  index: TextIndex,
  attribution: Attribution | undefined,
  resolved: ResolvedSpeaker,
  isPromotedWord: boolean,
  language: 'ru' | 'en',
): string {
  const reference = attribution?.reference;
  if (attribution === undefined || reference === undefined || reference.name === '') return '';
  if (resolved.basis !== 'name' && resolved.basis !== 'organisation') return '';
  // "AFP spoke to Terence Fan, …, who said": the relative pronoun makes the object its subject.
  if (reference.isRelativeAntecedent === true) return '';
  // The phrase starts at `offset` ("the owner of Trace Canada"); the name may stand inside it.
  const found = text.indexOf(reference.name, reference.offset);
  const nameOffset =
    found >= 0 && found - reference.offset < clauseWindow ? found : reference.offset;
  const window = text.slice(
    Math.max(index.sentenceStart(nameOffset), nameOffset - clauseWindow),
    nameOffset,
  );
  // Only the clause the name stands in: not the quotation before it nor a colon's label.
  const before = window.slice(clauseStart(window));
  const words = before.split(notWordLetters).filter(Boolean);
  // "An aide to Senator Tom Reed said", "The office of Mayor Ann Lowe said": a title written
  // right before the name is part of it, so the word before the title is what the name
  // follows (session 25: Tom Reed and Ann Lowe were given at 0.95).
  const titled = titleStart(words, language);
  const beforeName =
    titled < words.length ? withoutLastWords(before, words.length - titled) : before;
  const previous = normalizeWord(words[titled - 1] ?? '');
  const cueAt = attribution.cueOffset;
  const isCuePart = cueAt <= nameOffset && nameOffset - cueAt <= attribution.cue.length + 1;
  const cited = /^(?:attributed|according|credited|quoted)$/.test(
    normalizeWord(words[titled - 2] ?? ''),
  );
  // "after Brown called for "…"": a conjunction's clause whose subject the name is, the cue
  // its verb right after it (round twenty-seven).
  const opensClause =
    conjunctionsAlso.has(previous) &&
    /^\s*$/.test(text.slice(nameOffset + reference.name.length, cueAt)) &&
    !/ing$/i.test(attribution.cue);
  if (
    (functionWords.prepositions.has(previous) || isExampleOfGroup(words, titled)) &&
    !opensClause &&
    !accompanying.has(previous) &&
    !cited &&
    !isCuePart &&
    !/[,—–-]\s*$/u.test(beforeName) &&
    !capitalFirst.test(words[titled - 1] ?? '')
  )
    return 'object-of-preposition';
  // "Several residents, Tom Reed among them, said": one of the group that speaks.
  if (
    language === 'en' &&
    nameOffset < cueAt &&
    amongThem.test(text.slice(nameOffset + reference.name.length, cueAt))
  )
    return 'object-of-preposition';
  if (
    language === 'en' &&
    !isCuePart &&
    isTitleHolderApart(
      before,
      text.slice(nameOffset + reference.name.length, nameOffset + reference.name.length + 2),
    )
  )
    return 'object-of-preposition';
  // Only a role before the name: "Tom Reed, Undersecretary of State for Defence, noted" ends
  // the appositive role read after the name with "of" and names its holder (round thirty-two).
  if (/\bof$/i.test(reference.role.trim()) && nameOffset > reference.offset)
    return 'object-of-preposition';
  // "В беседе с кинокритиком Джином Сискелом актриса говорила", "In a conversation with
  // Bolivian leader Eva Morales, Chavez said", "журналистам ИА Красная Весна сообщили": a
  // weak cue stands apart from the name, and a name someone talks with or to is who heard
  // the words, not who said them.
  const sinceComma = before
    .slice(before.lastIndexOf(',') + 1)
    .split(notWordLetters)
    .slice(-4);
  if (
    !attribution.hasColon &&
    !isCuePart &&
    (sinceComma.some(isDativePlural) ||
      (attribution.strength === 'weak' && sinceComma.some(isCompanionWord)))
  )
    return 'companion';
  const nameEnd = nameOffset + reference.name.length;
  // «В беседе с Джином Сискелом актриса сказала»: a role noun alone between the name and its
  // verb is the verb's subject, so the name is only whom the words were said to or with.
  if (
    language === 'ru' &&
    nameEnd <= cueAt &&
    sinceComma.some(isCompanionWord) &&
    isLoneRoleBetween(text.slice(nameEnd, cueAt))
  )
    return 'companion';
  // "…, что Быков попал в больницу, однако … сейчас говорят о «…»": a plural verb has no
  // one person for its subject; with none written it means unnamed people (round eleven).
  // "Иванов и Петров заявили" names two, the first of whom is read; "в заявлении Ватикана
  // … признали" names the document's author.
  if (
    language === 'ru' &&
    !reference.isOrganisation &&
    !resolved.isOrganisation &&
    attribution.verbGender === 'plural' &&
    nameEnd <= cueAt &&
    !namedCompanion.test(text.slice(nameEnd, cueAt)) &&
    !documentNoun.test(previous)
  )
    return 'plural-verb';
  if (language === 'en' && nameEnd <= cueAt && /^\s+$/.test(text.slice(nameEnd, cueAt))) {
    const verb = normalizeWord(attribution.cue.split(/\s+/)[0] ?? '');
    if (!/(?:s|ed|ing)$/.test(verb) && !irregularPasts.has(verb) && !isPerceptionVerb(previous))
      return 'bare-verb';
  }
  if (language === 'ru' && !reference.isOrganisation) {
    const first = normalizeWord(reference.name.split(/\s+/)[0] ?? '');
    const lemma = firstNameLemma(first);
    const isCite = attribution.cue !== '' && /цитир|quot/i.test(attribution.cue);
    if (
      /\s/.test(reference.name) &&
      ((lemma !== undefined && lemma !== first && addresseeEnding.test(first)) ||
        foreignDative.test(first)) &&
      !isCite &&
      !accompanying.has(previous)
    )
      return 'oblique-first-name';
  }
  if (
    language === 'ru' &&
    !reference.isOrganisation &&
    !resolved.isOrganisation &&
    !/^по\s/iu.test(attribution.cue) &&
    (isRelationsGenitive(reference.name, previous) ||
      isObliqueAfterPersonNoun(previous, reference.name, resolved.speaker))
  )
    return 'relation-genitive';
  if (nameOffset < cueAt && /(?:^|\s)(?:и|and)\s+$/iu.test(text.slice(cueAt - 5, cueAt))) {
    const between = words.slice(-4).map(normalizeWord);
    if (between.some((word) => functionWords.complementizers.has(word)))
      return 'subordinate-clause';
  }
  // "президент Фонда прав человека … Тор Халворссен": the holder's full name follows.
  if (
    isPromotedWord &&
    reference.role !== '' &&
    !/\s/.test(resolved.speaker) &&
    fullNameAhead.test(
      text.slice(nameOffset + reference.name.length, nameOffset + reference.name.length + 120),
    )
  )
    return 'role-of-organisation';
  return '';
}
