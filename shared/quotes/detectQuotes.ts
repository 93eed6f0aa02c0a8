import { detectLanguage } from '../text/detectLanguage';
import { attributeCandidates } from './attributeCandidates';
import { buildTextIndex } from './buildTextIndex';
import { collectPersonMentions } from './collectPersonMentions';
import type { DetectedQuote } from './detectedQuote';
import { findQuotedSpans } from './findQuotedSpans';
import { findQuoteCandidates } from './findQuoteCandidates';

export type { DetectedQuote, QuoteKind } from './detectedQuote';

/** Options for {@link detectQuotes}. */
export interface DetectQuotesOptions {
  /** The article's language; detected from its letters when omitted. */
  language?: 'ru' | 'en';
  /**
   * Called with each quotation and the class of cue its speaker came from ("name/strong/after",
   * "pronoun/strong/after/last-speaker") and the speaker it would name even when too unsure to
   * show, for the evaluation's per-class counts.
   */
  trace?: (quote: DetectedQuote, cueClass: string, guess: string) => void;
}

/**
 * Finds the direct quotations in an article's plain text (blocks separated by blank lines,
 * as `extractPlainText` renders them) and attributes each to a speaker. Russian «…» with
 * „…“ inside, English “…” and "…", quotations split by their attribution, and dialogue lines
 * opened by a dash are found; names and titles in quotation marks are not. Runs in time
 * linear in the text, so it can run on every edit.
 */
export function detectQuotes(text: string, options: DetectQuotesOptions = {}): DetectedQuote[] {
  const language = options.language ?? detectLanguage(text);
  const spans = findQuotedSpans(text);
  const index = buildTextIndex(text, spans);
  const candidates = findQuoteCandidates(text, spans, index, language);
  const people = collectPersonMentions(text, spans, index, language);
  return attributeCandidates(text, candidates, people, index, language, options.trace);
}
