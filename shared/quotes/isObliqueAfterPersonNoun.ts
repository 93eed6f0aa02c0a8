import { normalizeWord } from './normalizeWord';
import { isRoleWord } from './roleWords';
import { toNominativeRole } from './toNominativeRole';

/**
 * Nouns for someone by their tie to another person, in the nominative, that are not titles:
 * «брат Седова», «соперник Седова».
 */
const tieNouns = new Set(
  (
    'отец мать жена муж супруг супруга вдова сын дочь брат сестра друг подруга родственник ' +
    'родственница сосед соседка знакомый знакомая коллега менеджер агент соперник соперница ' +
    'оппонент сторонник сторонница противник противница партнер партнерша поклонник поклонница'
  ).split(' '),
);

/**
 * «— сказал адвокат Седова», «— заявил тренер Ивана Седова», «Как заявил брат Трампа»: a
 * noun for a person in the nominative right before a name the article elsewhere writes in
 * the nominative differently (`shown`, «Иван Седов») stands with that name in the genitive:
 * whose lawyer, coach or brother spoke, not who spoke. An apposition shares the noun's case
 * («адвокат Седов», «адвокат Анна Седова»). `previous` is the word before the name, normalised
 * (round thirty-three: the genitive's owner was given at 0.95).
 */
export function isObliqueAfterPersonNoun(
  previous: string,
  written: string,
  shown: string,
): boolean {
  const isNominativeNoun =
    tieNouns.has(previous) ||
    (isRoleWord(previous) && normalizeWord(toNominativeRole(previous)) === previous);
  if (!isNominativeNoun) return false;
  const writtenLast = normalizeWord(written.split(/\s+/).at(-1) ?? '');
  const shownLast = normalizeWord(shown.split(/\s+/).at(-1) ?? '');
  return (
    shownLast.length > 3 &&
    writtenLast.length > shownLast.length &&
    writtenLast.startsWith(shownLast.slice(0, -1))
  );
}
