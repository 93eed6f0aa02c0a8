import { firstNameGender } from './firstNames';
import { placeNouns } from './placeNouns';

// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
// A hyphenated first name ("Asha-Rose") is one word too (round twenty-seven).
const capitalisedWord = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * "…, — сказал один из зрителей, 62-летний Хоакин Ортис. … «…», сказал Хоакин.": a single word
 * at a cue that the article elsewhere writes with a capitalised word after it, where the
 * names were not read, is the first part of that fuller name. Returns the fuller name when
 * the article writes exactly one, '' when it writes several (the word is then ambiguous), and
 * the word itself when it writes none. «— цитирует агентство мэра Немуро» after «мэром города
 * Немуро Сюнскэ Хасэгавой»: a word the article writes after a place noun is a place, '' too
 * (round thirty-two: «Немуро Сюнскэ» was given). «— сказал Торонто» after «Мэр Торонто Иван
 * Седов»: a word written before a first name that opens a full name of its own is no part of
 * that name, '' too (round thirty-three: «Торонто Иван» was given). One scan of the text, only
 * for such single words.
 */
export function completeFromText(text: string, word: string): string {
  if (!capitalisedWord.test(word)) return word;
  const pattern = new RegExp(
    `(?<!\\p{L})${word}(?:[ \\u00a0](\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?=([ \\u00a0]\\p{Lu}\\p{Ll})?))?(?!\\p{L})`,
    'gu',
  );
  const followers = new Set<string>();
  for (const match of text.matchAll(pattern)) {
    if (placeNouns.has(wordBefore(text, match.index).toLowerCase())) return '';
    if (match[2] !== undefined && match[1] !== undefined && firstNameGender(match[1]) !== undefined)
      return '';
    if (match[1] !== undefined) followers.add(match[1]);
  }
  if (followers.size === 0) return word;
  if (followers.size > 1) return '';
  return `${word} ${[...followers][0] ?? ''}`;
}

const lastWord = /(\p{L}+)\s+$/u;

/** The word right before `at`, '' when none. */
function wordBefore(text: string, at: number): string {
  return lastWord.exec(text.slice(Math.max(0, at - 24), at))?.[1] ?? '';
}
