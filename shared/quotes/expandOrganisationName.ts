// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
const acronym = /^\p{Lu}{2,6}$/u;
/** "DoS", "DoD": an acronym with the initial of a function word in lower case. */
const mixedAcronym = /^\p{Lu}(?:\p{Ll}?\p{Lu}){1,4}$/u;
const possessive = /['’]s$/;
const capitalisedRun =
  /\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for|and|the|on|in|de|du|des)\s+)*\p{Lu}[\p{L}’'-]*)*/gu;
const capitalised = /^\p{Lu}/u;
const leadingArticle = /^(?:The|A|An)$/;
const lowerCaseNoun = /^the\s+(\p{Ll}+)$/u;

/** Nouns an organisation's full name is built on ("Human Rights Commission of Pakistan"). */
const organisationNouns = new Set(
  (
    'ministry department council agency commission committee office court union authority ' +
    'board foundation organisation organization institute movement party association federation ' +
    'league front alliance service bureau'
  ).split(' '),
);

/** Nouns that only describe a body ("the worldwide press freedom organization"), naming none. */
const descriptiveNouns = new Set(['organization', 'organisation', 'group']);

/**
 * The full name an English text gives the organisation a cue names in short (round
 * twenty-seven): an acronym ("MDC", "UN") as the capitalised words whose initials it is ("the
 * Movement for Democratic Change (MDC)", "a United Nations report"); a bare organisation noun
 * ("the Commission said", "the commission") as the last full name written before `before` that
 * holds it ("The Human Rights Commission of Pakistan"). A checker looks the body up by that
 * name; the short form is the same body. Returns '' for a descriptive noun the text never
 * writes in a name ("the organization said" after "Reporters Without Borders … The worldwide
 * press freedom organization"), which names no one, and `name` itself otherwise.
 */
export function expandOrganisationName(text: string, name: string, before: number): string {
  return createOrganisationExpander(text)(name, before);
}

interface Run {
  words: string[];
  end: number;
}

/**
 * {@link expandOrganisationName} for one article: its capitalised runs are read once, when a
 * name first needs them, and each acronym is spelled out once.
 */
export function createOrganisationExpander(text: string): (name: string, before: number) => string {
  let runs: Run[] | undefined;
  const spelled = new Map<string, string>();
  const readRuns = (): Run[] => (runs ??= capitalisedRuns(text));
  return (name, before) => {
    if (acronym.test(name)) {
      const known = spelled.get(name);
      if (known !== undefined) return known;
      const full = spelledOut(text, readRuns(), name) ?? name;
      spelled.set(name, full);
      return full;
    }
    if (mixedAcronym.test(name)) {
      const known = spelled.get(name);
      if (known !== undefined) return known;
      const full = definedWithFunctionWords(text, readRuns(), name) ?? name;
      spelled.set(name, full);
      return full;
    }
    const lower = lowerCaseNoun.exec(name)?.[1];
    const noun = lower ?? (capitalised.test(name) && !/\s/.test(name) ? name.toLowerCase() : '');
    if (!organisationNouns.has(noun)) return name;
    // "A court in Istanbul cleared her. … overturned by the Supreme Court of Appeals. … The
    // court said": a body of that kind the text brought in unnamed may be the one meant, so
    // the short form names none (issue 14: the Supreme Court of Appeals was given at 0.9).
    if (bringsInUnnamed(text, noun, before)) return '';
    const full = lastNameHolding(readRuns(), noun, before);
    if (full !== undefined) return full;
    return lower !== undefined && descriptiveNouns.has(lower) ? '' : name;
  };
}

/** Each capitalised run in `text`: its words, a leading article dropped, and where it ends. */
function capitalisedRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (const match of text.matchAll(capitalisedRun)) {
    const words = match[0].split(/\s+/);
    if (leadingArticle.test(words[0] ?? '')) words.shift();
    runs.push({ words, end: (match.index ?? 0) + match[0].length });
  }
  return runs;
}

/**
 * The capitalised words whose initials spell `letters`, the whole run ("Interim Arab
 * Parliament" does not spell "AP"): the one the text defines the acronym after ("Movement for
 * Democratic Change (MDC)"), else the first.
 */
function spelledOut(text: string, runs: readonly Run[], letters: string): string | undefined {
  let first: string | undefined;
  for (const { words, end } of runs) {
    const initials = words.filter((word) => capitalised.test(word)).map((word) => word.charAt(0));
    if (words.length < 2 || initials.join('') !== letters) continue;
    if (text.startsWith(` (${letters})`, end)) return words.join(' ');
    first ??= words.join(' ');
  }
  return first;
}

/**
 * The run a mixed-case acronym is defined after ("the United States Department of State
 * (DoS)"), when its last words' initials, a function word's in lower case, spell it; the whole
 * run, after a possessive or an article, since the words before name whose body it is (round
 * twenty-nine).
 * Only a definition counts: "DoS" alone spells nothing safely.
 */
function definedWithFunctionWords(
  text: string,
  runs: readonly Run[],
  letters: string,
): string | undefined {
  for (const { words, end } of runs) {
    if (!text.startsWith(` (${letters})`, end)) continue;
    const initials = words.map((word) => word.charAt(0)).join('');
    if (words.length < letters.length || !initials.endsWith(letters)) continue;
    const tail = words.length - letters.length;
    // "Later the Kingdom of … (MoH)": the name starts after an article or a possessive.
    const start = words
      .slice(0, tail)
      .findLastIndex((word) => possessive.test(word) || word === 'the');
    return words.slice(start + 1).join(' ');
  }
  return undefined;
}

/** The last run before `before` of two or more capitalised words holding the capitalised `noun`. */
const unnamedBody = new Map<string, RegExp>();

/** "A court in …", "an independent commission": `noun` after an indefinite article before `before`. */
function bringsInUnnamed(text: string, noun: string, before: number): boolean {
  let pattern = unnamedBody.get(noun);
  if (pattern === undefined) {
    pattern = new RegExp(`(?:^|[^\\p{L}])[Aa]n?\\s+(?:\\p{Ll}+\\s+)?${noun}(?![\\p{L}])`, 'u');
    unnamedBody.set(noun, pattern);
  }
  return pattern.test(text.slice(0, before));
}

function lastNameHolding(runs: readonly Run[], noun: string, before: number): string | undefined {
  let found: string | undefined;
  for (const { words, end } of runs) {
    if (end > before) break;
    const at = words.findIndex((word) => word.toLowerCase() === noun);
    if (at < 0 || words.filter((word) => capitalised.test(word)).length < 2) continue;
    found = words.join(' ');
  }
  return found;
}
