import type { TextIndex } from './buildTextIndex';

/** Closing marks and sentence ends right after a quotation, before the words that follow. */
const closing = /^[»”"'’.!?…\s]*/u;
/** A sentence of narration ends in a full stop, a question or an exclamation, marks aside. */
const sentenceEnd = /[.!?…][»”"'’)]*\s*$/u;

/**
 * ""Prompted … an insurgency." Anonymous blogger, "Anon declares war"": words after an
 * English quotation, on its own line, that end in no full stop are a signature or a citation
 * (an author and the title of what the words are from), not a sentence of narration; the
 * quotation is that source's, not the last speaker's. `end` is where the quotation ends.
 */
export function endsWithSignature(text: string, index: TextIndex, end: number): boolean {
  const rest = text.slice(end, index.lineEnd(end));
  const words = rest.slice(closing.exec(rest)?.[0].length ?? 0);
  return /\p{L}/u.test(words) && !sentenceEnd.test(words);
}
