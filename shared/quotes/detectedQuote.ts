/** Where a quotation sits in the article's layout. */
export type QuoteKind = 'inline' | 'block' | 'dialogue';

/** One direct quotation found in an article, with its speaker. */
export interface DetectedQuote {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** The speaker's name as written in the text ("Наталья Сергунина"), '' if unknown. */
  speaker: string;
  /** The speaker's role or title, kept apart from the name; '' if none. */
  role: string;
  /** The speech verb or cue ("рассказала", "said", "according to", ":"), '' if none. */
  cue: string;
  /** Offset of the first quoted character in the plain text (inside the marks). */
  start: number;
  /** Offset just after the last quoted character. */
  end: number;
  /** The speaker came from a pronoun, a role or a continued quotation, not a name at the cue. */
  inferred: boolean;
  kind: QuoteKind;
  /** The article's language, whose cue and attribution rules were applied. */
  language: 'ru' | 'en';
  /** Whether the speaker is a person or an organisation (a press service, a ministry). */
  speakerKind: SpeakerKind;
  /**
   * How sure the attribution is, 0..1. Below {@link speakerConfidenceThreshold} the speaker is
   * left '' (confidence then says how likely the best guess was), so that a checker is asked
   * instead of shown a name.
   */
  confidence: number;
}

/** Whether a speaker is a person or an organisation. */
export type SpeakerKind = 'person' | 'organisation';

/** Attributions less sure than this leave the speaker empty; the panel asks for one. */
export const speakerConfidenceThreshold = 0.5;
