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
    body: Statement<[string], string>;
    dataVersion: Statement<[], number>;
    changes: Statement<[], number>;
  };
  private stamp = '';

  constructor(db: Database) {
    this.statements = {
      body: db.prepare<[string], string>('SELECT body_text FROM articles WHERE id = ?').pluck(),
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

  /** The stored body text of the article ('' when it is gone). */
  bodyOf(id: string): string {
    const kept = this.bodies.get(id);
    if (kept !== undefined) {
      // Most recently used last, so the oldest go first.
      this.bodies.delete(id);
      this.bodies.set(id, kept);
      return kept;
    }
    const body = this.statements.body.get(id) ?? '';
    this.bodies.set(id, body);
    if (this.bodies.size > maxBodies) {
      const oldest = this.bodies.keys().next().value;
      if (oldest !== undefined) this.bodies.delete(oldest);
    }
    return body;
  }
}
