import type { Database, Statement } from 'better-sqlite3';
import type { ArticleCorrection } from '../../../shared/export/exportTypes';

/** The longest correction note, in characters: a note, not a second article. */
export const maxCorrectionLength = 2000;

/** A correction the store refused, with a message a person can act on. */
export class CorrectionError extends Error {
  override readonly name = 'CorrectionError';
}

/**
 * The corrections printed at the end of a republished article, oldest first. A note is
 * never edited or removed here: the public record of what was corrected only grows (it
 * goes only when its article is deleted).
 */
export class CorrectionStore {
  private readonly statements: {
    articleExists: Statement<[string], { found: number }>;
    insert: Statement<[string, number, string, string]>;
    listFor: Statement<[string], ArticleCorrection>;
  };

  constructor(private readonly db: Database) {
    this.statements = {
      articleExists: db.prepare('SELECT 1 AS found FROM articles WHERE id = ?'),
      insert: db.prepare(
        'INSERT INTO article_corrections (article_id, at, text, actor) VALUES (?, ?, ?, ?)',
      ),
      // By id after time, so two notes made in the same millisecond keep the order they came in.
      listFor: db.prepare(
        'SELECT at, text FROM article_corrections WHERE article_id = ? ORDER BY at, id',
      ),
    };
  }

  /** Records a correction note (trimmed, 1–2000 characters) made by `actor` at `at`. */
  add(articleId: string, text: string, actor: string, at: number): ArticleCorrection {
    const note = text.trim();
    const length = [...note].length;
    if (length === 0) throw new CorrectionError('A correction needs a text.');
    if (length > maxCorrectionLength) {
      throw new CorrectionError(
        `A correction is at most ${maxCorrectionLength} characters; this one has ${length}.`,
      );
    }
    if (!Number.isSafeInteger(at) || at < 0) {
      throw new CorrectionError(`A correction's time must be epoch milliseconds, not ${at}.`);
    }
    this.db.transaction(() => {
      if (!this.statements.articleExists.get(articleId)) {
        throw new CorrectionError(`There is no article with id ${articleId}.`);
      }
      this.statements.insert.run(articleId, at, note, actor);
    })();
    return { at, text: note };
  }

  /** The article's corrections, oldest first; none for an unknown article. */
  listFor(articleId: string): ArticleCorrection[] {
    return this.statements.listFor.all(articleId);
  }
}
