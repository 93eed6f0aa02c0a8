import { normalizeWord } from './normalizeWord';
import { isRoleWord } from './roleWords';

// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
const capitalisedWord = /^\p{Lu}\p{Ll}{2,}$/u;
/** The word before a first name, the first name and a space, closing the text before a surname. */
const firstNameBefore =
  /(?:^|[^\p{L}])(\p{L}*\p{Ll}|\p{L}*,)[ \u00a0](\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \u00a0]$/u;
const letter = /\p{L}/u;

/** "the Senate Republicans": a determiner before the pair makes it a body's name, not a person's. */
const determiners = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that', 'these', 'those']);

/**
 * "… calculated by the Minor Planet Center's Gareth Williams. Williams explained, "…"": a single
 * word opening a sentence, which could be any capitalised word, is a surname when the article
 * writes it elsewhere inside a sentence as the last word of a full name (a capitalised word
 * before it that follows a lower-case word other than a determiner or a comma on the same line,
 * so "And India", "the Senate Republicans" or a heading do not count), and that word is no
 * title ("Secretary-General Ban" is Ban Ki-moon). Returns that full name when the article
 * writes exactly one, '' otherwise. Only for such single words, looking behind each place the
 * word is written (round twenty-two).
 */
export function completeSurnameFromText(text: string, word: string): string {
  if (!capitalisedWord.test(word)) return '';
  const firsts = new Set<string>();
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (letter.test(text.charAt(at + word.length))) continue;
    const match = firstNameBefore.exec(text.slice(Math.max(0, at - 60), at));
    if (match === null) continue;
    const first = match[2] ?? '';
    if (
      determiners.has(match[1] ?? '') ||
      first.split('-').some((part) => isRoleWord(normalizeWord(part)))
    )
      return '';
    firsts.add(first);
  }
  if (firsts.size !== 1) return '';
  return `${[...firsts][0] ?? ''} ${word}`;
}
