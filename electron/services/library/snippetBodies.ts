import type { Database, Statement } from 'better-sqlite3';

/** Bodies kept: the rows with snippets of the last few result pages. */
const maxBodies = 200;

/**
 * The body texts that snippets are cut from, kept between searches while the library is not
 * written: typing a word, each keystroke's page shows mostly the articles of the one before
 * («презид», «президе»), and turning a Russian body's UTF-8 into a string was a fifth of such a
 * search. Any write at all — through this connection (`total_changes()`, rolled back or not)
 * or any other process (`data_version`) — drops every kept body, so a body is only ever given
 * back as it is stored, whatever its version says.
 */
export class SnippetBodies {
  private readonly bodies = new Map<string, string>();
  private readonly statements: {
    body: Statement<[number, string], string>;
    dataVersion: Statement<[], number>;
    changes: Statement<[], number>;
  };
  private stamp = '';

  /**
   * `maxLength` is how much of a body the snippets read, in UTF-16 code units: SQLite cuts by
   * characters, which are never fewer units, so `bodyOf(id).slice(0, maxLength)` is the stored
   * text's, and a 20,000-word article keeps no more than a short one.
   */
  constructor(
    db: Database,
    private readonly maxLength: number,
  ) {
    this.statements = {
      body: db
        .prepare<[number, string], string>(
          'SELECT substr(body_text, 1, ?) FROM articles WHERE id = ?',
        )
        .pluck(),
      dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
      changes: db.prepare<[], number>('SELECT total_changes()').pluck(),
    };
  }

  /** Call once per page before {@link bodyOf}: forgets every body if anything was written. */
  checkUnchanged(): void {
    const stamp = `${this.statements.dataVersion.get() ?? ''}:${this.statements.changes.get() ?? ''}`;
    if (stamp !== this.stamp) this.bodies.clear();
    this.stamp = stamp;
  }

  /** The start of the article's stored body text, at least `maxLength` long if the body is ('' when it is gone). */
  bodyOf(id: string): string {
    const kept = this.bodies.get(id);
    if (kept !== undefined) {
      // Most recently used last, so the oldest go first.
      this.bodies.delete(id);
      this.bodies.set(id, kept);
      return kept;
    }
    const body = this.statements.body.get(this.maxLength, id) ?? '';
    this.bodies.set(id, body);
    if (this.bodies.size > maxBodies) {
      const oldest = this.bodies.keys().next().value;
      if (oldest !== undefined) this.bodies.delete(oldest);
    }
    return body;
  }
}
