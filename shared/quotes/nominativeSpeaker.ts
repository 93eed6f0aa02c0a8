import { toNominativeName } from './toNominativeName';
import { toNominativeRole } from './toNominativeRole';

/** Who said a quotation and in what role, as the fact-check form shows them. */
export interface SpeakerAndRole {
  speaker: string;
  role: string;
}

const cyrillic = /[\u0400-\u04ff]/u;

/**
 * The speaker and role a form pre-fills, in the nominative: attributions read «по словам
 * Вадима Ковалёва, руководителя ЦОДД», and the checker's fields say «Вадим Ковалёв»,
 * «руководитель ЦОДД». Only Russian words are declined; anything else is returned as is, and
 * a form already in the nominative stays unchanged.
 */
export function nominativeSpeaker({ speaker, role }: SpeakerAndRole): SpeakerAndRole {
  return {
    speaker: cyrillic.test(speaker) ? toNominativeName(speaker) || speaker : speaker,
    role: cyrillic.test(role) ? toNominativeRole(role) || role : role,
  };
}
