import type { Attribution } from './attribution';
import type { TextIndex } from './buildTextIndex';
import { findAttributionAfter } from './findAttributionAfter';
import { findSpeechVerbByNorm, matchMultiwordCue } from './speechVerbs';
import { tokenizeText } from './tokenizeText';

/** Quotation marks: another quotation before the clause is the clause's, not this one's. */
const quotationMark = /[«»"“”„]/u;
/** How far the clause may end from the quotation: one sentence of a news report. */
const reach = 240;
/** Words other than a speech verb that report a source before the quotation. */
const sourceWords = new Set(['по', 'согласно', 'цитирует', 'цитата', 'слова', 'словам']);

/**
 * «США рассматривают «все другие опции» вмешательства, заявил в интервью Fox глава ведомства
 * Джон Керри.»: a Russian sentence reporting someone's words puts the speech verb and its
 * subject after a comma at its end, and a phrase quoted inside the sentence is theirs (round
 * thirty-three: such quotations went unattributed). Only when nothing before the quotation
 * in its sentence reports a source of its own («Седов назвал мост «красивым», сообщил Орлов»
 * quotes Седов), no other quotation stands between it and the clause, and the clause opens
 * with a finite speech verb right after its comma.
 */
export function reportingClauseAtSentenceEnd(
  text: string,
  index: TextIndex,
  open: number,
  close: number,
): Attribution | undefined {
  const end = index.sentenceEnd(close + 1);
  if (end <= close + 1 || end - close > reach) return undefined;
  const tail = text.slice(close + 1, end);
  if (tail.includes('\n')) return undefined;
  const lead = tokenizeText(text, index.sentenceStart(open), open);
  const words = lead.map((token) => token.norm);
  if (
    lead.some(
      (token, at) =>
        sourceWords.has(token.norm) ||
        findSpeechVerbByNorm(token.norm) !== undefined ||
        matchMultiwordCue(words, at) > 0,
    ) ||
    quotationMark.test(text.slice(index.sentenceStart(open), open))
  )
    return undefined;
  // The last comma a finite speech verb follows: the clause runs from there to the stop.
  for (
    let comma = tail.lastIndexOf(',');
    comma >= 0;
    comma = comma === 0 ? -1 : tail.lastIndexOf(',', comma - 1)
  ) {
    const [verb] = tokenizeText(text, close + 2 + comma, end);
    const found = verb === undefined ? undefined : findSpeechVerbByNorm(verb.norm);
    if (verb === undefined || verb.isCapitalized || found === undefined || found.isNonFinite)
      continue;
    // Marks inside the clause name an outlet («в интервью «Вестнику»»); before it, another
    // quotation whose the clause is.
    if (quotationMark.test(tail.slice(0, comma))) return undefined;
    const attribution = findAttributionAfter(text, close + 1 + comma, end + 1, {
      language: 'ru',
      lastQuotedChar: ',',
    });
    if (attribution?.reference === undefined || attribution.cueOffset !== verb.start)
      return undefined;
    return attribution;
  }
  return undefined;
}
