import { isFunctionWord } from './functionWords';
import { normalizeWord } from './normalizeWord';
import { isRoleWord } from './roleWords';

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
  let words = name.split(/\s+/);
  // "The Farm Union condemned the cuts: "…"": a body's name after "the" opens the paragraph as
  // its subject just as a person's does (round thirty-two: the last speaker's name was carried
  // on into the words of the union's leader). "The Prime Minister …" may be the last speaker
  // by role, so a run with a role word in it stays open.
  if (normalizeWord(words[0] ?? '') === 'the') {
    words = words.slice(1);
    if (words.length < 2 || words.some((word) => isRoleWord(normalizeWord(word)))) return false;
  }
  if (isFunctionWord(normalizeWord(words[0] ?? ''))) return false;
  const spoken = new Set(speaker.split(/\s+/).map(normalizeWord));
  return !words.some((word) => spoken.has(normalizeWord(word)));
}
