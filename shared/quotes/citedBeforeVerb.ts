import type { Token } from './tokenizeText';

/** A man's surname in the nominative: «Орлов», «Седов», «Пушкин». */
const masculineNominative = /^\p{Lu}[а-яё-]+(?:ов|ев|ёв|ин|ын)$/u;

/**
 * «Седова цитирует Орлов: «…»»: when the name after a cite verb is a man's surname in the
 * nominative, it is the verb's subject, and Russian has put the object, whose words the marks
 * hold, before the verb. Returns the words before the verb, back to the clause's last comma,
 * or undefined when the name after the verb may be the object (session 25: the subject after
 * the verb was given as the speaker). `after` holds the tokens after the verb up to the colon
 * or a comma. Russian only.
 */
export function citedBeforeVerb(
  clause: readonly Token[],
  verb: number,
  after: readonly Token[],
): readonly Token[] | undefined {
  let end = 0;
  while (end < after.length && after[end]?.isCapitalized === true) end += 1;
  // Only a name ending the words after the verb: «цитирует Орлов в блоге» still counts, but
  // a name inside a longer object does not.
  const last = after[end - 1];
  if (last === undefined || !masculineNominative.test(last.text)) return undefined;
  let from = verb;
  while (from > 0 && clause[from - 1]?.text !== ',') from -= 1;
  const before = clause.slice(from, verb);
  // «его цитирует Орлов:» quotes whom the pronoun stands for, never Орлов.
  return before.some((token) => token.isCapitalized || objectPronouns.has(token.norm))
    ? before
    : undefined;
}

/** Object pronouns a cite verb's object may be: «его цитирует Орлов». */
const objectPronouns = new Set(['его', 'ее', 'их']);
