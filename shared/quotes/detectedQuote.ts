import { z } from 'zod';

/** Where a quotation sits in the article's layout. */
export const detectedQuoteKindSchema = z.enum(['inline', 'block', 'dialogue']);
export type QuoteKind = z.infer<typeof detectedQuoteKindSchema>;

/** One direct quotation found in an article, with its speaker: the one shape for code and API. */
export const detectedQuoteSchema = z.object({
  /** The quoted words, without the quotation marks. */
  text: z.string(),
  /** The speaker's name as written in the text ("Наталья Сергунина"), '' if unknown. */
  speaker: z.string(),
  /** The speaker's role or title, kept apart from the name; '' if none. */
  role: z.string(),
  /** The speech verb or cue ("рассказала", "said", "according to", ":"), '' if none. */
  cue: z.string(),
  /** Offset of the first quoted character in the plain text (inside the marks). */
  start: z.number().int(),
  /** Offset just after the last quoted character. */
  end: z.number().int(),
  /** The speaker came from a pronoun, a role or a continued quotation, not a name at the cue. */
  inferred: z.boolean(),
  kind: detectedQuoteKindSchema,
  /** The article's language, whose cue and attribution rules were applied. */
  language: z.enum(['ru', 'en']),
});
export type DetectedQuote = z.infer<typeof detectedQuoteSchema>;
