import { compiledDictionarySource } from './compiledDictionary';

/**
 * The spell checker's worker, as a script: a dictionary that nspell expands itself takes
 * seconds (the Russian one 1.4 million forms, 4.3 s of CPU), which must never stall the services
 * that save the articles. Each language loads from its compiled file when one was built from the
 * same dictionaries (compiledDictionary.ts, milliseconds), else from the dictionary itself. Plain
 * CommonJS so it runs the same under tsx, the CLI bundle and Electron's main bundle without a
 * file of its own to ship.
 *
 * Messages in: { id, type: 'check' | 'suggest' | 'add' | 'remove' | 'origin', language, words }.
 * Messages out: { id, result } or { id, error }.
 */
export const spellWorkerSource = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const nspell = require(workerData.nspellPath);
const spellers = new Map();
const origins = new Map();
${compiledDictionarySource}

// The checker from the compiled file, or null when there is none for these dictionaries.
function compiledSpeller(language, aff, dic) {
  if (!workerData.compiledDir) return null;
  let buffer;
  try {
    buffer = fs.readFileSync(path.join(workerData.compiledDir, language + '.dict'));
  } catch {
    return null;
  }
  try {
    return loadCompiledDictionary(nspell, aff, buffer, compiledDictionaryKey(aff, dic, workerData.nspellVersion));
  } catch {
    // A damaged file: the dictionary itself gives the same answers, only later.
    return null;
  }
}

function speller(language) {
  let found = spellers.get(language);
  if (!found) {
    const dir = workerData.dictionaryDirs[language];
    const aff = fs.readFileSync(path.join(dir, 'index.aff'));
    const dic = fs.readFileSync(path.join(dir, 'index.dic'));
    found = compiledSpeller(language, aff, dic);
    origins.set(language, found ? 'compiled' : 'dictionary');
    if (!found) found = nspell(aff, dic);
    spellers.set(language, found);
  }
  return found;
}

// Damerau–Levenshtein distance (adjacent transpositions count as one edit).
function distance(a, b) {
  const rows = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) { rows[0].push(j); continue; }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2][j - 2] + 1);
      rows[i].push(best);
    }
  }
  return rows[a.length][b.length];
}

// Hunspell's order favours its own rules; a reader expects the nearest word first, then the
// one of the same length (a mistyped letter is likelier than a lost one).
function rank(word, suggestions) {
  const lower = word.toLowerCase();
  return suggestions
    .map((suggestion, index) => ({ suggestion, index, edits: distance(lower, suggestion.toLowerCase()), lengthGap: Math.abs(suggestion.length - word.length) }))
    .sort((a, b) => a.edits - b.edits || a.lengthGap - b.lengthGap || a.index - b.index)
    .map((entry) => entry.suggestion);
}

parentPort.on('message', (message) => {
  try {
    let result;
    if (message.type === 'check') {
      const checker = speller(message.language);
      result = message.words.filter((word) => !checker.correct(word));
    } else if (message.type === 'suggest') {
      result = rank(message.words[0], speller(message.language).suggest(message.words[0])).slice(0, 6);
    } else if (message.type === 'add') {
      const checker = speller(message.language);
      for (const word of message.words) checker.add(word);
      result = true;
    } else if (message.type === 'origin') {
      speller(message.language);
      result = origins.get(message.language);
    } else if (message.type === 'remove') {
      const checker = speller(message.language);
      for (const word of message.words) checker.remove(word);
      result = true;
    } else {
      throw new Error('unknown request ' + message.type);
    }
    parentPort.postMessage({ id: message.id, result });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
`;
