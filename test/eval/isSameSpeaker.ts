import { firstNameGender } from '../../shared/quotes/firstNames';
import { normalizeWord } from '../../shared/quotes/normalizeWord';
import { isNameTitle, isRoleWord } from '../../shared/quotes/roleWords';

/**
 * When a shown speaker counts as the labelled one (the evaluator's rule since round twelve).
 *
 * A label gives a person's fullest name in the text; the detector shows the name at the cue,
 * often a shorter form. The shown name is the labelled person when one of these holds, and a
 * different person is never counted right:
 * - the surnames (last words) agree up to a Russian case ending (Сергунина / Сергуниной), and
 *   when both names also give a first name, the first names agree too, or one is an initial
 *   (Сергей Удальцов is not Анастасия Удальцова);
 * - one name is a shortening of the other: each of its words is a word of the other, or a part
 *   of a hyphenated one, in the same order (Пайпер of Хайдемария Стефанишин-Пайпер, Maliki of
 *   Nouri al-Maliki, Abdourahim Said of Abdourahim Said Bakar, Yayi of Yayi Boni, Куан Ю of
 *   Ли Куан Ю) — unless the shorter is just as much a shortening of another person named in
 *   the same text (by a label or by the detector), which would make it ambiguous;
 * - both give the same first names and the surnames differ by one letter, a text's
 *   transliteration variant (Abdourahim Said Bacar / Bakar; Mohamed Bacar stays wrong);
 * - an organisation is also right when the first words agree up to a case ending
 *   (Общества / Общество научных работников), or when one is an acronym of the other's
 *   capitalised words (KCNA / Korean Central News Agency; round twenty-seven).
 * '' (no one named) is right only against ''.
 */
export function isSameSpeaker(
  gold: string,
  shown: string,
  kind: 'person' | 'organisation' = 'person',
  others: readonly string[] = [],
  text = '',
): boolean {
  if (gold === '' || shown === '') return gold === shown;
  const goldWords = words(gold);
  const shownWords = words(shown);
  // An organisation has no first name: its last or its first words agreeing is enough, and so
  // is an acronym spelling the other's capitalised words (KCNA, Korean Central News Agency).
  if (kind === 'organisation')
    return (
      spells(gold, shown) ||
      spells(shown, gold) ||
      sameWord(goldWords[0] ?? '', shownWords[0] ?? '') ||
      sameWord(goldWords[goldWords.length - 1] ?? '', shownWords[shownWords.length - 1] ?? '')
    );
  if (sameSurname(goldWords, shownWords)) return true;
  // Two first names with one surname are one person when the text names someone with both
  // ("Abdelbaset Ali al-Megrahi" is "Ali al-Megrahi" and "Abdelbaset al-Megrahi").
  if (
    sameWord(goldWords[goldWords.length - 1] ?? '', shownWords[shownWords.length - 1] ?? '') &&
    fullerNames(text, goldWords[goldWords.length - 1] ?? '').some(
      (full) => isShorteningOf(goldWords, full) && isShorteningOf(shownWords, full),
    )
  )
    return true;
  if (isTransliterationVariant(goldWords, shownWords)) return true;
  const [shorter, longer] =
    shownWords.length <= goldWords.length ? [shownWords, goldWords] : [goldWords, shownWords];
  if (!isShorteningOf(shorter, longer)) return false;
  // Ambiguous when someone else named in the text has the shorter form as well: any other name
  // that is not the longer one's person under the two rules above, nor the shorter form itself.
  return !others.some((other) => {
    const otherWords = words(other);
    if (sameSurname(otherWords, longer) || isTransliterationVariant(otherWords, longer))
      return false;
    if (otherWords.join(' ') === shorter.join(' ')) return false;
    return isShorteningOf(shorter, otherWords) || sameSurname(shorter, otherWords);
  });
}

/** `acronym` is one word of capitals, the initials of `full`'s capitalised words ("of" left out). */
function spells(acronym: string, full: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return false;
  const initials = full
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('');
  return initials === acronym;
}

function words(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"“”„()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map(toCyrillicLookalikes);
}

// Latin letters typed inside a Cyrillic word ("Cтив" with a Latin C) are the Cyrillic ones.
const lookalikes: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  t: 'т',
  h: 'н',
  b: 'в',
};

function toCyrillicLookalikes(word: string): string {
  if (!/\p{Script=Cyrillic}/u.test(word)) return word;
  return word.replace(/[a-z]/g, (letter) => lookalikes[letter] ?? letter);
}

/**
 * The same surname, and the same first name when both names give one. A word before the
 * surname is a first name only if it is an initial or a known first name on one side and no
 * title or role on the other ("Доктор Симони", "Сам Колеров" say nothing about the first name).
 */
function sameSurname(a: readonly string[], b: readonly string[]): boolean {
  if (!sameWord(a[a.length - 1] ?? '', b[b.length - 1] ?? '')) return false;
  if (a.length < 2 || b.length < 2) return true;
  const first = a[0] ?? '';
  const other = b[0] ?? '';
  if (!isGivenName(first) && !isGivenName(other)) return true;
  if (isTitle(first) || isTitle(other)) return true;
  return sameFirstName(first, other);
}

const initial = /^(\p{L})\.?$/u;

function isGivenName(word: string): boolean {
  return initial.test(word) || firstNameGender(normalizeWord(word)) !== undefined;
}

// Words that stand before a surname without being a first name.
const titles = new Set(
  'сам сама доктор профессор господин госпожа мистер миссис мисс месье мадам отец мать брат сестра dr mr mrs ms miss sir lord lady father mother brother sister'.split(
    ' ',
  ),
);

function isTitle(word: string): boolean {
  const norm = normalizeWord(word);
  return titles.has(word) || isRoleWord(norm) || isNameTitle(norm);
}

function sameFirstName(a: string, b: string): boolean {
  const aInitial = initial.exec(a)?.[1];
  const bInitial = initial.exec(b)?.[1];
  if (aInitial !== undefined) return b.startsWith(aInitial);
  if (bInitial !== undefined) return a.startsWith(bInitial);
  // One letter apart in a longer name is a spelling variant (Бриджит / Брижит).
  return sameWord(a, b) || (Math.min(a.length, b.length) >= 5 && isOneEditApart(a, b));
}

const particle =
  /^(?:al|el|ad|as|ash|an|bin|ibn|ben|de|van|von|da|di|du|le|la|del|der|аль|эль|ад|ас|ан|бин|ибн|бен|де|ван|фон|да|ди|дю|ле|ла)(?:-|$)/u;

/**
 * The runs of capitalised words (and name particles such as "al-") in `text` that end in
 * `surname`, lower-cased as `words` does: the fuller names a text gives someone.
 */
function fullerNames(text: string, surname: string): string[][] {
  if (text === '' || surname === '') return [];
  const tokens = text.split(/\s+/);
  const runs: string[][] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = (tokens[index] ?? '').replace(/[.,;:!?»"”)]+$/u, '');
    if (!sameWord(words(token)[0] ?? '', surname)) continue;
    const run = [token];
    for (let back = index - 1; back >= 0 && run.length < 6; back -= 1) {
      const previous = tokens[back] ?? '';
      if (/[.,;:!?»"”)]$/u.test(previous)) break;
      if (!/^\p{Lu}/u.test(previous) && !particle.test(previous.toLowerCase())) break;
      run.unshift(previous);
    }
    if (run.length > 2) runs.push(words(run.join(' ')));
  }
  return runs;
}

/** Each word of `shorter` is a word, or a hyphenated word's part, of `longer`, in order. */
function isShorteningOf(shorter: readonly string[], longer: readonly string[]): boolean {
  if (shorter.length === 0 || shorter.length > longer.length) return false;
  const parts = longer.flatMap((word) => [word, ...(word.includes('-') ? word.split('-') : [])]);
  let next = 0;
  // "al-Maliki" offers "al-maliki", "al" and "maliki".
  for (const word of shorter) {
    // A particle alone ("al", "аль") names no one.
    if (!word.includes('-') && particle.test(word)) return false;
    // A short word must be written the same ("Ю", "Дом"): "al" is no shortening of "Alan".
    const found = parts.findIndex(
      (part, index) => index >= next && (word.length > 3 ? sameWord(part, word) : part === word),
    );
    if (found < 0) return false;
    next = found + 1;
  }
  return true;
}

function isTransliterationVariant(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || a.length !== b.length) return false;
  for (let index = 0; index < a.length - 1; index += 1)
    if (!sameWord(a[index] ?? '', b[index] ?? '')) return false;
  const last = a[a.length - 1] ?? '';
  const other = b[b.length - 1] ?? '';
  return Math.min(last.length, other.length) >= 5 && isOneEditApart(last, other);
}

function isOneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const restA = a.slice(i);
  const restB = b.slice(i);
  return restA.slice(1) === restB.slice(1) || restA.slice(1) === restB || restA === restB.slice(1);
}

/** The same word up to a Russian case ending: the longer starts with the shorter less two letters. */
export function sameWord(a: string, b: string): boolean {
  if (a === '' || b === '') return a === b;
  const shorter = a.length <= b.length ? a : b;
  const longer = a.length <= b.length ? b : a;
  const stem = shorter.length > 4 ? shorter.slice(0, shorter.length - 2) : shorter;
  return longer.startsWith(stem) && longer.length - shorter.length <= 3;
}
