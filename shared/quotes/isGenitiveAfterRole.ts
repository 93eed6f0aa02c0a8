import { completeFromText } from './completeFromText';
import type { SpeakerReference } from './parseSpeakerPhrase';
import { isRoleWord } from './roleWords';

// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
/**
 * One capitalised word with a genitive singular ending («Парижа», «Твери», «Минфина») or with
 * the vowel an indeclinable place ends in, which stands in the genitive unchanged («Торонто»,
 * «Огайо», «Баку», «Кале»; round thirty-three: «— сказал мэр Торонто» gave «Торонто»). A
 * man's surname after a role stands in the nominative, which ends in a consonant or «-й».
 */
const genitiveWord = /^\p{Lu}\p{Ll}+[аяиоуеэю]$/u;
const indeclinableWord = /[оуеэю]$/u;
const lowercaseWord = /^\p{Ll}/u;

/**
 * «— сказал мэр Парижа», «— заявил глава Минфина»: a single word the article names no one by
 * elsewhere, right after a role and in the genitive, is the place or body the role is of, not
 * the holder's surname (round thirty-two: such words were shown as names at 0.95). A surname
 * after a role stands in the nominative with it («министр Лавров»); the feminine and foreign
 * ones that end so too («министр Голикова», «премьер Ренци», «министр Шевченко») are left unshown when the article
 * never gives their full name, rather than risk a place as a person.
 */
export function isGenitiveAfterRole(text: string, reference: SpeakerReference): boolean {
  if (reference.role === '' || !genitiveWord.test(reference.name)) return false;
  const before = text.slice(
    Math.max(0, reference.offset - reference.role.length - 1),
    reference.offset,
  );
  if (before !== `${reference.role} `) return false;
  // «губернатор области Марина Попова»: a first name read into the role ends it, not a word
  // of the role; the word after it is her surname.
  const last = reference.role.split(/\s+/).at(-1) ?? '';
  if (!lowercaseWord.test(last) && !isRoleWord(last)) return false;
  // «президент Фонда прав человека Тор Халворссен»: a name later in the clause holds the role;
  // «король Осеви II»: a regnal number makes the word a name.
  const end = reference.offset + reference.name.length;
  const clause = clauseRest.exec(text.slice(end, end + 160))?.[0] ?? '';
  if (capitalisedWord.test(clause)) return false;
  // «по словам принцессы Мако» after «Мако Акисино»: a word the article writes as the first of
  // a full name is that person's, not a place.
  return (
    !indeclinableWord.test(reference.name) || !/\s/.test(completeFromText(text, reference.name))
  );
}

/** The rest of the clause: up to a stop, a comma, a colon, a dash or a line break. */
const clauseRest = /^[^.,;:!?\n\u2014\u2013]*/u;
const capitalisedWord = /(?:^|[\s(])\p{Lu}/u;
