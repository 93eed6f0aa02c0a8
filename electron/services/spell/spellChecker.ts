import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { spellingLanguageOf, type SpellingLanguage } from '../../../shared/spell/findSpellingWords';
import { outsideAsar } from '../library/libraryIntegrity';
import { spellWorkerSource } from './spellWorkerSource';

type Request = 'check' | 'suggest' | 'add' | 'remove' | 'origin';

/** Where a language's checker came from: its compiled file, or the dictionary itself. */
export type DictionaryOrigin = 'compiled' | 'dictionary';

/**
 * dist/spell, where build/buildSpellDictionaries.mjs writes the compiled dictionaries: in the
 * folder with the nearest package.json up from this module (the project, from the sources or
 * from dist/cli or dist/electron, or a packaged app's archive, whose unpacked copy the worker
 * reads).
 */
export function compiledDictionaryDir(): string | null {
  const from = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')))
      return outsideAsar(path.join(dir, 'dist', 'spell'));
    if (path.dirname(dir) === dir) return null;
  }
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * Offline spell checking with the Hunspell dictionaries shipped in the app (`dictionary-ru`,
 * `dictionary-en` through `nspell`), in a worker thread started on first use. Each language's
 * dictionary loads when a word in it is first checked. The desk dictionary's words are added on
 * top, so every checker on the library agrees about them.
 */
export class SpellChecker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Languages whose checker has been given the desk dictionary's words. */
  private readonly primed = new Set<SpellingLanguage>();

  /** `compiledDir`: where the compiled dictionaries are looked for (null: nowhere). */
  constructor(
    private readonly extraWords: () => readonly string[] = () => [],
    private readonly compiledDir: string | null | undefined = undefined,
  ) {}

  /** The words (of one language) that its dictionary does not know. */
  async unknownWords(language: SpellingLanguage, words: readonly string[]): Promise<string[]> {
    if (words.length === 0) return [];
    await this.ensureExtraWords(language);
    return (await this.request('check', language, words)) as string[];
  }

  /** The dictionary's closest words, nearest first. */
  async suggest(language: SpellingLanguage, word: string): Promise<string[]> {
    await this.ensureExtraWords(language);
    return (await this.request('suggest', language, [word])) as string[];
  }

  /** Teaches the running checker a word the desk dictionary has just gained. */
  async learn(language: SpellingLanguage, word: string): Promise<void> {
    await this.ensureExtraWords(language);
    await this.request('add', language, [word]);
  }

  async forget(language: SpellingLanguage, word: string): Promise<void> {
    await this.ensureExtraWords(language);
    await this.request('remove', language, [word]);
  }

  /** Loads the language's checker if it is not yet, and says where it came from. */
  async origin(language: SpellingLanguage): Promise<DictionaryOrigin> {
    return (await this.request('origin', language, [])) as DictionaryOrigin;
  }

  /** Stops the worker; the next request starts another. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.primed.clear();
    if (worker) await worker.terminate();
  }

  private async ensureExtraWords(language: SpellingLanguage): Promise<void> {
    if (this.primed.has(language)) return;
    this.primed.add(language);
    const words = this.extraWords().filter((word) => spellingLanguageOf(word) === language);
    if (words.length > 0) await this.request('add', language, words);
  }

  private request(type: Request, language: SpellingLanguage, words: readonly string[]) {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<unknown>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, type, language, words });
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const require = createRequire(import.meta.url);
    // Worker threads cannot read a packaged app's archive: electron-builder.yml unpacks these.
    const dictionaryDir = (name: string) => outsideAsar(path.dirname(require.resolve(name)));
    const worker = new Worker(spellWorkerSource, {
      eval: true,
      workerData: {
        nspellPath: outsideAsar(require.resolve('nspell')),
        nspellVersion: (require('nspell/package.json') as { version: string }).version,
        dictionaryDirs: { ru: dictionaryDir('dictionary-ru'), en: dictionaryDir('dictionary-en') },
        compiledDir: this.compiledDir === undefined ? compiledDictionaryDir() : this.compiledDir,
      },
    });
    worker.on('message', (message: { id: number; result?: unknown; error?: string }) => {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.error !== undefined) waiting.reject(new Error(message.error));
      else waiting.resolve(message.result);
    });
    const failAll = (error: Error) => {
      if (this.worker === worker) {
        this.worker = null;
        this.primed.clear();
      }
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`the spell checker stopped (${code})`)));
    // An idle checker must not keep `galley serve` or a test process alive; after the
    // listeners, since adding a 'message' listener takes the reference again.
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
