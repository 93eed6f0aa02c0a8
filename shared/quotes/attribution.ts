import type { SpeakerReference } from './parseSpeakerPhrase';
import type { SpeechGender } from './speechVerbs';

/** A speech cue found next to a quoted span, with the speaker phrase it points at. */
export interface Attribution {
  /** The cue as written: "рассказала", "said", "according to", ":". */
  cue: string;
  /** Offset of the cue in the text. */
  cueOffset: number;
  /**
   * 'strong': the cue is bound to the quote (", — сказал", "said:", `," she said`);
   * 'weak': a speech verb earlier in the same sentence (partial quotes).
   */
  strength: 'strong' | 'weak';
  reference: SpeakerReference | undefined;
  /** The cue ends in a colon right before the quotation ("X заявил: «…»"). */
  hasColon: boolean;
  /** Agreement of a Russian past-tense verb, to pick among candidates for a pronoun or role. */
  verbGender: SpeechGender;
}
