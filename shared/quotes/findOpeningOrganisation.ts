import { functionWords, isFunctionWord } from './functionWords';
import { findSpeechVerbByNorm } from './speechVerbs';
import { tokenizeText, type Token } from './tokenizeText';

/**
 * Russian organisation and media nouns in the nominative, as a sentence opens with them:
 * «Агентство «Синьхуа» пишет», «Министерство здравоохранения Казахстана сообщило». Only the
 * nominative: the word opening the sentence is its subject.
 */
const nominativeNouns = new Set(
  (
    'агентство газета издание телеканал радиостанция журнал компания холдинг министерство ' +
    'ведомство правительство администрация департамент управление комитет прокуратура ' +
    'посольство фонд ассоциация профсоюз'
  ).split(' '),
);

/** How far past the noun its name may run, in characters. */
const reach = 120;

/**
 * The organisation a capitalised noun opening a Russian sentence at `offset` names, with its
 * name in marks («Агентство «Синьхуа»» → "Агентство Синьхуа") or the genitive words after it
 * ("Министерство здравоохранения Казахстана"), or undefined. The name reader takes the noun
 * for a lone capitalised word and stops there (round twenty-six).
 */
export function findOpeningOrganisation(text: string, offset: number): string | undefined {
  const tokens = tokenizeText(text, offset, Math.min(text.length, offset + reach));
  const [noun, next] = tokens;
  if (noun === undefined || !noun.isCapitalized || !nominativeNouns.has(noun.norm))
    return undefined;
  if (next?.text === '«') {
    const close = tokens.findIndex((token) => token.text === '»');
    const inside = tokens.slice(2, close);
    if (close < 0 || inside.length === 0 || inside.length > 4 || !inside[0]?.isCapitalized)
      return undefined;
    return `${noun.text} ${text.slice(inside[0].start, inside[inside.length - 1]?.end)}`;
  }
  let end = 1;
  while (end <= maxModifiers && isGenitiveModifier(tokens[end])) end += 1;
  if (end === 1) return undefined;
  return text.slice(noun.start, tokens[end - 1]?.end);
}

/** Words of the name after the noun: «здравоохранения», «Казахстана», "Apple". */
const maxModifiers = 3;
const genitiveEnding = /(?:а|я|ы|и|ов|ев|ей|ого|его|ой|их|ых)$/u;
const latinName = /^[A-Z]/;

function isGenitiveModifier(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.isWord &&
    !isFunctionWord(token.norm) &&
    !functionWords.prepositions.has(token.norm) &&
    findSpeechVerbByNorm(token.norm) === undefined &&
    (genitiveEnding.test(token.norm) || latinName.test(token.text))
  );
}
