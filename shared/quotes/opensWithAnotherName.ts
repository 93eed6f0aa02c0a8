import { isFunctionWord } from './functionWords';
import { normalizeWord } from './normalizeWord';

// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
/** Two or three capitalised words opening a paragraph, then a comma or a word in lower case. */
const openingName = /^\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,2})\s*(?:,|\s\p{Ll})/u;

/**
 * "Sombat Boonngam-anong, a social activist …, offered his own interpretation on Facebook.
 * "…"": an English paragraph that opens with a full name of someone other than `speaker`, the
 * last speaker, before its quotation is about that person, so the last speaker's words do not
 * run on into it, whether or not the name reader took the name for a person (round
 * twenty-nine). `paragraph` is the paragraph's text up to the quotation.
 */
export function opensWithAnotherName(paragraph: string, speaker: string): boolean {
  const name = openingName.exec(paragraph)?.[1];
  if (name === undefined) return false;
  const words = name.split(/\s+/);
  if (isFunctionWord(normalizeWord(words[0] ?? ''))) return false;
  const spoken = new Set(speaker.split(/\s+/).map(normalizeWord));
  return !words.some((word) => spoken.has(normalizeWord(word)));
}
