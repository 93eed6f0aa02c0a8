import type { Attribution } from './attribution';
import type { TextIndex } from './buildTextIndex';
import { classifyQuotedSpan } from './classifyQuotedSpan';
import type { QuoteKind } from './detectedQuote';
import { findAttributionAfter } from './findAttributionAfter';
import { findAttributionBefore } from './findAttributionBefore';
import { isAccountFrame } from './isAccountFrame';
import { findDialogueLines } from './findDialogueLines';
import { findTranscriptLines } from './findTranscriptLines';
import { isFunctionWord } from './functionWords';
import type { QuotedSpan } from './findQuotedSpans';
import { reportingClauseAtSentenceEnd } from './reportingClauseAtSentenceEnd';
import { splitInterruptedQuote, type QuotePart } from './splitInterruptedQuote';
import { tokenizeText } from './tokenizeText';

/** A quotation found, before its speaker is resolved. */
export interface QuoteCandidate {
  parts: QuotePart[];
  kind: QuoteKind;
  attribution: Attribution | undefined;
}

/** English single marks closing a quotation nested inside the one that ends with them. */
const nestedClosing = /['’]+$/;

/** Quotations in text order, from quoted spans and dialogue lines. */
export function findQuoteCandidates(
  text: string,
  spans: readonly QuotedSpan[],
  index: TextIndex,
  language: 'ru' | 'en',
): QuoteCandidate[] {
  const dialogue = [...findDialogueLines(text, language), ...findTranscriptLines(text, language)];
  const candidates: QuoteCandidate[] = dialogue.map((line) => ({
    parts: line.parts,
    kind: 'dialogue',
    attribution: line.attribution,
  }));
  const dialogueLines = new Set(dialogue.map((line) => line.lineStart));
  let previous: { close: number; attribution: Attribution | undefined } | undefined;
  for (const span of spans) {
    const lineStart = index.lineStart(span.open);
    if (dialogueLines.has(lineStart)) continue;
    const sentenceStart = index.sentenceStart(span.open);
    // Search back only to the previous quotation of the same sentence: its own cue is not ours.
    const searchFrom = Math.max(sentenceStart, (previous?.close ?? -1) + 1);
    const inner = splitInterruptedQuote(text, span.start, span.end, language);
    const innerText = text.slice(span.start, span.end).trim();
    const after = span.isClosed
      ? nearQuestion(
          index,
          span.close,
          language === 'en' ? innerText : '',
          findAttributionAfter(
            text,
            afterWikiItalics(text, span.close + 1),
            attributionEnd(index, span.close, language === 'en' ? innerText : ''),
            {
              language,
              // "a warning to ‘behave,’” the HRCP said": a nested quotation closing with the
              // outer one leaves the comma before its own mark (round twenty-seven).
              lastQuotedChar: innerText.replace(nestedClosing, '').slice(-1),
              opensSentence:
                text.slice(sentenceStart, span.open).replace(wikiItalics, '').trim() === '',
            },
          ),
        )
      : undefined;
    const joined =
      previous !== undefined &&
      previous.close >= sentenceStart &&
      isJoined(text, previous.close + 1, span.open)
        ? previous.attribution
        : undefined;
    // "Ведомости распространили следующую информацию:" closing the paragraph before introduces
    // a quotation that opens the next one.
    const colonAt = paragraphColonBefore(text, lineStart, span.open);
    const from =
      colonAt >= 0 && (previous === undefined || previous.close < colonAt)
        ? index.sentenceStart(colonAt)
        : searchFrom;
    const before = sharedSubject(
      text,
      joined ?? findAttributionBefore(text, from, span.open, language),
      previous !== undefined && previous.close >= sentenceStart ? previous.attribution : undefined,
    );
    if (inner.attribution === undefined) {
      const verdict = classifyQuotedSpan({
        inner: innerText,
        tokensBefore: tokenizeText(text, Math.max(lineStart, span.open - 60), span.open),
        after,
        before,
        opensLine: opensLine(text, lineStart, span.open),
        followsQuotation:
          previous !== undefined &&
          previous.close >= lineStart &&
          previous.attribution !== undefined,
        isParenthesized: text.charAt(span.open - 1) === '(' && text.charAt(span.close + 1) === ')',
        isClosed: span.isClosed,
        modifiesNoun: modifiesNoun(text, span.close + 1),
        standsAsSentence:
          span.isClosed &&
          text.slice(sentenceStart, span.open).trim() === '' &&
          sentenceEndAfterMark.test(text.slice(span.close + 1, span.close + 3)),
      });
      if (verdict === 'name') continue;
    }
    const attribution =
      inner.attribution ??
      chooseAttribution(after, before, language) ??
      (language === 'ru' && span.isClosed
        ? reportingClauseAtSentenceEnd(text, index, span.open, span.close)
        : undefined);
    previous = { close: span.close, attribution };
    candidates.push({
      parts: inner.parts.map((part) => trimPart(text, part)),
      kind: 'inline',
      attribution,
    });
  }
  return candidates.sort((a, b) => (a.parts[0]?.start ?? 0) - (b.parts[0]?.start ?? 0));
}

/** After-quote attributions are the rule; a person named before wins over an outlet after. */
function chooseAttribution(
  after: Attribution | undefined,
  before: Attribution | undefined,
  language: 'ru' | 'en',
): Attribution | undefined {
  if (after === undefined) return before;
  if (before === undefined) return after;
  // «Петров пересказал слова Ивановой: «…», — и добавил»: a verb whose subject is left out
  // says nothing against a speaker named before the quotation (round thirty).
  if (after.reference?.isLeftOut === true && before.reference !== undefined) return before;
  // «По данным полиции, «…», — сказал Петров»: the source's account yields to a speaker.
  if (isAccountFrame(before.cue)) return after;
  const afterNamesPerson = after.reference !== undefined && !after.reference.isOrganisation;
  const beforeNamesPerson = before.reference !== undefined && !before.reference.isOrganisation;
  if (!afterNamesPerson && beforeNamesPerson && before.strength === 'strong') return before;
  // "Во время нападения он кричал «Аллаху акбар», заявил прокурор": a quotation with its own
  // speech verb bound before it, inside a sentence a verb after it reports, is that verb's
  // subject's; the one after passes the sentence on (round fourteen).
  if (
    language === 'ru' &&
    before.strength === 'strong' &&
    !before.hasColon &&
    before.cue !== ':' &&
    before.reference !== undefined &&
    (before.reference.name !== '' ||
      before.reference.pronoun === 'm' ||
      before.reference.pronoun === 'f') &&
    before.reference.isPossessive !== true
  )
    return before;
  // "Unlike Tom Reed, who called it "…", Ann Lowe said little", "Tom Reed said "…," Ann Lowe
  // reported": a named subject's verb bound to the quotation is its own; the verb after it
  // is the main clause's, or reports the whole sentence (round thirty-three).
  if (
    language === 'en' &&
    before.strength === 'strong' &&
    !before.hasColon &&
    before.cue !== ':' &&
    before.reference !== undefined &&
    before.reference.name !== '' &&
    !before.reference.isOrganisation
  )
    return before;
  return after;
}

/**
 * "Буфье напомнил, что Шефер «днём и ночью» был вовлечён в кризис, и добавил, что «…»", "the
 * governor said the locomotive was "…" and described it as "…"", "назвал его «вруном», заявив,
 * что «…»": a speech verb joined by "и"/"and", or a gerund, with no subject of its own shares
 * the subject of the sentence's earlier quotation (round fourteen).
 */
function sharedSubject(
  text: string,
  before: Attribution | undefined,
  earlier: Attribution | undefined,
): Attribution | undefined {
  if (before === undefined || before.reference !== undefined || earlier?.reference === undefined)
    return before;
  if (before.hasColon || before.cue === ':') return before;
  const lead = text.slice(Math.max(0, before.cueOffset - 24), before.cueOffset);
  const isJoinedVerb =
    /(?:^|[^\p{L}])(?:и|and)\s+(?:(?:also|later|then|также|затем|потом)\s+)?$/u.test(lead) ||
    (/,\s*$/u.test(lead) && /^\p{Ll}+(?:ив|ав|ув|ев|яв|ing)$/u.test(before.cue));
  return isJoinedVerb ? { ...before, reference: earlier.reference } : before;
}

/** «, и что» and up to eight lower-case words, no cue of their own («как», «по словам»). */
const secondThatClause =
  /^\s*,\s*и что(?:\s+(?!как\b|по\b|слов|мнени|заяв|сказ|сообщ|отмет)[\p{Ll}-]+){0,8}\s*$/u;

/** Only "and", "or", "и", commas or a parenthetical lie between two quotations. */
function isJoined(text: string, from: number, to: number): boolean {
  let between = text.slice(from, to);
  for (let previous = ''; previous !== between;) {
    previous = between;
    between = between.replace(/\([^()]*\)/g, ' ');
  }
  // "a "very grave sin" and a "horrendous crime"": an article before the second changes
  // nothing (round twenty-four). «заявил, что «…», а не «…»»: a Russian contrast hangs on the
  // same verb, and so does a second «что» clause, in lower-case words naming no other source
  // («…», и что обеим странам предстоит решить «…») (round twenty-eight).
  return (
    /^[\s,]*(?:and|or|и|или|а также|а не|но не)?[\s,]*(?:(?:a|an|the)\s+)?$/u.test(between) ||
    secondThatClause.test(between)
  );
}

/** Drops spaces inside the marks and the comma American style puts before a closing mark. */
function trimPart(text: string, part: QuotePart): QuotePart {
  let { start, end } = part;
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /[\s,]/.test(text.charAt(end - 1))) end -= 1;
  return { start, end };
}

/** The attribution after a quotation ends with the sentence that holds the closing mark. */
function attributionEnd(index: TextIndex, close: number, innerText: string): number {
  const lineEnd = index.lineEnd(close);
  const sentenceEnd = index.sentenceEnd(close + 1);
  // ""…?" Colville said.": a question or an exclamation closing the quotation ends the
  // sentence for the index, but the words right after it are its attribution, as after a
  // comma (round thirty-two). Only a short reach: a cue further on is another sentence's.
  // English only (`innerText` is '' for Russian, which puts a dash before such a cue).
  if (sentenceEnd <= close + 1 && /[?!]$/u.test(innerText)) {
    return Math.min(lineEnd, index.sentenceEnd(close + 2) + 1);
  }
  return sentenceEnd > close ? Math.min(lineEnd, sentenceEnd + 1) : lineEnd;
}

/** How far after a question's closing mark its cue may stand ("Colville said", "said Ann"). */
const questionCueReach = 32;

/**
 * The attribution found after a question or an exclamation that the index ends the sentence
 * with: only one whose cue stands right after the mark; further on it is the next sentence's.
 */
function nearQuestion(
  index: TextIndex,
  close: number,
  innerText: string,
  found: Attribution | undefined,
): Attribution | undefined {
  if (found === undefined || !/[?!]$/u.test(innerText) || index.sentenceEnd(close + 1) > close + 1)
    return found;
  return found.cueOffset - close <= questionCueReach ? found : undefined;
}

/** The colon ending the paragraph before a quotation that opens its own, or -1. */
function paragraphColonBefore(text: string, lineStart: number, open: number): number {
  if (!opensLine(text, lineStart, open)) return -1;
  let offset = lineStart - 1;
  while (offset >= 0 && /\s/.test(text.charAt(offset))) offset -= 1;
  return offset >= 0 && text.charAt(offset) === ':' ? offset : -1;
}

/** Only spaces, a dash or wiki italics stand between the line start and the opening mark. */
function opensLine(text: string, lineStart: number, open: number): boolean {
  for (let offset = open - 1; offset >= lineStart; offset -= 1) {
    if (!/[\s\u2014\u2013'-]/u.test(text.charAt(offset))) return false;
  }
  return true;
}

/**
 * Wikinews sets quotations in italics with two apostrophes around the marks (''«…»'', —
 * заявил он): markup, not words between the quotation and its cue (round seventeen).
 */
const wikiItalics = /''+/g;

/** Just past the wiki italics closing at `offset`, if any. */
function afterWikiItalics(text: string, offset: number): number {
  let at = offset;
  if (text.startsWith("''", at)) while (text.charAt(at) === "'") at += 1;
  return at;
}

const wordAfterMark = /^ (\p{Ll}+)/u;

/** A full stop, "!" or "?" right after a closing mark, then a space or the end. */
const sentenceEndAfterMark = /^[.!?](?:\s|$)/u;

/** A lower-case word, not a function word, right after the closing mark at `after`. */
function modifiesNoun(text: string, after: number): boolean {
  const word = wordAfterMark.exec(text.slice(after, after + 24))?.[1];
  return word !== undefined && !isFunctionWord(word);
}
