import { firstNameLemma } from './firstNames';
import { normalizeWord } from './normalizeWord';
import { isRoleWord } from './roleWords';

/**
 * Nouns of kinship or service: a person named in the genitive after one is whose relative or
 * employee is meant («отец Ивана», «менеджер Мии»), not the one who acts.
 */
const relationNoun =
  /^(?:лицо|отец|отца|мать|матер\p{Ll}*|жена|жены|муж|мужа|супруг\p{Ll}*|вдова|вдовы|сын|сына|доч\p{Ll}*|брат|брата|сестра|сестры|подруг\p{Ll}*|друг|друга|менеджер\p{Ll}*|агент\p{Ll}*|адвокат\p{Ll}*|представител\p{Ll}*|помощни\p{Ll}*|родственни\p{Ll}*|сосед\p{Ll}*|знаком\p{Ll}*|коллег\p{Ll}*)$/u;

/** A noun of kinship or service («жена», «доверенное лицо», «друг»), in a normalised form. */
export function isRelationNoun(word: string): boolean {
  return relationNoun.test(word) && !isRoleWord(word);
}

/**
 * «доверенное лицо певицы», «жена поэта»: a role phrase whose role noun is the genitive after a
 * noun of kinship or trust names the role holder's relative or confidant, not the holder.
 */
export function isRelationRole(role: string): boolean {
  const words = role.split(/[\s,]+/);
  // A noun of service that is a title itself ("представитель президента") is that title's
  // holder, matched as a role of its own.
  return words.some(
    (word, at) =>
      relationNoun.test(normalizeWord(word)) &&
      !isRoleWord(word) &&
      isRoleWord(words[at + 1] ?? ''),
  );
}

/**
 * A genitive first name: a listed one in another form ending in -а/-я/-ы/-и («Ивана»), or
 * one the list lacks ending in -ии or a consonant and -ы («Мии», «Виталины»), forms no
 * nominative name takes.
 */
function isGenitiveFirstName(word: string): boolean {
  const lemma = firstNameLemma(word);
  if (lemma !== undefined) return lemma !== word && /[аяыи]$/u.test(word);
  return /(?:ии|[бвгдзклмнпрстфхцчшщ]ы)$/u.test(word);
}

/**
 * «Менеджер Мии Фэрроу», or «отца» (`previous`, the word before the name) before «Ивана
 * Агафонова»: a name in the genitive after a noun of kinship or service names whose relative
 * or employee is meant, not who acts («по словам Николая Азарова» is for the caller to set
 * apart). See findDoubt's 'relation-genitive'.
 */
export function isRelationsGenitive(name: string, previous: string): boolean {
  const words = name.split(/\s+/).map(normalizeWord);
  const start = relationNoun.test(words[0] ?? '') ? 1 : relationNoun.test(previous) ? 0 : -1;
  if (start < 0 || words.length - start < 2) return false;
  return words.slice(start).some(isGenitiveFirstName);
}
