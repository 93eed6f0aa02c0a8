import type { Database, Statement } from 'better-sqlite3';
import type { ArticleRepository } from './articleRepository';

export type TermKind = 'rubric' | 'tag';

export interface TermCount {
  name: string;
  /** Articles that carry it now. */
  count: number;
}

export interface TermLists {
  rubrics: TermCount[];
  tags: TermCount[];
}

/**
 * The desk's rubrics and tags as lists to manage: counts, rename, merge, delete. Every article
 * a change touches is saved through the repository like an edit (history, search, the desk
 * document), all in one transaction, so a rename never leaves half the articles behind.
 */
export class TermCatalogue {
  private readonly s: {
    rubrics: Statement<[], TermCount>;
    tags: Statement<[], TermCount>;
    withRubric: Statement<[string], { id: string }>;
    withTag: Statement<[string], { id: string; tags: string }>;
    addRubric: Statement<[string, number]>;
    addTag: Statement<[string, number]>;
    dropRubric: Statement<[string]>;
    dropTag: Statement<[string]>;
  };

  constructor(
    private readonly db: Database,
    private readonly articles: ArticleRepository,
  ) {
    this.s = {
      rubrics: db.prepare(
        `SELECT r.name AS name, (SELECT count(*) FROM articles a WHERE a.rubric = r.name) AS count
         FROM rubrics r ORDER BY r.name`,
      ),
      tags: db.prepare(
        `SELECT t.name AS name,
           (SELECT count(*) FROM article_tags at WHERE at.tag = t.name) AS count
         FROM tags t ORDER BY t.name`,
      ),
      withRubric: db.prepare('SELECT id FROM articles WHERE rubric = ? ORDER BY id'),
      withTag: db.prepare(
        `SELECT t.article_id AS id,
           (SELECT json_group_array(tag) FROM
             (SELECT tag FROM article_tags WHERE article_id = t.article_id ORDER BY position)) AS tags
         FROM article_tags t WHERE t.tag = ? ORDER BY t.article_id`,
      ),
      addRubric: db.prepare('INSERT OR IGNORE INTO rubrics (name, created_at) VALUES (?, ?)'),
      addTag: db.prepare('INSERT OR IGNORE INTO tags (name, created_at) VALUES (?, ?)'),
      dropRubric: db.prepare('DELETE FROM rubrics WHERE name = ?'),
      dropTag: db.prepare('DELETE FROM tags WHERE name = ?'),
    };
  }

  list(): TermLists {
    return { rubrics: this.s.rubrics.all(), tags: this.s.tags.all() };
  }

  /**
   * Renames a rubric or tag on every article that has it; a name already in use merges the two
   * (an article with both tags keeps one). Returns how many articles changed.
   */
  rename(kind: TermKind, from: string, to: string, actor: string): number {
    if (from === to) return 0;
    return this.db.transaction(() => {
      const changed = this.retag(kind, from, to, actor);
      if (kind === 'rubric') {
        this.s.dropRubric.run(from);
        this.s.addRubric.run(to, Date.now());
      } else {
        this.s.dropTag.run(from);
        this.s.addTag.run(to, Date.now());
      }
      return changed;
    })();
  }

  /** Deletes a rubric (its articles are left without one) or a tag (taken off its articles). */
  remove(kind: TermKind, name: string, actor: string): number {
    return this.db.transaction(() => {
      const changed = this.retag(kind, name, null, actor);
      if (kind === 'rubric') this.s.dropRubric.run(name);
      else this.s.dropTag.run(name);
      return changed;
    })();
  }

  private retag(kind: TermKind, from: string, to: string | null, actor: string): number {
    if (kind === 'rubric') {
      const ids = this.s.withRubric.all(from);
      for (const { id } of ids) this.articles.update(id, { rubric: to ?? '' }, actor);
      return ids.length;
    }
    const rows = this.s.withTag.all(from);
    for (const row of rows) {
      const tags = (JSON.parse(row.tags) as string[]).map((tag) => (tag === from ? to : tag));
      const kept = [...new Set(tags.filter((tag): tag is string => tag !== null))];
      this.articles.update(row.id, { tags: kept }, actor);
    }
    return rows.length;
  }
}
