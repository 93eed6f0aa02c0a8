import type { Attribution } from './attribution';
import { findAttributionAfter } from './findAttributionAfter';

/** A piece of quoted text between attributions. */
export interface QuotePart {
  start: number;
  end: number;
}

/** Quoted text split where the speaker's attribution interrupts it. */
export interface InterruptedQuote {
  parts: QuotePart[];
  /** The attribution found inside, if any. */
  attribution: Attribution | undefined;
}

// ", — говорит X. — " : punctuation, a dash, then the attribution clause.
const interruption = /([,.!?…])\s+[—–-]\s+/gu;
const continuation = /[.,:;]\s+[—–-]\s+/gu;
const maxAttributionLength = 250;

/**
 * Splits «Первая часть, — говорит X. — Вторая часть» into its parts around the attribution.
 * With `isDialogue` (a line opened by a dash: "— Закончим к весне, — ответил он.") the
 * attribution may also end the line. Without an attribution the range is one part.
 */
export function splitInterruptedQuote(
  text: string,
  start: number,
  end: number,
  language: 'ru' | 'en',
  isDialogue = false,
): InterruptedQuote {
  const parts: QuotePart[] = [];
  let attribution: Attribution | undefined;
  let partStart = start;
  const inner = text.slice(start, end);
  interruption.lastIndex = 0;
  for (let match = interruption.exec(inner); match !== null; match = interruption.exec(inner)) {
    const punctuationAt = start + match.index;
    if (punctuationAt < partStart) continue;
    const clauseStart = punctuationAt + match[0].length;
    continuation.lastIndex = clauseStart - start;
    const next = continuation.exec(inner);
    const clauseEnd =
      next !== null && next.index + start - clauseStart <= maxAttributionLength
        ? start + next.index
        : isDialogue
          ? end
          : -1;
    if (clauseEnd < 0) continue;
    const found = findAttributionAfter(text, punctuationAt, clauseEnd + 1, {
      language,
      lastQuotedChar: match[1] ?? '',
    });
    if (found === undefined) continue;
    attribution ??= found;
    const keepsMark = /[!?…]/.test(match[1] ?? '');
    parts.push({ start: partStart, end: punctuationAt + (keepsMark ? 1 : 0) });
    if (clauseEnd >= end || next === null) {
      partStart = end;
      break;
    }
    partStart = start + next.index + next[0].length;
    interruption.lastIndex = partStart - start;
  }
  if (partStart < end) parts.push({ start: partStart, end: trimEnd(text, partStart, end) });
  return { parts: parts.filter((part) => part.end > part.start), attribution };
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text.charAt(end - 1))) end -= 1;
  return end;
}
