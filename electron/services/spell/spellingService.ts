import { spellingLanguageOf, type SpellingLanguage } from '../../../shared/spell/findSpellingWords';
import type { Database } from 'better-sqlite3';
import { SpellChecker } from './spellChecker';
import { SpellingDictionary, type SpellingEntry } from './spellingDictionary';

/** Spell checking for the editor: the shipped dictionaries plus the desk dictionary. */
export class SpellingService {
  private readonly dictionary: SpellingDictionary;
  private readonly checker: SpellChecker;

  constructor(db: Database) {
    this.dictionary = new SpellingDictionary(db);
    this.checker = new SpellChecker(() => this.dictionary.list().map((entry) => entry.word));
  }

  async unknownWords(words: readonly string[]): Promise<string[]> {
    const byLanguage = new Map<SpellingLanguage, string[]>();
    for (const word of new Set(words)) {
      const language = spellingLanguageOf(word);
      if (!language) continue;
      const list = byLanguage.get(language) ?? [];
      list.push(word);
      byLanguage.set(language, list);
    }
    const answers = await Promise.all(
      [...byLanguage].map(([language, list]) => this.checker.unknownWords(language, list)),
    );
    return answers.flat();
  }

  async suggest(word: string): Promise<string[]> {
    const language = spellingLanguageOf(word);
    return language ? this.checker.suggest(language, word) : [];
  }

  words(): SpellingEntry[] {
    return this.dictionary.list();
  }

  async addWord(word: string, actor: string): Promise<SpellingEntry[]> {
    const language = spellingLanguageOf(word);
    if (language && this.dictionary.add(word, language, actor, Date.now()))
      await this.checker.learn(language, word);
    return this.words();
  }

  async removeWord(word: string): Promise<SpellingEntry[]> {
    const language = spellingLanguageOf(word);
    if (language && this.dictionary.remove(word)) await this.checker.forget(language, word);
    return this.words();
  }

  close(): Promise<void> {
    return this.checker.close();
  }
}
