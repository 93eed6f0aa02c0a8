import type { Database } from 'better-sqlite3';
import { monotonicFactory } from 'ulid';
import type {
  Article,
  ArticleLanguage,
  ArticlePatch,
  ArticleStatus,
  ArticleSummary,
  RelatedArticle,
} from '../../../shared/article/articleSchema';
import { articleSchema } from '../../../shared/article/articleSchema';
import { canMoveArticle } from '../../../shared/article/articleStatusTransitions';
import type {
  Revision,
  RevisionReason,
  RevisionSummary,
} from '../../../shared/article/revisionSchema';
import { slugify } from '../../../shared/article/slugify';
import { extractPlainText } from '../../../shared/editor/extractPlainText';
import { createEmptyDocument, type TiptapNode } from '../../../shared/editor/tiptapJson';
import { ArticleConflictError, ArticleRuleError } from './articleRuleError';
import {
  type ArticleRow,
  type SummaryRow,
  summaryColumns,
  toSnapshot,
  toSummary,
} from './articleRows';
import { QuoteAnnotationStore } from './quoteAnnotationStore';
import { RevisionStore } from './revisionStore';
import { SearchIndex } from './searchIndex';

export { ArticleConflictError } from './articleRuleError';

export interface NewArticle {
  headline?: string;
  lede?: string;
  rubric?: string;
  language?: ArticleLanguage;
  body?: TiptapNode;
  related?: RelatedArticle[];
  tags?: string[];
  bylines?: string[];
  /** `import` when the article came from a file. */
  reason?: Extract<RevisionReason, 'created' | 'import'>;
}

const fallbackSlug = 'article';

/** Articles in the library: prepared once, rows mapped to domain types, one transaction a write. */
export class ArticleRepository {
  readonly revisions: RevisionStore;
  readonly search: SearchIndex;
  readonly quotes: QuoteAnnotationStore;
  private readonly nextId = monotonicFactory();
  private readonly statements: ReturnType<typeof prepareStatements>;

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {
    this.statements = prepareStatements(db);
    this.revisions = new RevisionStore(db);
    this.search = new SearchIndex(db);
    this.quotes = new QuoteAnnotationStore(db);
  }

  count(): number {
    return this.statements.count.get()?.total ?? 0;
  }

  /** Newest first. */
  list(offset: number, limit: number): ArticleSummary[] {
    return this.statements.list.all(limit, offset).map(toSummary);
  }

  get(id: string): Article | undefined {
    const row = this.statements.get.get(id);
    return row ? this.toArticle(row) : undefined;
  }

  create(input: NewArticle, actor: string): Article {
    const id = this.nextId(this.now());
    const body = input.body ?? createEmptyDocument();
    const headline = input.headline ?? '';
    const at = this.now();
    return this.db.transaction(() => {
      const bodyText = extractPlainText(body);
      this.statements.insert.run({
        id,
        headline,
        lede: input.lede ?? '',
        rubric: input.rubric ?? '',
        slug: this.uniqueSlug(slugify(headline) || fallbackSlug, id),
        language: input.language ?? 'ru',
        body_json: JSON.stringify(body),
        body_text: bodyText,
        now: at,
        actor,
      });
      this.writeLists(id, at, input);
      this.search.index(id, { headline, lede: input.lede ?? '', bodyText });
      const article = this.mustGet(id);
      this.revisions.record(id, toSnapshot(article), {
        reason: input.reason ?? 'created',
        author: actor,
        at,
        articleVersion: article.version,
      });
      return article;
    })();
  }

  /**
   * Applies a patch. With `baseVersion`, a save based on an older version is refused
   * rather than silently overwriting what another window saved.
   */
  update(
    id: string,
    patch: ArticlePatch,
    actor: string,
    baseVersion?: number,
    revision: { reason: RevisionReason; name?: string } = { reason: 'autosave' },
  ): Article | undefined {
    return this.db.transaction(() => {
      const current = this.statements.get.get(id);
      if (!current) return undefined;
      this.assertVersion(current, baseVersion);
      const at = Math.max(this.now(), current.updated_at);
      const headline = patch.headline ?? current.headline;
      const lede = patch.lede ?? current.lede;
      const { slug, isSlugCustom } = this.nextSlug(current, patch, headline);
      const bodyText = patch.body ? extractPlainText(patch.body) : current.body_text;
      this.statements.update.run({
        id,
        headline,
        lede,
        rubric: patch.rubric ?? current.rubric,
        slug,
        is_slug_custom: isSlugCustom ? 1 : 0,
        language: patch.language ?? current.language,
        body_json: patch.body ? JSON.stringify(patch.body) : current.body_json,
        body_text: bodyText,
        now: at,
        actor,
      });
      this.writeLists(id, at, patch);
      if (patch.headline !== undefined || patch.lede !== undefined || patch.body !== undefined) {
        this.search.index(id, { headline, lede, bodyText });
      }
      if (patch.body) this.quotes.reconcile(id, patch.body, bodyText, actor, at);
      const article = this.mustGet(id);
      this.revisions.record(id, toSnapshot(article), {
        ...revision,
        author: actor,
        at,
        articleVersion: article.version,
      });
      return article;
    })();
  }

  /** Moves an article along the workflow; `published` stamps the publication time once. */
  setStatus(
    id: string,
    status: ArticleStatus,
    actor: string,
    baseVersion?: number,
  ): Article | undefined {
    return this.db.transaction(() => {
      const current = this.statements.get.get(id);
      if (!current) return undefined;
      this.assertVersion(current, baseVersion);
      const from = current.status as ArticleStatus;
      if (!canMoveArticle(from, status)) {
        throw new ArticleRuleError('invalid', `An article cannot move from ${from} to ${status}.`);
      }
      if (from === status) return this.toArticle(current);
      const at = Math.max(this.now(), current.updated_at);
      this.statements.setStatus.run({
        id,
        status,
        now: at,
        actor,
        published_at: status === 'published' ? at : null,
      });
      const article = this.mustGet(id);
      this.revisions.record(id, toSnapshot(article), {
        reason: 'status',
        author: actor,
        at,
        articleVersion: article.version,
      });
      return article;
    })();
  }

  /** Marks exported articles published (keeping an earlier publication time). */
  markPublished(ids: readonly string[], at: number, actor: string): void {
    this.db.transaction(() => {
      for (const id of ids) {
        const current = this.statements.get.get(id);
        if (!current || current.status === 'published') continue;
        // Publishing is not an edit: the content time and version stay, so the next
        // export of an unchanged article writes nothing.
        this.statements.markPublished.run(at, actor, id);
        const article = this.mustGet(id);
        this.revisions.record(id, toSnapshot(article), {
          reason: 'status',
          author: actor,
          at,
          articleVersion: article.version,
        });
      }
    })();
  }

  /** Keeps the current state as a named version. */
  saveVersion(id: string, name: string, actor: string): RevisionSummary | undefined {
    return this.db.transaction(() => {
      const article = this.get(id);
      if (!article) return undefined;
      const at = this.now();
      const revisionId = this.revisions.record(id, toSnapshot(article), {
        reason: 'named',
        name,
        author: actor,
        at,
        articleVersion: article.version,
      });
      return this.revisions.get(revisionId);
    })();
  }

  /**
   * Puts a revision's content back. The state it replaces is kept first, and the restore is
   * itself a revision, so nothing is ever lost. Status is not restored: it is the workflow's.
   */
  restoreRevision(
    id: string,
    revisionId: number,
    actor: string,
    baseVersion?: number,
  ): Article | undefined {
    return this.db.transaction(() => {
      const revision: Revision | undefined = this.revisions.get(revisionId);
      if (!revision || revision.articleId !== id) return undefined;
      const current = this.get(id);
      if (!current) return undefined;
      if (baseVersion !== undefined && baseVersion !== current.version) {
        throw new ArticleConflictError(current.version, baseVersion);
      }
      const at = Math.max(this.now(), current.updatedAt);
      this.revisions.record(id, toSnapshot(current), {
        reason: 'before-restore',
        author: actor,
        at,
        articleVersion: current.version,
      });
      const { snapshot } = revision;
      const keepsSlug = current.isSlugCustom || current.publishedAt !== null;
      return this.update(
        id,
        {
          headline: snapshot.headline,
          lede: snapshot.lede,
          rubric: snapshot.rubric,
          tags: snapshot.tags,
          bylines: snapshot.bylines,
          language: snapshot.language,
          related: snapshot.related,
          body: snapshot.body,
          ...(keepsSlug ? {} : { slug: null }),
        },
        actor,
        undefined,
        { reason: 'restore', name: revision.name || `#${revision.id}` },
      );
    })();
  }

  /** The id of an article with exactly this headline (ignoring case), for linking related headlines. */
  findIdByHeadline(headline: string): string | undefined {
    return this.statements.byHeadline.get(headline)?.id;
  }

  delete(id: string): boolean {
    return this.db.transaction(() => {
      this.search.remove(id);
      return this.statements.remove.run(id).changes > 0;
    })();
  }

  listRubrics(): string[] {
    return this.statements.rubrics.all().map((row) => row.name);
  }

  listTags(): string[] {
    return this.statements.tags.all().map((row) => row.name);
  }

  listBylines(): string[] {
    return this.statements.bylines.all().map((row) => row.name);
  }

  private assertVersion(current: ArticleRow, baseVersion: number | undefined): void {
    if (baseVersion !== undefined && baseVersion !== current.version) {
      throw new ArticleConflictError(current.version, baseVersion);
    }
  }

  /** A typed slug sticks; otherwise the slug follows the headline until first publication. */
  private nextSlug(
    current: ArticleRow,
    patch: ArticlePatch,
    headline: string,
  ): { slug: string; isSlugCustom: boolean } {
    if (typeof patch.slug === 'string') {
      if (
        patch.slug !== current.slug &&
        this.statements.slugTaken.get(patch.slug, current.id)?.found
      ) {
        throw new ArticleRuleError(
          'conflict',
          `The slug "${patch.slug}" is already used by another article.`,
        );
      }
      return { slug: patch.slug, isSlugCustom: true };
    }
    const isSlugCustom = patch.slug === null ? false : current.is_slug_custom === 1;
    const followsHeadline = !isSlugCustom && current.published_at === null;
    if (followsHeadline && (patch.headline !== undefined || patch.slug === null)) {
      return { slug: this.uniqueSlug(slugify(headline) || fallbackSlug, current.id), isSlugCustom };
    }
    return { slug: current.slug, isSlugCustom };
  }

  private writeLists(
    id: string,
    at: number,
    lists: Pick<NewArticle, 'tags' | 'bylines' | 'related' | 'rubric'>,
  ): void {
    const s = this.statements;
    if (lists.rubric) s.addRubric.run(lists.rubric, at);
    if (lists.tags) {
      s.clearTags.run(id);
      for (const [position, tag] of unique(lists.tags).entries()) {
        s.insertTag.run(id, position, tag);
        s.addTag.run(tag, at);
      }
    }
    if (lists.bylines) {
      s.clearBylines.run(id);
      for (const [position, name] of unique(lists.bylines).entries())
        s.insertByline.run(id, position, name);
    }
    if (lists.related) {
      s.clearRelated.run(id);
      for (const [position, link] of lists.related.entries()) {
        const target =
          link.relatedId && link.relatedId !== id && s.exists.get(link.relatedId)
            ? link.relatedId
            : null;
        s.insertRelated.run(id, position, target, link.headline);
      }
    }
  }

  private mustGet(id: string): Article {
    const article = this.get(id);
    if (!article) throw new Error(`article ${id} vanished inside its own transaction`);
    return article;
  }

  private uniqueSlug(base: string, id: string): string {
    let candidate = base;
    for (let suffix = 2; this.statements.slugTaken.get(candidate, id)?.found; suffix += 1) {
      candidate = `${base}-${suffix}`;
    }
    return candidate;
  }

  private toArticle(row: ArticleRow): Article {
    const s = this.statements;
    return articleSchema.parse({
      id: row.id,
      headline: row.headline,
      lede: row.lede,
      rubric: row.rubric,
      tags: s.tagsOf.all(row.id).map((tagRow) => tagRow.tag),
      bylines: s.bylinesOf.all(row.id).map((bylineRow) => bylineRow.name),
      slug: row.slug,
      isSlugCustom: row.is_slug_custom === 1,
      language: row.language,
      status: row.status,
      body: JSON.parse(row.body_json) as unknown,
      bodyText: row.body_text,
      related: s.relatedOf.all(row.id).map((link) => ({
        relatedId: link.related_id,
        headline: link.current_headline ?? link.headline,
      })),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      publishedAt: row.published_at,
      updatedBy: row.updated_by,
      version: row.version,
    });
  }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function prepareStatements(db: Database) {
  return {
    count: db.prepare<[], { total: number }>('SELECT count(*) AS total FROM articles'),
    list: db.prepare<[number, number], SummaryRow>(
      `SELECT ${summaryColumns} FROM articles a ORDER BY a.updated_at DESC, a.id DESC LIMIT ? OFFSET ?`,
    ),
    get: db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?'),
    byHeadline: db.prepare<[string], { id: string }>(
      'SELECT id FROM articles WHERE headline = ? COLLATE NOCASE ORDER BY updated_at DESC LIMIT 1',
    ),
    exists: db.prepare<[string], { found: number }>('SELECT 1 AS found FROM articles WHERE id = ?'),
    slugTaken: db.prepare<[string, string], { found: number }>(
      'SELECT count(*) AS found FROM articles WHERE slug = ? AND id <> ?',
    ),
    insert: db.prepare<[Record<string, unknown>]>(
      `INSERT INTO articles (id, headline, lede, rubric, slug, language, status, body_json,
         body_text, created_at, updated_at, updated_by, version)
       VALUES (@id, @headline, @lede, @rubric, @slug, @language, 'draft', @body_json,
         @body_text, @now, @now, @actor, 1)`,
    ),
    update: db.prepare<[Record<string, unknown>]>(
      `UPDATE articles SET headline = @headline, lede = @lede, rubric = @rubric, slug = @slug,
         is_slug_custom = @is_slug_custom, language = @language, body_json = @body_json,
         body_text = @body_text, updated_at = @now, updated_by = @actor, version = version + 1
       WHERE id = @id`,
    ),
    setStatus: db.prepare<[Record<string, unknown>]>(
      `UPDATE articles SET status = @status, updated_at = @now, updated_by = @actor,
         published_at = coalesce(published_at, @published_at), version = version + 1
       WHERE id = @id`,
    ),
    markPublished: db.prepare<[number, string, string]>(
      `UPDATE articles SET status = 'published', published_at = coalesce(published_at, ?), updated_by = ?
       WHERE id = ?`,
    ),
    remove: db.prepare<[string]>('DELETE FROM articles WHERE id = ?'),
    tagsOf: db.prepare<[string], { tag: string }>(
      'SELECT tag FROM article_tags WHERE article_id = ? ORDER BY position',
    ),
    bylinesOf: db.prepare<[string], { name: string }>(
      'SELECT name FROM article_bylines WHERE article_id = ? ORDER BY position',
    ),
    relatedOf: db.prepare<
      [string],
      { related_id: string | null; headline: string; current_headline: string | null }
    >(
      `SELECT r.related_id, r.headline, t.headline AS current_headline
       FROM article_related r LEFT JOIN articles t ON t.id = r.related_id
       WHERE r.article_id = ? ORDER BY r.position`,
    ),
    clearTags: db.prepare<[string]>('DELETE FROM article_tags WHERE article_id = ?'),
    insertTag: db.prepare<[string, number, string]>(
      'INSERT INTO article_tags (article_id, position, tag) VALUES (?, ?, ?)',
    ),
    clearBylines: db.prepare<[string]>('DELETE FROM article_bylines WHERE article_id = ?'),
    insertByline: db.prepare<[string, number, string]>(
      'INSERT INTO article_bylines (article_id, position, name) VALUES (?, ?, ?)',
    ),
    clearRelated: db.prepare<[string]>('DELETE FROM article_related WHERE article_id = ?'),
    insertRelated: db.prepare<[string, number, string | null, string]>(
      'INSERT INTO article_related (article_id, position, related_id, headline) VALUES (?, ?, ?, ?)',
    ),
    addRubric: db.prepare<[string, number]>(
      'INSERT OR IGNORE INTO rubrics (name, created_at) VALUES (?, ?)',
    ),
    addTag: db.prepare<[string, number]>(
      'INSERT OR IGNORE INTO tags (name, created_at) VALUES (?, ?)',
    ),
    rubrics: db.prepare<[], { name: string }>('SELECT name FROM rubrics ORDER BY name'),
    tags: db.prepare<[], { name: string }>('SELECT name FROM tags ORDER BY name'),
    bylines: db.prepare<[], { name: string }>(
      'SELECT DISTINCT name FROM article_bylines ORDER BY name',
    ),
  };
}
