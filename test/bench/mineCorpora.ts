import fs from 'node:fs';
import path from 'node:path';
import type { Random } from '../support/createRandom';

/** Word bigrams of real news text: real inflections and word order for filler sentences. */
export interface MarkovChain {
  sentence(random: Random): string;
  readonly sentences: number;
}

export interface MinedCorpora {
  ru: MarkovChain | null;
  en: MarkovChain | null;
  /** Where the words came from, for the results file. */
  source: string;
}

const end = '\u0000';
const quoteMarks = /[«»„“”"()[\]]/g;

/**
 * Reads the shared evaluation corpora (factRuEval-2016 for Russian, GUM news for English) when
 * they are beside the repository, and builds a bigram chain per language. Without them the
 * generator uses its built-in lists only; nothing depends on these files being there.
 */
export function mineCorpora(corporaDir: string | null): MinedCorpora {
  if (!corporaDir || !fs.existsSync(corporaDir)) return { ru: null, en: null, source: 'built-in' };
  const ruDir = path.join(corporaDir, 'factRuEval-2016');
  const enDir = path.join(corporaDir, 'GUM-news/_build/src/xml');
  const ruTexts = ['devset', 'testset'].flatMap((set) =>
    listFiles(path.join(ruDir, set), '.txt').map((file) => fs.readFileSync(file, 'utf8')),
  );
  const enTexts = listFiles(enDir, '.xml').map((file) => gumText(fs.readFileSync(file, 'utf8')));
  const ru = ruTexts.length ? buildChain(ruTexts) : null;
  const en = enTexts.length ? buildChain(enTexts) : null;
  if (!ru && !en) return { ru: null, en: null, source: 'built-in' };
  return {
    ru,
    en,
    source: `built-in + bigrams of ${path.basename(path.dirname(corporaDir))}/corpora (${ruTexts.length} ru, ${enTexts.length} en texts)`,
  };
}

function listFiles(dir: string, extension: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => path.join(dir, name));
}

/** GUM's one-token-per-line XML back to running text. */
function gumText(xml: string): string {
  const words: string[] = [];
  for (const line of xml.split('\n')) {
    if (line.startsWith('<') || !line.trim()) continue;
    const word = line.split('\t')[0] ?? '';
    if (/^[.,;:!?%)]$/.test(word) || /^'/.test(word) || word === "n't") {
      words.push(`${words.pop() ?? ''}${word}`);
    } else words.push(word);
  }
  return words.join(' ');
}

function splitSentences(text: string): string[][] {
  const sentences: string[][] = [];
  for (const raw of text.replace(quoteMarks, '').split(/(?<=[.!?])\s+/)) {
    const words = raw.split(/\s+/).filter(Boolean);
    if (words.length >= 6 && words.length <= 40 && /^\p{Lu}/u.test(words[0] ?? ''))
      sentences.push(words);
  }
  return sentences;
}

function buildChain(texts: readonly string[]): MarkovChain {
  const starts: string[] = [];
  const next = new Map<string, string[]>();
  let count = 0;
  for (const text of texts) {
    for (const words of splitSentences(text)) {
      count += 1;
      starts.push(words[0] ?? '');
      for (let index = 0; index < words.length; index += 1) {
        const word = words[index] ?? '';
        const following = words[index + 1] ?? end;
        let list = next.get(word);
        if (!list) {
          list = [];
          next.set(word, list);
        }
        list.push(following);
      }
    }
  }
  return {
    sentences: count,
    sentence(random) {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const words = [random.pick(starts)];
        for (let guard = 0; guard < 40; guard += 1) {
          const options = next.get(words[words.length - 1] ?? '');
          const word = options ? random.pick(options) : end;
          if (word === end) break;
          words.push(word);
        }
        const last = words[words.length - 1] ?? '';
        if (words.length >= 6 && /[.!?]$/.test(last)) return words.join(' ');
      }
      return '';
    },
  };
}
