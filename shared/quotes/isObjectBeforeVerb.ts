import type { SpeakerReference } from './parseSpeakerPhrase';

/** A capitalised surname in -ова/-ина: a man's genitive or accusative, or a woman's nominative. */
const obliqueSurname = /^\p{Lu}[а-яё-]+(?:ов|ев|ёв|ин|ын)а$/u;

/**
 * «Седова назвал «…» Орлов»: a lone surname in -ова/-ина before a masculine verb cannot be a
 * woman's nominative (the verb would agree with her), so it is a man's accusative, the verb's
 * object. Russian then puts the subject after the verb, and the object did not say the words
 * (session 24: the object was given as the speaker). Russian only.
 */
export function isObjectBeforeVerb(subject: SpeakerReference, verbGender: string): boolean {
  if (subject.pronoun !== '' || subject.role !== '') return false;
  // «Седову ответил Орлов: «…»»: a man's lone surname in the dative is never the subject,
  // whatever the verb (round thirty-three: it was given at 0.95).
  if (dativeSurname.test(subject.name)) return true;
  return verbGender === 'm' && subject.gender !== 'm' && obliqueSurname.test(subject.name);
}

/** A man's lone surname in the dative: «Седову», «Путину». */
const dativeSurname = /^\p{Lu}[а-яё-]+(?:ов|ев|ёв|ин|ын)у$/u;
