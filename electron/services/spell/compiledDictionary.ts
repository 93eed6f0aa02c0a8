import { createRequire } from 'node:module';

/**
 * A Hunspell dictionary as nspell holds it once loaded, written to a file at build time
 * (build/buildSpellDictionaries.mjs) so a checker is ready in milliseconds. nspell expands the
 * Russian dictionary's 146,000 stems into 1.4 million forms, 4.3 s of CPU spent almost all in
 * inserting them into one object; the file holds those forms sorted, each with the flags nspell
 * kept for it, and the loaded checker is nspell's own (its affix rules, `correct`, `suggest`,
 * `add`, `remove`) over a `data` that answers from the file. So the answers are nspell's by
 * construction; spellingEquivalence.test.ts compares them with a plain nspell's.
 *
 * The file: `galley-spell 1\n`, a little-endian uint32 with the JSON header's length, the header,
 * then (each section from a multiple of 4) the forms' lengths, the index of each form's flags in
 * the header's `codes`, and the forms in sorted order, one after another. Forms whose characters
 * number at most 256 distinct UTF-16 units are written a byte per unit (the unit's rank among
 * them), else as UTF-16. The header's `key` is a hash of the format, nspell's version and the
 * dictionary's two files: a file of other dictionaries is never used.
 *
 * Plain CommonJS in a string, run by the spell checker's worker (spellWorkerSource.ts);
 * `compiledDictionaryApi` runs the same text here, for the build and the tests.
 */
export const compiledDictionarySource = String.raw`
const compiledDictionaryMagic = 'galley-spell 1\n';

function compiledDictionaryKey(aff, dic, nspellVersion) {
  const hash = require('node:crypto').createHash('sha256');
  hash.update(compiledDictionaryMagic + nspellVersion + '\n' + aff.length + '\n' + dic.length + '\n');
  hash.update(aff);
  hash.update(dic);
  return hash.digest('hex');
}

function compiledDictionaryWidth(max) {
  return max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
}

function compiledDictionaryArray(width) {
  return width === 1 ? Uint8Array : width === 2 ? Uint16Array : Uint32Array;
}

function alignedTo4(offset) {
  return (offset + 3) & ~3;
}

// The header's key, or null when the buffer is no compiled dictionary.
function compiledDictionaryFileKey(buffer) {
  const magic = Buffer.from(compiledDictionaryMagic, 'latin1');
  if (buffer.length < magic.length + 4 || !buffer.subarray(0, magic.length).equals(magic)) return null;
  const headerLength = buffer.readUInt32LE(magic.length);
  const start = magic.length + 4;
  return JSON.parse(buffer.toString('utf8', start, start + headerLength)).key;
}

function compileDictionary(nspell, aff, dic, key) {
  const checker = nspell(aff, dic);
  // The default order compares UTF-16 units, as the lookup does.
  const forms = Object.keys(checker.data).sort();
  const units = new Set();
  const codeIndex = new Map();
  const arrayIndex = new Map();
  const codes = [];
  const flagsOf = new Uint32Array(forms.length);
  let longest = 0;
  let chars = 0;
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i];
    for (let j = 0; j < form.length; j++) units.add(form.charCodeAt(j));
    longest = Math.max(longest, form.length);
    chars += form.length;
    const value = checker.data[form];
    if (!Array.isArray(value)) throw new Error('compileDictionary: nspell keeps ' + JSON.stringify(form) + ' as no array');
    // Most forms share nspell's one empty array: looked up by identity first.
    let index = arrayIndex.get(value);
    if (index === undefined) {
      const json = JSON.stringify(value);
      index = codeIndex.get(json);
      if (index === undefined) {
        index = codes.length;
        codeIndex.set(json, index);
        codes.push(value);
      }
      arrayIndex.set(value, index);
    }
    flagsOf[i] = index;
  }
  const alphabet = units.size <= 256 ? String.fromCharCode(...[...units].sort((a, b) => a - b)) : null;
  const lengthWidth = compiledDictionaryWidth(longest);
  const codeWidth = compiledDictionaryWidth(codes.length - 1);
  const header = Buffer.from(JSON.stringify({
    key,
    count: forms.length,
    chars,
    alphabet,
    lengthWidth,
    codeWidth,
    codes,
    compoundRules: checker.compoundRules.map((rule) => rule.source),
    compoundRuleCodes: checker.compoundRuleCodes,
  }), 'utf8');
  const magic = Buffer.from(compiledDictionaryMagic, 'latin1');
  const lengthsAt = alignedTo4(magic.length + 4 + header.length);
  const codesAt = alignedTo4(lengthsAt + forms.length * lengthWidth);
  const formsAt = alignedTo4(codesAt + forms.length * codeWidth);
  const file = Buffer.alloc(formsAt + chars * (alphabet === null ? 2 : 1));
  magic.copy(file, 0);
  file.writeUInt32LE(header.length, magic.length);
  header.copy(file, magic.length + 4);
  const lengths = new (compiledDictionaryArray(lengthWidth))(file.buffer, file.byteOffset + lengthsAt, forms.length);
  const flags = new (compiledDictionaryArray(codeWidth))(file.buffer, file.byteOffset + codesAt, forms.length);
  const rank = new Map(alphabet === null ? [] : [...alphabet].map((unit, index) => [unit.charCodeAt(0), index]));
  let at = formsAt;
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i];
    lengths[i] = form.length;
    flags[i] = flagsOf[i];
    for (let j = 0; j < form.length; j++) {
      const unit = form.charCodeAt(j);
      if (alphabet === null) at = file.writeUInt16LE(unit, at);
      else file[at++] = rank.get(unit);
    }
  }
  return file;
}

// An nspell checker from the affix file and a compiled dictionary, or null when the file was
// compiled from other dictionaries (its key is not key).
function loadCompiledDictionary(nspell, aff, buffer, key) {
  const magic = Buffer.from(compiledDictionaryMagic, 'latin1');
  if (compiledDictionaryFileKey(buffer) !== key) return null;
  const headerLength = buffer.readUInt32LE(magic.length);
  const header = JSON.parse(buffer.toString('utf8', magic.length + 4, magic.length + 4 + headerLength));
  // Typed arrays over the file need their sections aligned in memory, not only in the file.
  if (buffer.byteOffset % 4 !== 0) buffer = Buffer.from(buffer);
  const count = header.count;
  const lengthsAt = alignedTo4(magic.length + 4 + headerLength);
  const codesAt = alignedTo4(lengthsAt + count * header.lengthWidth);
  const formsAt = alignedTo4(codesAt + count * header.codeWidth);
  const lengths = new (compiledDictionaryArray(header.lengthWidth))(buffer.buffer, buffer.byteOffset + lengthsAt, count);
  const flags = new (compiledDictionaryArray(header.codeWidth))(buffer.buffer, buffer.byteOffset + codesAt, count);
  const alphabet = header.alphabet;
  const text = alphabet === null
    ? buffer.toString('utf16le', formsAt, formsAt + header.chars * 2)
    : buffer.toString('latin1', formsAt, formsAt + header.chars);
  const offsets = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i] + lengths[i];
  const rankOf = new Int32Array(0x10000).fill(-1);
  for (let unit = 0; unit < 0x10000; unit++) if (alphabet === null) rankOf[unit] = unit;
  if (alphabet !== null) for (let i = 0; i < alphabet.length; i++) rankOf[alphabet.charCodeAt(i)] = i;
  let query = new Int32Array(64);

  // The form's index in the file, or -1.
  function find(word) {
    const length = word.length;
    if (query.length < length) query = new Int32Array(length);
    for (let i = 0; i < length; i++) {
      const rank = rankOf[word.charCodeAt(i)];
      if (rank < 0) return -1;
      query[i] = rank;
    }
    let low = 0;
    let high = count - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const start = offsets[middle];
      const formLength = offsets[middle + 1] - start;
      const shared = Math.min(length, formLength);
      let order = 0;
      for (let i = 0; i < shared && order === 0; i++) order = query[i] - text.charCodeAt(start + i);
      if (order === 0) order = length - formLength;
      if (order === 0) return middle;
      if (order < 0) high = middle - 1;
      else low = middle + 1;
    }
    return -1;
  }

  // What nspell's own table would hold: forms it was given or taught since (with the arrays it
  // was given, which nspell may extend), then the file's forms not removed since. A form read
  // from the file is kept as taught, so later reads see the same array, as in nspell's table.
  const taught = new Map();
  const removed = new Set();
  function fromFile(word) {
    if (removed.has(word)) return undefined;
    const index = find(word);
    if (index < 0) return undefined;
    const value = header.codes[flags[index]].slice();
    taught.set(word, value);
    return value;
  }
  const data = new Proxy(Object.create(null), {
    get(target, word) {
      if (typeof word !== 'string') return undefined;
      return taught.has(word) ? taught.get(word) : fromFile(word);
    },
    has(target, word) {
      if (typeof word !== 'string') return false;
      return taught.has(word) || (!removed.has(word) && find(word) >= 0);
    },
    set(target, word, value) {
      if (typeof word !== 'string') return false;
      taught.set(word, value);
      return true;
    },
    deleteProperty(target, word) {
      if (typeof word !== 'string') return true;
      taught.delete(word);
      if (find(word) >= 0) removed.add(word);
      return true;
    },
  });

  const checker = nspell(aff);
  checker.data = data;
  checker.compoundRules = header.compoundRules.map((source) => new RegExp(source, 'i'));
  checker.compoundRuleCodes = Object.assign(Object.create(null), header.compoundRuleCodes);
  return checker;
}
`;

/** The functions of `compiledDictionarySource`, for Node (the build script and the tests). */
export interface CompiledDictionaryApi {
  compiledDictionaryKey(aff: Buffer, dic: Buffer, nspellVersion: string): string;
  compiledDictionaryFileKey(buffer: Buffer): string | null;
  compileDictionary(nspell: unknown, aff: Buffer, dic: Buffer, key: string): Buffer;
  loadCompiledDictionary(nspell: unknown, aff: Buffer, buffer: Buffer, key: string): unknown;
}

export function compiledDictionaryApi(): CompiledDictionaryApi {
  // The worker's text, run here the same way: a function of `require`.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function(
    'require',
    `${compiledDictionarySource}\nreturn { compiledDictionaryKey, compiledDictionaryFileKey, compileDictionary, loadCompiledDictionary };`,
  ) as (require: NodeRequire) => CompiledDictionaryApi;
  return run(createRequire(import.meta.url));
}
