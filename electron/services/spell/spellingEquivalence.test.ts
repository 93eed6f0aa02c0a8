import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compiledDictionaryApi } from './compiledDictionary';
import { SpellChecker } from './spellChecker';

interface Checker {
  correct(word: string): boolean;
  suggest(word: string): string[];
  add(word: string): Checker;
  remove(word: string): Checker;
  data: Record<string, string[]>;
}
type NSpell = (aff: Buffer, dic?: Buffer) => Checker;

const require = createRequire(import.meta.url);
const nspell = require('nspell') as NSpell;
const nspellVersion = (require('nspell/package.json') as { version: string }).version;
const api = compiledDictionaryApi();
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-spell-'));

afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));

function dictionary(language: 'ru' | 'en') {
  const dir = path.dirname(require.resolve(`dictionary-${language}`));
  const aff = fs.readFileSync(path.join(dir, 'index.aff'));
  const dic = fs.readFileSync(path.join(dir, 'index.dic'));
  return { aff, dic, key: api.compiledDictionaryKey(aff, dic, nspellVersion) };
}

/**
 * A plain nspell checker and the one loaded from its compiled file. The compiler's own nspell
 * instance serves as the plain one (it only reads it), which spares a second 4.3 s load.
 */
function bothCheckers(language: 'ru' | 'en') {
  const { aff, dic, key } = dictionary(language);
  let plain: Checker | undefined;
  const capture: NSpell = (a, d) => (plain = nspell(a, d));
  const file = api.compileDictionary(capture, aff, dic, key);
  fs.writeFileSync(path.join(temporary, `${language}.dict`), file);
  const compiled = api.loadCompiledDictionary(nspell, aff, file, key) as Checker;
  return { plain: plain!, compiled, file, aff, key };
}

/** Every `step`-th item, so the sample spans the whole list. */
function every<T>(list: readonly T[], step: number): T[] {
  return list.filter((_, index) => index % step === 0);
}

/** Misspellings a reader makes: a letter lost, doubled, two swapped, one replaced. */
function misspell(word: string, seed: number): string {
  const at = seed % Math.max(word.length - 1, 1);
  switch (seed % 4) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word[at] + word.slice(at);
    case 2:
      return word.slice(0, at) + (word[at + 1] ?? '') + word[at] + word.slice(at + 2);
    default:
      return (
        word.slice(0, at) +
        (word[at] === 'а' ? 'о' : word[at] === 'e' ? 'a' : 'е') +
        word.slice(at + 1)
      );
  }
}

/** The dictionary's own stems and forms, each also misspelt, capitalised, in capitals, with ё/е. */
function wordsToCheck(
  plain: Checker,
  dic: Buffer,
  extra: readonly string[],
  [stemStep, formStep]: [number, number],
): string[] {
  const stems = every(
    dic
      .toString('utf8')
      .split('\n')
      .slice(1)
      .map((line) => (line.split('/')[0] ?? '').trim()),
    stemStep,
  );
  const forms = every(Object.keys(plain.data).sort(), formStep);
  const base = [...stems, ...forms].filter((word) => word.length > 0);
  const words = new Set<string>(extra);
  base.forEach((word, index) => {
    words.add(word);
    words.add(misspell(word, index));
    words.add(word.charAt(0).toUpperCase() + word.slice(1));
    words.add(word.toUpperCase());
    words.add(word.replaceAll('ё', 'е'));
    words.add(word.replaceAll('е', 'ё'));
    if (index % 5 === 0) words.add(`${word}-${base[(index * 7) % base.length]}`);
  });
  return [...words];
}

function expectSameChecks(plain: Checker, compiled: Checker, words: readonly string[]) {
  const differ = words.filter((word) => plain.correct(word) !== compiled.correct(word));
  expect(differ).toEqual([]);
}

function expectSameSuggestions(plain: Checker, compiled: Checker, words: readonly string[]) {
  for (const word of words)
    expect([word, compiled.suggest(word)]).toEqual([word, plain.suggest(word)]);
}

// The Russian dictionary is compiled here from the installed one (about 5 s of CPU, a minute at a
// load of 30 on two cores).
describe('a compiled dictionary', { timeout: 300_000 }, () => {
  it('answers Russian checks and suggestions exactly as nspell does', () => {
    const { aff, dic } = dictionary('ru');
    const { plain, compiled } = bothCheckers('ru');
    const extra = [
      'привет',
      'Превет',
      'ёлка',
      'елка',
      'Ёлка',
      'ЁЛКА',
      'кто-нибудь',
      'по-русски',
      'Ростов-на-Дону',
      'ЦОДДовский',
      'мИнистр',
      'recieve',
      'Moscow',
      'undefined',
      '__proto__',
      'constructor',
      'toString',
      ' ',
      'я',
    ];
    const words = wordsToCheck(plain, dic, extra, [97, 401]);
    expect(words.length).toBeGreaterThan(20_000);
    expectSameChecks(plain, compiled, words);
    // Some of both: forms it knows give no suggestions, misspellings do.
    const known = words.filter((word) => plain.correct(word));
    const unknown = words.filter((word) => !plain.correct(word) && /^[а-яё-]+$/i.test(word));
    expect(known.length).toBeGreaterThan(5_000);
    expect(unknown.length).toBeGreaterThan(5_000);
    expectSameSuggestions(plain, compiled, [
      'превет',
      'Превет',
      'ПРЕВЕТ',
      'елка',
      'кто-нибуть',
      ...every(unknown, Math.floor(unknown.length / 25)),
    ]);
    expect(compiled.suggest('превет')).toContain('привет');

    // The desk dictionary's words taught and withdrawn, as the worker does.
    const desk = ['Ковалёв', 'ЦОДДовский', 'привет', 'undefined'];
    for (const word of desk) {
      plain.add(word);
      compiled.add(word);
    }
    expectSameChecks(plain, compiled, [...extra, ...desk, 'Ковалев', 'КОВАЛЁВ', 'ковалёв']);
    expectSameSuggestions(plain, compiled, ['Ковалёвв', 'ЦОДДовскй']);
    for (const word of ['Ковалёв', 'привет', 'сказала', 'нет-такого']) {
      plain.remove(word);
      compiled.remove(word);
    }
    expectSameChecks(plain, compiled, [
      ...extra,
      ...desk,
      'сказала',
      'Сказала',
      'СКАЗАЛА',
      'Привет',
    ]);
    expectSameSuggestions(plain, compiled, ['сказала', 'скаазала', 'превет']);
    plain.add('сказала');
    compiled.add('сказала');
    expectSameChecks(plain, compiled, ['сказала', 'Сказала', 'привет']);
    expect(aff.length).toBeGreaterThan(0);
  });

  it('answers English checks and suggestions exactly as nspell does (compound numbers too)', () => {
    const { dic } = dictionary('en');
    const { plain, compiled } = bothCheckers('en');
    const extra = [
      'recieve',
      'receive',
      "don't",
      'don’t',
      'colour',
      '1st',
      '21st',
      '11th',
      '12nd',
      '112th',
      // Known only inside compounds (ONLYINCOMPOUND), and a word never suggested (NOSUGGEST).
      '1th',
      '3th',
      '1TH',
      'th',
      'bullshit',
      'NASA',
      'nasa',
      'McDonald',
      'undefined',
      'hasOwnProperty',
      'Moscow',
      'привет',
    ];
    const words = wordsToCheck(plain, dic, extra, [11, 41]);
    expect(words.length).toBeGreaterThan(20_000);
    expectSameChecks(plain, compiled, words);
    const unknown = words.filter((word) => !plain.correct(word) && /^[a-z]+$/i.test(word));
    expectSameSuggestions(plain, compiled, [
      'recieve',
      'Recieve',
      'RECIEVE',
      'teh',
      'bulshit',
      'Bullshitt',
      ...every(unknown, Math.floor(unknown.length / 40)),
    ]);
    for (const word of ['Kovalyov', 'receive']) {
      plain.add(word);
      compiled.add(word);
    }
    plain.remove('receive');
    compiled.remove('receive');
    expectSameChecks(plain, compiled, ['Kovalyov', 'kovalyov', 'KOVALYOV', 'receive', 'Receive']);
    expectSameSuggestions(plain, compiled, ['Kovalyv', 'recieve']);
  });

  it('is not used for other dictionaries, and the worker loads from it', async () => {
    const { aff, file } = bothCheckers('en');
    expect(api.compiledDictionaryFileKey(file)).toBe(dictionary('en').key);
    expect(api.loadCompiledDictionary(nspell, aff, file, 'another key')).toBeNull();

    // The Russian file is the one the first test wrote.
    const checker = new SpellChecker(() => ['Kovalyov'], temporary);
    expect(await checker.origin('en')).toBe('compiled');
    expect(await checker.origin('ru')).toBe('compiled');
    expect(await checker.unknownWords('ru', ['Превет', 'привет', 'метрополитена'])).toEqual([
      'Превет',
    ]);
    expect(await checker.unknownWords('en', ['Kovalyov', 'Kovalyev', 'receive'])).toEqual([
      'Kovalyev',
    ]);
    expect((await checker.suggest('ru', 'превет'))[0]).toBe('привет');
    await checker.close();

    // A file of another dictionary (here: a damaged key) is passed over for the dictionary.
    const stale = Buffer.from(file);
    const keyAt = stale.indexOf(Buffer.from(dictionary('en').key));
    stale[keyAt] = stale[keyAt] === 0x30 ? 0x31 : 0x30;
    const staleDir = fs.mkdtempSync(path.join(temporary, 'stale-'));
    fs.writeFileSync(path.join(staleDir, 'en.dict'), stale);
    const fallback = new SpellChecker(() => [], staleDir);
    expect(await fallback.origin('en')).toBe('dictionary');
    expect(await fallback.unknownWords('en', ['recieve', 'receive'])).toEqual(['recieve']);
    await fallback.close();
  });
});
