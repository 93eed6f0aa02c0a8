import type { TextLanguage } from './textLanguage';

/** Enough letters to tell the languages apart; reading a whole 20 MB file would add nothing. */
const sampleLength = 100_000;

/**
 * The language of a text, by which alphabet most of its letters come from: Cyrillic
 * means Russian, Latin means English. Russian news is full of Latin brand names and
 * English news quotes Russian names now and then; the majority is what counts. A text
 * with no letters at all gets `fallback`.
 */
export function detectLanguage(text: string, fallback: TextLanguage = 'en'): TextLanguage {
  const sample = text.slice(0, sampleLength);
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic === 0 && latin === 0) return fallback;
  return cyrillic >= latin ? 'ru' : 'en';
}
