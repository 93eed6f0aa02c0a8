import type { Token } from './tokenizeText';

/** A woman's surname in a case that is never the accusative: «Орловой», «Вишневской». */
const feminineOblique = /^[а-яё-]+(?:(?:ов|ев|ёв|ин|ын)(?:ой|ою)|(?:ск|цк)(?:ой|ою))$/;

/**
 * «Седов процитировал Орловой: «…»», «Седов процитировал Орлову её слова: «…»»: the name right
 * after a cite verb is to whom the words were quoted, not whose they are, when it is written
 * in a case the object never takes (a woman's dative), or when the verb's object follows it
 * («её слова»). Whose words they are the sentence does not name, so nobody is given (session
 * 24: the addressee, or a man of her surname, was given at 0.95). `after` holds the tokens
 * after the verb up to the colon or a comma. Russian only.
 */
export function isCitedAddressee(after: readonly Token[]): boolean {
  const first = after[0];
  if (first === undefined || !first.isCapitalized) return false;
  if (feminineOblique.test(first.norm)) return true;
  let end = 1;
  while (end < after.length && after[end]?.isCapitalized === true) end += 1;
  // «процитировал Медведева в интервью:» keeps its object: only words that open the verb's own
  // object («её слова», «фразу») make the name before them an addressee.
  return citedObjects.has(after[end]?.norm ?? '');
}

/** Words that open a cite verb's object: whose words («её», «свои»), or what («слова»). */
const citedObjects = new Set(
  'ее его их свои свою свое слова фразу фразы высказывание цитату строки'.split(' '),
);
