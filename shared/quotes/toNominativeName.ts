import { firstNameGender, firstNameLemma, maleNameOfGenitive } from './firstNames';

const cyrillicName = /^\p{Script=Cyrillic}+ \p{Script=Cyrillic}/u;
const masculineSurname = /^(\p{Lu}\p{Ll}*(?:ов|ев|ёв|ин|ын))(?:а|у|ым|ом|е)$/u;
const masculineSkiy = /^(\p{Lu}\p{Ll}*(?:ск|цк))(?:ого|ому|им|ом)$/u;
/** Other masculine surnames decline like nouns; changed only when the first name is inflected. */
const masculineNounSurname =
  /^(\p{Lu}\p{Ll}*(?:ич|ук|юк|як|чик|ник|ман|берг|штейн))(?:а|у|ом|ем|е)$/u;
const feminineSurname = /^(\p{Lu}\p{Ll}*(?:ов|ев|ёв|ин|ын))(?:ой|у)$/u;
const feminineSkaya = /^(\p{Lu}\p{Ll}*(?:ск|цк))(?:ой|ую)$/u;

/**
 * A Russian personal name in the nominative ("Вадимом Ковалёвым" → "Вадим Ковалёв",
 * "Натальей Сергуниной" → "Наталья Сергунина"), so that a speaker reads as the person, not
 * the case the article happened to use. Only names whose first name is known are changed:
 * the first name tells the gender, without which "Ковалёва" could be either. Other names,
 * and names already in the nominative, come back as they are.
 */
export function toNominativeName(name: string, known: 'm' | 'f' | '' = ''): string {
  if (!cyrillicName.test(name)) return name;
  const words = name.split(' ');
  const first = words[0];
  if (words.length < 2 || first === undefined) return name;
  // «Александра Жарова», a man as the pronoun for him shows: Александр's genitive (round 14).
  const male = known === 'm' ? maleNameOfGenitive(first) : undefined;
  const lemma = male ?? firstNameLemma(first);
  const gender = lemma === undefined ? undefined : firstNameGender(lemma);
  if (gender === undefined || lemma === undefined) return bothGenitive(words, known) ?? name;
  // "Виктора Януковича": the first name's own ending shows the case the surname shares.
  const isInflected = first.toLowerCase().replace(/ё/g, 'е') !== lemma;
  return words
    .map((word, position) => {
      if (position === 0) return restoreCase(word, lemma);
      // «Хуаном Карлосом Саласом»: a second first name shares the first one's case (round
      // twenty-six).
      if (position < words.length - 1) {
        const second = isInflected ? firstNameLemma(word) : undefined;
        if (second !== undefined) return restoreCase(word, second);
        // «Ивана Петровича Седова»: a patronymic shares the first name's case (session 25:
        // «Иван Петровича Седов» was shown).
        const patronymic = isInflected ? obliquePatronymic.exec(word) : null;
        if (patronymic === null) return word;
        return gender === 'm' ? (patronymic[1] ?? word) : `${patronymic[2] ?? ''}на`;
      }
      if (gender === 'm') {
        // A man's surname never ends in -ича in the nominative, whatever the first name shows.
        const noun =
          isInflected || /ич(?:а|у|ем|е)$/u.test(word) ? masculineNounSurname.exec(word) : null;
        if (noun !== null) return noun[1] ?? word;
        // «Саласом» after «Хуаном»: the instrumental of a surname declined as a noun.
        const instrumental = isInflected ? instrumentalOfConsonantStem.exec(word) : null;
        if (instrumental !== null) return instrumental[1] ?? word;
        const match = masculineSurname.exec(word) ?? masculineSkiy.exec(word);
        if (match === null)
          return isInflected ? (consonantStemInCaseOf(first, word) ?? word) : word;
        return masculineSkiy.test(word) ? `${match[1] ?? ''}ий` : (match[1] ?? word);
      }
      const match = feminineSurname.exec(word) ?? feminineSkaya.exec(word);
      return match === null ? word : `${match[1] ?? ''}ая`.replace(/(ов|ев|ёв|ин|ын)ая$/u, '$1а');
    })
    .join(' ');
}

/** The lemma written with the word's own letters where they agree (keeps "ё", capitals). */
function restoreCase(word: string, lemma: string): string {
  let shared = 0;
  const lower = word.toLowerCase().replace(/ё/g, 'е');
  while (shared < lemma.length && shared < lower.length && lower[shared] === lemma[shared]) {
    shared += 1;
  }
  return word.slice(0, shared) + lemma.slice(shared);
}

const instrumentalOfConsonantStem = /^(\p{Lu}\p{Ll}*[бвгджзклмнпрстфхцчшщ])(?:ом|ем)$/u;

/** A patronymic in an oblique case: «Петровича» → «Петрович», «Петровны» → «Петровна». */
const obliquePatronymic =
  /^(?:(\p{Lu}\p{Ll}*ич)(?:а|у|ем|е)|(\p{Lu}\p{Ll}*(?:ов|ев|ич))н(?:ы|е|у|ой))$/u;

/**
 * «Джона Смита», «Джону Смиту»: after a man's first name declined as a noun, a foreign surname
 * on a consonant with the same case ending is that case of the bare stem (session 25: «Джон
 * Смита» was shown). A surname of its own in -а would take -ы/-и in the genitive instead.
 */
function consonantStemInCaseOf(first: string, surname: string): string | undefined {
  const ending = /[ая]$/u.test(first) ? 'а' : /[ую]$/u.test(first) ? 'у' : '';
  if (ending === '' || !surname.endsWith(ending)) return undefined;
  const stem = surname.slice(0, -1);
  return /\p{Lu}\p{Ll}*[бвгджзклмнпрстфхцчшщ]$/u.test(stem) ? stem : undefined;
}

const genitiveOfConsonantStem = /^(\p{Lu}\p{Ll}*[бвгджзклмнпрстфхцчшщ])а$/u;

/**
 * «шерифа округа Харрис Эда Гонзалеса», a man as the pronoun for him shows: a first name the
 * list lacks and a surname both in -а after a consonant are one genitive, and a man's
 * nominative drops it from both (round twenty-four). Undefined when the two do not agree so.
 */
function bothGenitive(words: readonly string[], known: 'm' | 'f' | ''): string | undefined {
  if (known !== 'm' || words.length !== 2) return undefined;
  const stems = words.map((word) => genitiveOfConsonantStem.exec(word)?.[1]);
  if (stems.some((stem) => stem === undefined)) return undefined;
  return stems.join(' ');
}
