import { createStemLexicon } from './createStemLexicon';
import { functionWords, isFunctionWord } from './functionWords';
import { findSpeechVerbByNorm } from './speechVerbs';
import type { Token } from './tokenizeText';

/**
 * Russian organisation nouns as stem → nominative: "в пресс-службе метрополитена уточнили",
 * "говорится в сообщении министерства", "в мэрии заявили" name an organisation as the
 * speaker, written in lower case, so no name run finds them.
 */
const russianNominatives = new Map<string, string>([
  ['пресс-служб', 'пресс-служба'],
  ['министерств', 'министерство'],
  ['ведомств', 'ведомство'],
  ['мэри', 'мэрия'],
  ['правительств', 'правительство'],
  ['администраци', 'администрация'],
  ['департамент', 'департамент'],
  ['управлени', 'управление'],
  ['комитет', 'комитет'],
  ['полици', 'полиция'],
  ['прокуратур', 'прокуратура'],
  ['компани', 'компания'],
  ['телекомпани', 'телекомпания'],
  ['метрополитен', 'метрополитен'],
  ['штаб', 'штаб'],
  ['холдинг', 'холдинг'],
  ['посольств', 'посольство'],
  ['агентств', 'агентство'],
  ['фонд', 'фонд'],
  ['префектур', 'префектура'],
  ['ассоциаци', 'ассоциация'],
  ['профсоюз', 'профсоюз'],
  ['телевидени', 'телевидение'],
]);

const englishNouns = new Set(
  (
    'ministry department government police council agency company office commission committee ' +
    'embassy court army military administration authority authorities university hospital ' +
    'union firm board church foundation organisation organization institute regulator ' +
    'prosecutors'
  ).split(' '),
);

const matchRussian = createStemLexicon([...russianNominatives.keys()].join(' '));
/** Genitive words after the noun that belong to the name ("пресс-служба метрополитена"). */
const maxModifiers = 3;

/** Russian object cases ("рассказали агентству", "с министерством"): not the speaker. */
const objectEnding = /(?:у|ю|ом|ем|ам|ям|ами|ями)$/;
const locatives = new Set(['в', 'во', 'из', 'у', 'от']);
const russianAdjective = /(?:ого|его|ой|ей|ый|ий|ая|яя|ое|ее|ых|их)$/;

/**
 * The organisation a lower-case phrase names, in the nominative with the words that qualify
 * it ("пресс-служба метрополитена", "министерство", "the ministry"), or undefined. The noun
 * must stand where a speaker stands: first in the phrase ("the ministry said", "министерства"
 * after "в сообщении"), or after "в" ("в пресс-службе уточнили"), not as an object ("told
 * the police", "рассказали агентству").
 */
export function findOrganisationNoun(
  tokens: readonly Token[],
  language: 'ru' | 'en',
): string | undefined {
  let index = 0;
  if (language === 'en') {
    if (tokens[index]?.norm === 'the') index += 1;
    const token = tokens[index];
    if (token === undefined || !englishNouns.has(token.norm)) return undefined;
    return `${index > 0 ? 'the ' : ''}${token.text}`;
  }
  const isLocative = locatives.has(tokens[index]?.norm ?? '');
  if (isLocative) index += 1;
  // "от областного департамента финансов": an adjective before the noun is left out, as its
  // nominative cannot be told from the ending ("областной" or "областный").
  if (russianAdjective.test(tokens[index]?.norm ?? '') && tokens[index + 1]?.isWord === true) {
    if (matchRussian(tokens[index + 1]?.norm ?? '') !== undefined) index += 1;
  }
  {
    const token = tokens[index];
    if (token === undefined || !token.isWord) return undefined;
    const stem = matchRussian(token.norm);
    if (stem === undefined || (!isLocative && objectEnding.test(token.norm))) return undefined;
    const words = [russianNominatives.get(stem) ?? stem];
    for (let next = index + 1; next < tokens.length && words.length <= maxModifiers; next += 1) {
      const modifier = tokens[next];
      if (modifier === undefined || !isModifier(modifier)) break;
      words.push(modifier.text);
    }
    return words.join(' ');
  }
}

function isModifier(token: Token): boolean {
  return (
    token.isWord &&
    !isFunctionWord(token.norm) &&
    !functionWords.prepositions.has(token.norm) &&
    findSpeechVerbByNorm(token.norm) === undefined
  );
}
