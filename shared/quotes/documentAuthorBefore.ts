import { parseSpeakerPhrase, type SpeakerReference } from './parseSpeakerPhrase';
import { tokenizeText, type Token } from './tokenizeText';

/** Nouns of a written text a body or a person issues. */
const documentNouns = new Set(
  'resolution resolutions statement letter ruling declaration motion communique petition'.split(
    ' ',
  ),
);
const documentVerbs = new Set('read reads said says stated states declared declares'.split(' '));
const openers = new Set(['the', 'this', 'that']);

/** How far back the sentence issuing the document is looked for, in characters. */
const lookback = 400;
const issuing = 'passed|adopted|issued|released|published|approved|signed|sent';

/**
 * "The council passed a resolution. The resolution read, "…"", "A resolution passed by the
 * European Parliament … The resolution also stated that …": a document named with "the" as
 * the subject of a speech verb is the words of whoever the text last said issued such a
 * document, nearby (session 25: such quotations were left unattributed). Undefined unless
 * `subject` is that document and its issuer is named.
 */
export function documentAuthorBefore(
  text: string,
  subject: readonly Token[],
  verb: Token | undefined,
): SpeakerReference | undefined {
  const words = subject.filter((token) => token.norm !== 'also');
  const noun = words[1]?.norm ?? '';
  if (words.length !== 2 || !openers.has(words[0]?.norm ?? '') || !documentNouns.has(noun))
    return undefined;
  if (verb === undefined || !documentVerbs.has(verb.norm)) return undefined;
  const start = subject[0]?.start ?? 0;
  const window = text.slice(Math.max(0, start - lookback), start);
  const offset = start - window.length;
  const active = new RegExp(
    `\\b(?:${issuing})\\s+(?:an?|its|their)\\s+(?:[\\w-]+\\s+){0,3}?${noun}\\b(?!\\s+(?:from|by|of)\\b)`,
    'giu',
  );
  const passive = new RegExp(
    `\\b(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?${noun}\\s+(?:${issuing})\\s+by\\s+`,
    'giu',
  );
  let best: SpeakerReference | undefined;
  let bestAt = -1;
  for (const match of window.matchAll(active)) {
    const sentence = Math.max(
      window.lastIndexOf('. ', match.index),
      window.lastIndexOf('\n', match.index),
    );
    const phrase = tokenizeText(text, offset + sentence + 1, offset + match.index);
    // "Tom Reed said the council passed a resolution": the issuer is the verb's own subject.
    const reference = parseSpeakerPhrase(phrase, 'en', 'subject', true);
    if (reference !== undefined && reference.name !== '' && match.index > bestAt) {
      best = reference;
      bestAt = match.index;
    }
  }
  for (const match of window.matchAll(passive)) {
    const from = match.index + match[0].length;
    const stop = window.slice(from).search(/[,.;:!?\n]/u);
    const phrase = tokenizeText(
      text,
      offset + from,
      offset + from + (stop < 0 ? window.length - from : stop),
    );
    // "by the European Parliament Thursday asked": the agent ends at its first lower-case word.
    const end = phrase.findIndex(
      (token) => !token.isCapitalized && token.norm !== 'the' && token.norm !== 'of',
    );
    const agent = end < 0 ? phrase : phrase.slice(0, end);
    const reference = parseSpeakerPhrase(agent, 'en');
    if (reference !== undefined && reference.name !== '' && match.index > bestAt) {
      best = reference;
      bestAt = match.index;
    }
  }
  return best;
}
