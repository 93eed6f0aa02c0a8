import { firstNameLemma } from './firstNames';
import { normalizeWord } from './normalizeWord';
import { surnameGender } from './surnameGender';

/**
 * True when two written names can be the same person, across Russian case forms
 * ("Наталья Сергунина", "Натальи Сергуниной", "Сергунина") and English possessives.
 * Surnames must agree; first names must agree too when both names carry one.
 */
export function isSamePerson(first: string, second: string): boolean {
  const a = nameWords(first);
  const b = nameWords(second);
  const lastA = a[a.length - 1];
  const lastB = b[b.length - 1];
  // "Thomas" alone after "Thomas Sam": a known first name refers by itself.
  if (
    a.length === 1 &&
    b.length > 1 &&
    lastA !== undefined &&
    firstNameLemma(lastA) !== undefined
  ) {
    return isSameWord(lastA, b[0] ?? '');
  }
  if (
    b.length === 1 &&
    a.length > 1 &&
    lastB !== undefined &&
    firstNameLemma(lastB) !== undefined
  ) {
    return isSameWord(lastB, a[0] ?? '');
  }
  if (lastA === undefined || lastB === undefined || !isSameWord(lastA, lastB)) return false;
  // «Иван Петров» and «По словам Петровой»: the forms of one surname a man's and a woman's
  // take are two people, husband and wife (round thirty-two: the husband was given at 0.95).
  if (isOtherGender(lastA, lastB)) return false;
  if (a.length < 2 || b.length < 2) return true;
  return isSameWord(a[0] ?? '', b[0] ?? '');
}

/** Two forms of one word: equal up to a short case ending ("Сергунина" / "Сергуниной"). */
export function isSameWord(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 3) return false;
  let common = 0;
  const shorter = Math.min(a.length, b.length);
  while (common < shorter && a.charAt(common) === b.charAt(common)) common += 1;
  if (common === shorter) return shorter >= 2;
  return common >= 4 && common >= shorter - 2;
}

/**
 * Names already split: the registry compares every name it looks up with the names in its
 * bucket, the same few names of an article again and again. Bounded, for long-running
 * processes.
 */
const knownNames = new Map<string, readonly string[]>();
const maxKnownNames = 5_000;

/** The words of a name as compared: normalised, possessives and initials dropped. */
export function nameWords(name: string): readonly string[] {
  let words = knownNames.get(name);
  if (words === undefined) {
    words = normalizeWord(name)
      .replace(/'s\b/g, '')
      .split(/[\s]+/)
      .filter((word) => word.length > 1 && !word.endsWith('.'));
    if (knownNames.size >= maxKnownNames) knownNames.clear();
    knownNames.set(name, words);
  }
  return words;
}

/** One surname form is only a man's, the other only a woman's. */
export function isOtherGender(a: string, b: string): boolean {
  const genderA = surnameGender(a);
  const genderB = surnameGender(b);
  return genderA !== '' && genderB !== '' && genderA !== genderB;
}
