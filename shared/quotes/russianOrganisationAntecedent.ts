/**
 * Nouns of bodies that carry a name of their own («телекомпании НВО», «агентства ТАСС»); a
 * state body's noun is followed by the place it serves («полиции РА», «министерства США»).
 */
const namedBodies = new Map([
  ['компания', 'компани'],
  ['телекомпания', 'телекомпани'],
  ['холдинг', 'холдинг'],
  ['агентство', 'агентств'],
]);
/** How far back the body's name is looked for: the article's earlier paragraphs. */
const lookbehind = 3000;
/** A name no genitive place can be: Latin words, an acronym, or words in marks. */
const nameAfterNoun =
  /^\s+(?:«([^«»]{1,60})»|(\p{Lu}{2,}(?![\p{L}])|[A-Z][\p{L}&'-]*(?:\s+[A-Z][\p{L}&'-]*){0,3}))/u;

// Module-level: esbuild compiles a `\p{…}` literal inside a function anew on every call.
const letter = /\p{L}/u;
const lowerLetter = /\p{Ll}/u;

/** Nouns too general to show as a body's name when the article names none with them. */
const namelessNouns = new Set(['телекомпания']);

/**
 * «— говорится в заявлении телекомпании» after «сериал телекомпании НВО»: a bare Russian
 * company or agency noun is the body the article last named with that noun, when the name after
 * it is one no genitive place can be — Latin words, an acronym, a name in marks (round
 * twenty-eight; English does the like in `expandOrganisationName`). Otherwise `name` itself,
 * or '' (no one) for a noun too general to name a body.
 */
export function russianOrganisationAntecedent(text: string, name: string, before: number): string {
  // The stem finds every case of the noun.
  const stem = namedBodies.get(name);
  if (stem === undefined) return name;
  const from = Math.max(0, before - lookbehind);
  const window = text.slice(from, before).toLowerCase();
  let found: string | undefined;
  for (let at = window.indexOf(stem); at >= 0; at = window.indexOf(stem, at + 1)) {
    if (at > 0 && letter.test(window.charAt(at - 1))) continue;
    let end = at + stem.length;
    while (end < window.length && lowerLetter.test(window.charAt(end))) end += 1;
    const match = nameAfterNoun.exec(text.slice(from + end, from + end + 80));
    const named = match?.[1] ?? match?.[2];
    if (named !== undefined) found = named;
  }
  return found ?? (namelessNouns.has(name) ? '' : name);
}
