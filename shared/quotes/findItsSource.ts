import type { TextIndex } from './buildTextIndex';

/** A capitalised name of up to eight words, joined by the small words names hold. */
const name = String.raw`\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:and|to|for|of|the|on)\s+)*\p{Lu}[\p{L}’'.-]*){0,7}`;

/** "A statement by the Brady Campaign … was posted", "A statement from the ministry said". */
const documentBy = new RegExp(
  String.raw`^(?:A|The|An)\s+(?:\p{Ll}+\s+)?(?:statement|release|message|letter|post|communiqué|report)\s+(?:by|from|of)\s+(?:the\s+)?(${name})`,
  'u',
);

/** "Jordan's state news agency, Petra, identified …": an organisation named in apposition. */
const agencyApposition = new RegExp(
  String.raw`^(?:[\p{L}’'-]+\s+){0,4}(?:agency|ministry|newspaper|broadcaster|company|organisation|organization|group|campaign|party|council|office|department)\s*,\s*(${name})\s*,`,
  'u',
);

/**
 * "It said", "It says" opening a sentence: the organisation the sentence before has for its
 * subject, a document's author ("A statement by the Brady Campaign … was posted. It said
 * "…"") or an agency named in apposition ("Jordan's state news agency, Petra, identified
 * … It says …"); undefined when the sentence before opens otherwise (round eleven).
 */
export function findItsSource(
  text: string,
  index: TextIndex,
  cueSentence: number,
): string | undefined {
  if (cueSentence === 0) return undefined;
  const before = text.slice(index.sentenceStart(cueSentence - 1), cueSentence).trim();
  const match = documentBy.exec(before) ?? agencyApposition.exec(before);
  return match?.[1]?.replace(/\s+(?:and|to|for|of|the|on)$/u, '');
}
