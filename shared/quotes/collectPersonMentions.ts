import { functionWords } from './functionWords';
import { shortestLookedUp } from './isWrittenLowercase';
import { normalizeWord } from './normalizeWord';
import type { TextIndex } from './buildTextIndex';
import { createPersonRegistry, type PersonRegistry } from './createPersonRegistry';
import { findNameRuns, type NameRun } from './findNameRuns';
import type { QuotedSpan } from './findQuotedSpans';
import { describeNameRun } from './parseSpeakerPhrase';
import { isRoleWord, roleGender } from './roleWords';
import { findSpeechVerbByNorm, matchMultiwordCue } from './speechVerbs';
import { tokenizeText, type Token } from './tokenizeText';

/**
 * Finds the people an article names, in text order, for resolving pronouns and roles.
 * A capitalised run counts as a person only with evidence: a known first name, a role
 * ("министр транспорта Иван Петров", "Наталья Сергунина, заместитель Мэра Москвы"), a speech
 * verb beside it, or an earlier mention of the same person. Quoted spans are skipped: names
 * inside a quotation are not antecedents for the narrator's pronouns.
 */
const indefiniteArticles = new Set(['a', 'an']);

export function collectPersonMentions(
  text: string,
  spans: readonly QuotedSpan[],
  index: TextIndex,
  language: 'ru' | 'en',
): PersonRegistry {
  // Every line is tokenised first: whether a word is also written in lower case anywhere in
  // the article decides whether a capitalised one opening a sentence may be a name.
  const lines: Token[][] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    lines.push(tokenizeText(text, lineStart, lineEnd));
    lineStart = lineEnd + 1;
  }
  // Made when first asked (a third of articles never ask), of the words long enough to be
  // looked up: most words of an article are short function words.
  const lowercaseWords = (): ReadonlySet<string> => {
    const words = new Set<string>();
    for (const tokens of lines) {
      for (const token of tokens) {
        if (token.isWord && !token.isCapitalized && token.norm.length >= shortestLookedUp)
          words.add(token.norm);
      }
    }
    return words;
  };
  const registry = createPersonRegistry(lowercaseWords, language);
  let spanIndex = 0;
  const narrated = lines.map((line) =>
    line.filter((token) => {
      while (spanIndex < spans.length && (spans[spanIndex]?.close ?? 0) < token.start) {
        spanIndex += 1;
      }
      const span = spans[spanIndex];
      return span === undefined || token.start < span.start || token.start >= span.end;
    }),
  );
  // How often the narrator (not a quotation) writes each capitalised word, and which it writes
  // right before a verb of saying ("Colville said").
  const capitalisedCounts = new Map<string, number>();
  const speakingWords = new Set<string>();
  for (const tokens of narrated) {
    for (let at = 0; at < tokens.length; at += 1) {
      const token = tokens[at];
      if (token === undefined || !token.isCapitalized) continue;
      capitalisedCounts.set(token.norm, (capitalisedCounts.get(token.norm) ?? 0) + 1);
      if (speakingAfter.has(tokens[at + 1]?.norm ?? '')) speakingWords.add(token.norm);
    }
  }
  const neighbours = createNeighbours(narrated);
  for (const tokens of narrated)
    collectLine(tokens, language, registry, index, capitalisedCounts, neighbours, speakingWords);
  return registry;
}

function collectLine(
  tokens: Token[],
  language: 'ru' | 'en',
  registry: PersonRegistry,
  index: TextIndex,
  capitalisedCounts: ReadonlyMap<string, number>,
  neighbours: Neighbours,
  speakingWords: ReadonlySet<string>,
): void {
  const { mentions } = registry;
  // The sentence whose people named so far all stand in its opening adverbial ("Like
  // President Bush, Israeli Prime Minister Ehud Olmert kept …"): its subject is still to come.
  let openingOnly = -1;
  for (const found of findNameRuns(tokens, language)) {
    if (!found.isPerson || found.to <= found.from) continue;
    const run =
      language === 'ru' && isPlaceBeforeName(tokens, found, neighbours)
        ? { ...found, from: found.from + 1 }
        : found;
    const description = describeNameRun(tokens, run, language);
    const verbGender = adjacentVerbGender(tokens, run.from, run.to);
    const isKnown = registry.find(description.name) !== undefined;
    // A lone surname needs its role right beside it: "министр Петров", not "Commissioner for
    // Refugees".
    const isSingle = run.to - run.from === 1;
    // "a Tyler, Texas minister": one capitalised word after an indefinite article is a place or
    // a brand the noun after it is of, never a person (issue 14: "Tyler" became the minister).
    if (language === 'en' && isSingle && indefiniteArticles.has(tokens[run.from - 1]?.norm ?? ''))
      continue;
    // "поддержал врачей Уханя": a lone word after a role in the plural is what the group is of
    // (a place), never one person's surname (round fourteen).
    const roleBeside = tokens[run.from - 1]?.text ?? '';
    const hasRole =
      description.role !== '' &&
      !isTitleOfBeforeHolder(tokens, run, description.role, language) &&
      (!isSingle ||
        (isRoleWord(roleBeside) && !pluralNoun.test(normalizeWord(roleBeside))) ||
        tokens[run.to]?.text === ',');
    // A lone capitalised word beside a verb is as often a country or a company ("Израиль
    // считает"); only a Russian past tense that agrees like a person's ("заявил") counts.
    // "санкций против России, сказал политолог": after a preposition it is no subject.
    const isGoverned = functionWords.prepositions.has(tokens[run.from - 1]?.norm ?? '');
    const hasVerb =
      verbGender !== undefined &&
      (!isSingle || ((verbGender === 'm' || verbGender === 'f') && !isGoverned));
    const hasEvidence =
      run.hasFirstName ||
      hasAgeAfter(tokens, run) ||
      hasRole ||
      hasVerb ||
      isKnown ||
      (language === 'ru' && isRepeatedSurname(tokens, run, capitalisedCounts)) ||
      (language === 'en' && isSurnameThatSpeaks(tokens, run, speakingWords));
    // Checked last: most capitalised words opening a sentence have no evidence anyway.
    if (!hasEvidence || isCommonWordOpening(tokens, run, registry, index)) continue;
    const offset = tokens[run.from]?.start ?? 0;
    const sentenceStart = index.sentenceStart(offset);
    const previous = mentions[mentions.length - 1];
    const isFirst =
      previous === undefined || previous.offset < sentenceStart || openingOnly === sentenceStart;
    // Only the first people of a sentence can stand in its opening phrase.
    const isOpening = isFirst && isInOpeningAdverbial(tokens, run, sentenceStart);
    openingOnly = isOpening ? sentenceStart : -1;
    registry.add({
      name: description.name,
      role: description.role,
      gender:
        description.gender ||
        roleGender(description.role) ||
        (language === 'en' ? appositionGender(tokens, run) : '') ||
        (verbGender === 'm' || verbGender === 'f' ? verbGender : ''),
      offset,
      sentenceStart,
      isSubject: verbGender !== undefined,
      // "панихиду по Егору Свиридову возглавил …": a name after a preposition is no subject.
      // "принести извинения Путину": a surname in the dative or instrumental is no subject,
      // whichever person its sentence names first (round fourteen).
      isSentenceSubject:
        isFirst &&
        !isOpening &&
        (description.role !== '' ||
          !functionWords.prepositions.has(tokens[run.from - 1]?.norm ?? '')) &&
        !(language === 'ru' && obliqueSurname.test(normalizeWord(description.name))),
    });
  }
}

/**
 * "Vice President of Taxpayers for Common Sense, Steve Ellis,": the words after a title ending
 * in a preposition, set off by a comma before a name, are what the title is of or for (an
 * organisation); the name after the comma is its holder (round thirty-two). Without a name
 * after it ("the Chief Executive of Orbix, thanked") the body still stands for whoever holds
 * the title.
 */
function isTitleOfBeforeHolder(
  tokens: readonly Token[],
  run: NameRun,
  role: string,
  language: 'ru' | 'en',
): boolean {
  if (language !== 'en' || !functionWords.prepositions.has(tokens[run.from - 1]?.norm ?? ''))
    return false;
  return (
    role.endsWith(` ${tokens[run.from - 1]?.text ?? ''}`) &&
    tokens[run.to]?.text === ',' &&
    tokens[run.to + 1]?.isCapitalized === true
  );
}

/**
 * "Kim Darrow, a spokeswoman for the army, said": a gendered noun heading the apposition after
 * a name ("a spokeswoman", "the former chairman", "the mother of") tells the person's gender,
 * as the same noun before the name does (round thirty-three).
 */
function appositionGender(tokens: readonly Token[], run: NameRun): 'm' | 'f' | '' {
  return roleGender(appositionRole(tokens, run)) ?? '';
}

/**
 * The role noun heading an apposition after a name, within its first words after the comma and
 * an article ("Tom Reed, a social activist who", "Kim Darrow, the former chairwoman of"), or ''.
 */
function appositionRole(tokens: readonly Token[], run: NameRun): string {
  if (tokens[run.to]?.text !== ',') return '';
  let at = run.to + 1;
  if (appositionArticles.has(tokens[at]?.norm ?? '')) at += 1;
  for (const end = at + 3; at < end; at += 1) {
    const token = tokens[at];
    if (token === undefined || !token.isWord || token.isCapitalized) return '';
    if (isRoleWord(token.norm) || roleGender(token.norm) !== undefined) return token.norm;
    if (functionWords.prepositions.has(token.norm)) return '';
  }
  return '';
}

const appositionArticles = new Set(['a', 'an', 'the']);

/**
 * "Syakrani, 24, says he survived": an age set off by commas after a name is a person's; a
 * place or a company is not given one (round nineteen).
 */
function hasAgeAfter(tokens: readonly Token[], run: NameRun): boolean {
  return (
    tokens[run.to]?.text === ',' &&
    /^\d{1,3}$/.test(tokens[run.to + 1]?.text ?? '') &&
    tokens[run.to + 2]?.text === ','
  );
}

const openingPrepositions = new Set([...functionWords.prepositions, 'like', 'unlike', 'following']);

/**
 * "Like President Bush, Israeli Prime Minister Ehud Olmert kept his comments broad": a name in
 * a phrase that opens its sentence with a preposition and closes with a comma is what the
 * sentence compares or places its subject by, not the subject (round nineteen).
 */
function isInOpeningAdverbial(
  tokens: readonly Token[],
  run: NameRun,
  sentenceStart: number,
): boolean {
  let opening = run.from - 1;
  while (opening >= 0 && (tokens[opening]?.start ?? 0) >= sentenceStart) opening -= 1;
  const head = tokens[opening + 1];
  if (head === undefined || !openingPrepositions.has(head.norm)) return false;
  // «По словам самого Александра Лукашенко,», "According to Smith,": whose words the sentence
  // reports, which makes him its subject as much as a verb would.
  const words = tokens.slice(opening + 1, run.from + 1).map((token) => token.norm);
  if (matchMultiwordCue(words, 0) > 0) return false;
  for (let at = opening + 2; at < run.from; at += 1) {
    const text = tokens[at]?.text ?? '';
    if (text === ',' || findSpeechVerbByNorm(tokens[at]?.norm ?? '') !== undefined) return false;
  }
  return tokens[run.to]?.text === ',';
}

/** Who stands next to each capitalised word the narrator writes, asked only for a few runs. */
interface Neighbours {
  /** The words (stems) written right after / right before `word` anywhere in the article. */
  after(word: string): ReadonlySet<string>;
  before(word: string): ReadonlySet<string>;
}

function createNeighbours(lines: readonly (readonly Token[])[]): Neighbours {
  let afterWords: Map<string, Set<string>> | undefined;
  let beforeWords: Map<string, Set<string>> | undefined;
  const build = (): void => {
    afterWords = new Map();
    beforeWords = new Map();
    for (const tokens of lines) {
      for (let position = 0; position < tokens.length; position += 1) {
        const token = tokens[position];
        if (token === undefined || !token.isCapitalized) continue;
        const key = stemOf(token.norm);
        const next = stemOf(tokens[position + 1]?.norm ?? '');
        const previous = stemOf(tokens[position - 1]?.norm ?? '');
        afterWords.set(key, (afterWords.get(key) ?? new Set()).add(next));
        beforeWords.set(key, (beforeWords.get(key) ?? new Set()).add(previous));
      }
    }
  };
  const none: ReadonlySet<string> = new Set();
  return {
    after(word) {
      if (afterWords === undefined) build();
      return afterWords?.get(stemOf(word)) ?? none;
    },
    before(word) {
      if (beforeWords === undefined) build();
      return beforeWords?.get(stemOf(word)) ?? none;
    },
  };
}

/**
 * «Король Эсватини Мсвати III», «Король Свазиленда Мсвати»: after a title, a first word that is
 * no known first name, which the article also writes with something else after it («Королевство
 * Эсватини (…)»), before a surname it also writes with something else before it («Король
 * Мсвати»), is what the title is of — a country, a city — and not part of the name (round
 * fourteen). A real first name written so would only be dropped from one mention.
 */
function isPlaceBeforeName(
  tokens: readonly Token[],
  run: NameRun,
  neighbours: Neighbours,
): boolean {
  if (run.hasFirstName || run.to - run.from < 2) return false;
  const title = tokens[run.from - 1];
  const place = tokens[run.from];
  const surname = tokens[run.from + 1];
  if (title === undefined || place === undefined || surname === undefined) return false;
  if (!isRoleWord(title.text)) return false;
  const surnameStem = stemOf(surname.norm);
  const placeStem = stemOf(place.norm);
  // With three words or more a name is left after the place whatever the next word is.
  return (
    [...neighbours.after(place.norm)].some((word) => word !== surnameStem) &&
    (run.to - run.from > 2 ||
      [...neighbours.before(surname.norm)].some((word) => word !== placeStem))
  );
}

/** A word less a Russian case ending, so that «Свазиленда» and «Свазиленд» are one word here. */
function stemOf(word: string): string {
  return word.replace(/(?:ой|ей|ом|ем|ами|ями|[аяуюеиыо])$/u, '');
}

/** A Russian surname in the dative or the instrumental ("Путину", "Ивановым", "Высоцкому"). */
const obliqueSurname = /(?:(?:ов|ев|ин|ын)(?:у|ым)|(?:ск|цк)(?:ому|им))$/;

/** Russian plural case endings of a noun ("врачей", "врачам", "медиками", "судьях"). */
const pluralNoun = /(?:[^и]ов|[^и]ев|[чшщжл]ей|[^и]ам|ям|ами|ями|ах|ях)$/;

const russianAdjectiveEnding = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их)$/;
const cyrillicWord = /^[а-яе-]+$/;

/**
 * «Энди Маррей стал победителем … Ранее Маррей …»: a Russian first name the list lacks, then a
 * surname the article writes again on its own, is a person (news names someone in full once,
 * then by surname). A first word shaped like an adjective is a place or an organisation
 * («Южная Корея … Корея»), so it does not count.
 */
function isRepeatedSurname(
  tokens: readonly Token[],
  run: NameRun,
  capitalisedCounts: ReadonlyMap<string, number>,
): boolean {
  if (run.to - run.from !== 2 || run.stretchFrom !== run.from) return false;
  const first = tokens[run.from];
  const last = tokens[run.from + 1];
  if (first === undefined || last === undefined) return false;
  if (!cyrillicWord.test(first.norm) || !cyrillicWord.test(last.norm)) return false;
  if (russianAdjectiveEnding.test(first.norm)) return false;
  return (capitalisedCounts.get(last.norm) ?? 0) >= 2;
}

/** Verbs a surname alone before them shows is a person's: "Colville said". */
const speakingAfter: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added']);

/**
 * "…," said spokesperson for the UN, Rupert Colville. … Colville said that …": two capitalised
 * words, the second of which the article also writes alone right before "said", "says",
 * "told" or "added" (`speakingWords`), are a person's name with a first name the list lacks
 * (round thirty-two).
 */
function isSurnameThatSpeaks(
  tokens: readonly Token[],
  run: NameRun,
  speakingWords: ReadonlySet<string>,
): boolean {
  if (run.to - run.from !== 2 || run.stretchFrom !== run.from) return false;
  return speakingWords.has(tokens[run.from + 1]?.norm ?? '');
}

/**
 * "Оппозиционер предложил …": a run without a first name whose first word opens the
 * sentence and is written in lower case elsewhere in the article is a common word.
 */
function isCommonWordOpening(
  tokens: readonly Token[],
  run: NameRun,
  registry: PersonRegistry,
  index: TextIndex,
): boolean {
  if (run.hasFirstName || run.from !== run.stretchFrom) return false;
  const first = tokens[run.from];
  if (first === undefined) return false;
  const sentenceStart = index.sentenceStart(first.start);
  for (let position = run.from - 1; position >= 0; position -= 1) {
    const token = tokens[position];
    if (token === undefined || token.start < sentenceStart) break;
    if (token.isWord) return false;
  }
  return registry.isCommonWord(first.text);
}

const sentenceEnds = new Set(['.', '!', '?', '…']);

/** Gender of a speech verb right before or after the name (past an appositive), if any. */
function adjacentVerbGender(
  tokens: readonly Token[],
  from: number,
  to: number,
): 'm' | 'f' | 'plural' | '' | undefined {
  const previous = findSpeechVerbByNorm(tokens[from - 1]?.norm ?? '');
  if (previous !== undefined && !previous.isNonFinite) return previous.gender;
  let index = to;
  index = afterApposition(tokens, index);
  // "Survivor Baba, 37, a refugee, said": an age, then the apposition proper (round twenty).
  if (index === to + 3 && /^\d{1,3}$/.test(tokens[to + 1]?.text ?? ''))
    index = afterApposition(tokens, index - 1);
  // "Wilkins also said", «Петров также отметил»: an adverb of time or addition between the
  // subject and its verb.
  if (verbAdverbs.has(tokens[index]?.norm ?? '')) index += 1;
  const next = findSpeechVerbByNorm(tokens[index]?.norm ?? '');
  if (next !== undefined && !next.isNonFinite && !next.isCite) return next.gender;
  return undefined;
}

/** Where the words after an apposition set off by commas at `index` resume; else `index`. */
function afterApposition(tokens: readonly Token[], index: number): number {
  if (tokens[index]?.text !== ',') return index;
  // Skip an appositive: "Калоев, потерявший семью, заявил".
  for (let position = index + 1; position < tokens.length && position - index < 20; position += 1) {
    // "изменил Китай, став «…». Марксизм вывел Китай на путь «…», заявил глава": an
    // apposition ends with its sentence; a comma in the next one is not its close.
    if (sentenceEnds.has(tokens[position]?.text ?? '')) return index;
    if (tokens[position]?.text === ',') return position + 1;
  }
  return index;
}

const verbAdverbs = new Set(
  (
    'также тоже еще затем потом позже позднее ранее вновь снова вчера сегодня накануне тогда ' +
    'also later then again further earlier previously today yesterday'
  ).split(' '),
);
