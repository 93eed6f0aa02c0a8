import type { Database, Statement } from 'better-sqlite3';
import type { SpellingLanguage } from '../../../shared/spell/findSpellingWords';

export interface SpellingEntry {
  word: string;
  language: SpellingLanguage;
  addedBy: string;
  addedAt: number;
}

interface EntryRow {
  word: string;
  language: SpellingLanguage;
  added_by: string;
  added_at: number;
}

/** The desk dictionary's words in the library (`spelling_words`). */
export class SpellingDictionary {
  private readonly statements: {
    list: Statement<[], EntryRow>;
    insert: Statement<[string, string, string, number]>;
    remove: Statement<[string]>;
  };

  constructor(db: Database) {
    this.statements = {
      list: db.prepare(
        'SELECT word, language, added_by, added_at FROM spelling_words ORDER BY word',
      ),
      insert: db.prepare(
        'INSERT INTO spelling_words (word, language, added_by, added_at) VALUES (?, ?, ?, ?) ON CONFLICT (word) DO NOTHING',
      ),
      remove: db.prepare('DELETE FROM spelling_words WHERE word = ?'),
    };
  }

  list(): SpellingEntry[] {
    return this.statements.list.all().map((row) => ({
      word: row.word,
      language: row.language,
      addedBy: row.added_by,
      addedAt: row.added_at,
    }));
  }

  /** False when the word was already there. */
  add(word: string, language: SpellingLanguage, actor: string, at: number): boolean {
    return this.statements.insert.run(word, language, actor, at).changes > 0;
  }

  remove(word: string): boolean {
    return this.statements.remove.run(word).changes > 0;
  }
}
