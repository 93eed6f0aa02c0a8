import type { Attribution } from './attribution';
import { findTitleCue } from './titleCues';
import type { Token } from './tokenizeText';

/** What is known about a quoted span when deciding whether it is a quotation. */
export interface QuotedSpanEvidence {
  /** The text inside the marks. */
  inner: string;
  /** Tokens just before the opening mark, on the same line. */
  tokensBefore: readonly Token[];
  after: Attribution | undefined;
  before: Attribution | undefined;
  /** The opening mark starts its paragraph. */
  opensLine: boolean;
  /** An attributed quotation comes earlier in the same paragraph (“…,” said X. “…”). */
  followsQuotation: boolean;
  /** («…») — a gloss or a name in parentheses. */
  isParenthesized: boolean;
  isClosed: boolean;
  /**
   * A lower-case word that is no function word follows the closing mark ("a "Green Mile"
   * project"): the span modifies that noun.
   */
  modifiesNoun?: boolean;
  /**
   * The span opens its sentence and a full stop follows its closing mark (""…"."): a whole
   * sentence quoted with the stop outside the marks, as British usage puts it.
   */
  standsAsSentence?: boolean;
}

const wordPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
// Punctuation counts only before a space or the end: "Лента.ру" is a name, not a sentence.
const sentencePunctuation = /[.!?…](?:\s|$)/u;
const anyPunctuation = /[.!?…,;:](?:\s|$)/u;
// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
const opensLowercase = /^\P{L}*\p{Ll}/u;
const opensCapital = /^\P{L}*\p{Lu}/u;
const capitalFirst = /^\p{Lu}/u;
const namingPairs = new Set(['known as', 'referred to as', 'under the name', 'по прозвищу']);

/**
 * Tells quotations from names and titles in quotation marks («Зарядье», “The Daily Courier”,
 * a project nicknamed "Green Mile"). A title cue right before the mark rules the span out;
 * a speech cue bound to the span rules it in; otherwise short capitalised spans without
 * sentence punctuation are names, and long sentence-like spans are quotations.
 */
export function classifyQuotedSpan(evidence: QuotedSpanEvidence): 'quotation' | 'name' {
  const inner = evidence.inner.trim();
  const words = inner.match(wordPattern) ?? [];
  if (words.length === 0) return 'name';
  // Names and titles are capitalised; "заявила, что проект «выгоден всем»" is a quote.
  const startsLikeName = !opensLowercase.test(inner);
  const titleCue = findTitleCue(
    evidence.tokensBefore[evidence.tokensBefore.length - 1]?.text ?? '',
  );
  if (
    titleCue === 'term' ||
    (startsLikeName && (titleCue === 'name' || isNamed(evidence.tokensBefore)))
  ) {
    return 'name';
  }
  if (evidence.isParenthesized && words.length <= 8) return 'name';
  const isTitleShaped = titleShaped(inner, words);
  const { after, before } = evidence;
  if (after?.strength === 'strong') return 'quotation';
  if (before?.strength === 'strong') {
    // "опубликовали рассказы Вертинского: «Красные бабочки» и «Моя невеста»": a colon with
    // no speech cue and no speaker before it lists titles as readily as it opens a quotation.
    const isBareColon = before.cue === ':' && before.reference === undefined;
    if (isBareColon && isTitleShaped) return 'name';
    if (before.hasColon || !isTitleShaped) return 'quotation';
    return 'name';
  }
  if (before !== undefined)
    return isTitleShaped && !isJudgement(evidence, words) ? 'name' : 'quotation';
  if (isCondemned(evidence, words) || isJudgement(evidence, words)) return 'quotation';
  const isSentence = sentencePunctuation.test(inner);
  // “First part,” said X. “Second part.” — the continuation carries no cue of its own.
  if (evidence.followsQuotation && (isSentence || words.length >= 3)) return 'quotation';
  if (isTitleShaped) return 'name';
  if (words.length >= 5 && (isSentence || evidence.standsAsSentence === true)) return 'quotation';
  const endsLikeSpeech = /[.!?…,]$/u.test(inner) || !evidence.isClosed;
  if (evidence.opensLine && words.length >= 4 && endsLikeSpeech) return 'quotation';
  // "предостережения о том, что «население Франции и Европы» ждёт …", "он «добывал золото у
  // золотодобытчиков»": three lower-case words or more, with no name inside, are someone's
  // words quoted in part; a term or a title is shorter or has a capital (round eleven).
  if (
    !startsLikeName &&
    words.length >= 3 &&
    !evidence.isParenthesized &&
    !words.some((word) => capitalFirst.test(word))
  )
    return 'quotation';
  return words.length >= 12 ? 'quotation' : 'name';
}

/** "known as", "referred to as", "по прозвищу" right before the span. */
function isNamed(tokens: readonly Token[]): boolean {
  const pair = tokens
    .slice(-3)
    .map((token) => token.norm)
    .join(' ');
  return [...namingPairs].some((naming) => pair.endsWith(naming));
}

function titleShaped(inner: string, words: readonly string[]): boolean {
  if (!opensCapital.test(inner) || sentencePunctuation.test(inner)) return false;
  if (words.length <= 4 && !anyPunctuation.test(inner)) return true;
  const long = words.filter((word) => word.length > 3);
  const capitalised = long.filter((word) => capitalFirst.test(word));
  return words.length <= 10 && long.length >= 2 && capitalised.length / long.length >= 0.75;
}

const judgingCues = new Set(
  'call calls called calling describe describes described describing brand brands branded branding label labels labelled labeled labelling labeling'.split(
    ' ',
  ),
);

/**
 * "calling the Prime Minister of Japan, Shinzo Abe, an "Asian Hitler"": after a verb of
 * judging and an indefinite article, a short capitalised span that modifies no noun after it
 * is what the speaker called someone, not a title (round twenty-four).
 */
function isJudgement(evidence: QuotedSpanEvidence, words: readonly string[]): boolean {
  const article = evidence.tokensBefore[evidence.tokensBefore.length - 1]?.norm;
  return (
    (article === 'a' || article === 'an') &&
    words.length <= 3 &&
    evidence.modifiesNoun !== true &&
    (judgingCues.has(evidence.before?.cue ?? '') || isReferredToAs(evidence.tokensBefore))
  );
}

const referringVerbs = new Set(['refer', 'refers', 'referred', 'referring']);

/**
 * "he referred to Robart as a "so-called judge"": someone named between "referred to" and
 * "as a" is who the words are about; "is referred to as "…"" with nothing between names a
 * title and is read by isNamed (round twenty-five).
 */
function isReferredToAs(tokens: readonly Token[]): boolean {
  const norms = tokens.slice(-8).map((token) => token.norm);
  const as = norms.length - 2;
  if (norms[as] !== 'as') return false;
  for (let at = as - 2; at >= 0; at -= 1) {
    if (norms[at + 1] === 'to' && referringVerbs.has(norms[at] ?? '')) return at + 2 < as;
  }
  return false;
}

const condemningVerbs = new Set(
  'condemn condemns condemned condemning denounce denounces denounced denouncing'.split(' '),
);

/**
 * "Patricia Curtis condemned the "hijack" of the parade": a short lower-case span right after
 * a verb of condemning and "the" is the word the person used, not a title (round twenty-five).
 */
function isCondemned(evidence: QuotedSpanEvidence, words: readonly string[]): boolean {
  const tokens = evidence.tokensBefore;
  return (
    words.length <= 3 &&
    opensLowercase.test(evidence.inner) &&
    evidence.modifiesNoun !== true &&
    tokens[tokens.length - 1]?.norm === 'the' &&
    condemningVerbs.has(tokens[tokens.length - 2]?.norm ?? '')
  );
}
