import type { Database } from 'better-sqlite3';
import type {
  Article,
  ArticleLanguage,
  ArticleStatus,
  ArticleSummary,
  RelatedArticle,
} from '../../../shared/article/articleSchema';
import { articleSchema } from '../../../shared/article/articleSchema';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import { type ArticleRow, type SummaryRow, summaryListSql, toSummary } from './articleRows';

/** The fields of an `articles` row a write sets, in domain names. */
export interface ArticleFields {
  headline: string;
  lede: string;
  rubric: string;
  slug: string;
  isSlugCustom: boolean;
  language: ArticleLanguage;
  bodyJson: string;
  bodyText: string;
}

/** The lists kept beside an article's row; a list left out is left as it is. */
export interface ArticleLists {
  rubric?: string | undefined;
  tags?: readonly string[] | undefined;
  bylines?: readonly string[] | undefined;
  related?: readonly RelatedArticle[] | undefined;
}

/**
 * The `articles` table and its lists (tags, bylines, related, rubrics): statements prepared
 * once, rows mapped to domain types. It writes rows and nothing else: revisions, the search
 * index and the quote ledger are the save's (`saveArticle`).
 */
export class ArticleStore {
  private readonly s: ReturnType<typeof prepareStatements>;

  constructor(db: Database) {
    this.s = prepareStatements(db);
  }

  count(): number {
    return this.s.count.get()?.total ?? 0;
  }

  /** Newest first. */
  list(offset: number, limit: number): ArticleSummary[] {
    return this.s.list.all(limit, offset).map(toSummary);
  }

  get(id: string): Article | undefined {
    const row = this.s.get.get(id);
    return row ? this.toArticle(row) : undefined;
  }

  mustGet(id: string): Article {
    const article = this.get(id);
    if (!article) throw new Error(`article ${id} vanished inside its own transaction`);
    return article;
  }

  /** The row without its body columns: enough to plan a save that brings its own body. */
  head(id: string): ArticleHead | undefined {
    return this.s.head.get(id);
  }

  /** The stored body, as JSON and as plain text. */
  bodyOf(id: string): Pick<ArticleRow, 'body_json' | 'body_text'> | undefined {
    return this.s.bodyOf.get(id);
  }

  /** The row's version and its body as stored JSON text, unparsed. */
  storedBody(id: string): { version: number; json: string } | undefined {
    return this.s.storedBody.get(id);
  }

  /**
   * The row's version, and whether its stored body is exactly `json`: compared by SQLite,
   * so a body the caller already holds is not read into a string of its own to compare.
   */
  storedBodyIs(id: string, json: string): { version: number; same: boolean } | undefined {
    const row = this.s.storedBodyIs.get(json, id);
    return row && { version: row.version, same: row.same === 1 };
  }

  /** The article with the body the caller has just written (and checked) as its body. */
  mustGetWithBody(id: string, body: { document: TiptapNode; text: string }): Article {
    const row = this.s.head.get(id);
    if (!row) throw new Error(`article ${id} vanished inside its own transaction`);
    return { ...this.toFields({ ...row, body_text: body.text }), body: body.document };
  }

  findIdByHeadline(headline: string): string | undefined {
    return this.s.byHeadline.get(headline)?.id;
  }

  /** Another article holding this slug, if any. */
  findIdBySlug(slug: string, exceptId: string): string | undefined {
    return this.s.slugHolder.get(slug, exceptId)?.id;
  }

  isSlugTaken(slug: string, exceptId: string): boolean {
    return Boolean(this.s.slugTaken.get(slug, exceptId)?.found);
  }

  insert(id: string, fields: Omit<ArticleFields, 'isSlugCustom'>, at: number, actor: string) {
    this.s.insert.run({ id, ...toColumns(fields), now: at, actor });
  }

  update(id: string, fields: ArticleFields, at: number, actor: string): void {
    this.s.update.run({
      id,
      ...toColumns(fields),
      is_slug_custom: fields.isSlugCustom ? 1 : 0,
      now: at,
      actor,
    });
  }

  /**
   * Writes only the body (typing): the columns left out of the statement keep their indexes
   * (slug, headline, language and status lists) out of the write, four pages fewer per save.
   */
  updateBody(id: string, body: { json: string; text: string }, at: number, actor: string): void {
    this.s.updateBody.run({ id, body_json: body.json, body_text: body.text, now: at, actor });
  }

  /** Moves the row along the workflow; `published` stamps the publication time once. */
  setStatus(id: string, status: ArticleStatus, at: number, actor: string): void {
    this.s.setStatus.run({
      id,
      status,
      now: at,
      actor,
      published_at: status === 'published' ? at : null,
    });
  }

  /** Publishing is not an edit: the content time and version stay as they are. */
  markPublished(id: string, at: number, actor: string): void {
    this.s.markPublished.run(at, actor, id);
  }

  /** The ids of the articles this one links to («Другие новости»), without reading it whole. */
  relatedIds(id: string): string[] {
    return this.s.relatedOf.all(id).flatMap((link) => (link.related_id ? [link.related_id] : []));
  }

  /** Off the site again: back to ready; the first publication time stays for the record. */
  markUnpublished(id: string, actor: string): void {
    this.s.markUnpublished.run(actor, id);
  }

  /** The workflow fields as a desk's merged document holds them (no new version: the content write counted). */
  setMergedWorkflow(
    id: string,
    merged: { status: ArticleStatus; createdAt: number; publishedAt: number | null },
  ): void {
    this.s.setMergedWorkflow.run(merged.status, merged.createdAt, merged.publishedAt, id);
  }

  delete(id: string): boolean {
    return this.s.remove.run(id).changes > 0;
  }

  writeLists(id: string, at: number, lists: ArticleLists): void {
    const s = this.s;
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

  listRubrics(): string[] {
    return this.s.rubrics.all().map((row) => row.name);
  }

  listTags(): string[] {
    return this.s.tags.all().map((row) => row.name);
  }

  listBylines(): string[] {
    return this.s.bylines.all().map((row) => row.name);
  }

  private toArticle(row: ArticleRow): Article {
    return articleSchema.parse({
      ...this.rawFields(row),
      body: JSON.parse(row.body_json) as unknown,
    });
  }

  private toFields(row: Omit<ArticleRow, 'body_json'>): Omit<Article, 'body'> {
    return articleWithoutBodySchema.parse(this.rawFields(row));
  }

  private rawFields(row: Omit<ArticleRow, 'body_json'>): Record<string, unknown> {
    const s = this.s;
    return {
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
    };
  }
}

const articleWithoutBodySchema = articleSchema.omit({ body: true });

/** An `articles` row without its body columns. */
export type ArticleHead = Omit<ArticleRow, 'body_json' | 'body_text'>;

const headColumns = `id, headline, lede, rubric, slug, is_slug_custom, language, status,
  created_at, updated_at, published_at, updated_by, version`;

function toColumns(fields: Omit<ArticleFields, 'isSlugCustom'>) {
  return {
    headline: fields.headline,
    lede: fields.lede,
    rubric: fields.rubric,
    slug: fields.slug,
    language: fields.language,
    body_json: fields.bodyJson,
    body_text: fields.bodyText,
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function prepareStatements(db: Database) {
  return {
    count: db.prepare<[], { total: number }>('SELECT count(*) AS total FROM articles'),
    list: db.prepare<[number, number], SummaryRow>(summaryListSql),
    get: db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?'),
    head: db.prepare<[string], ArticleHead>(`SELECT ${headColumns} FROM articles WHERE id = ?`),
    bodyOf: db.prepare<[string], Pick<ArticleRow, 'body_json' | 'body_text'>>(
      'SELECT body_json, body_text FROM articles WHERE id = ?',
    ),
    storedBody: db.prepare<[string], { version: number; json: string }>(
      'SELECT version, body_json AS json FROM articles WHERE id = ?',
    ),
    storedBodyIs: db.prepare<[string, string], { version: number; same: number }>(
      'SELECT version, body_json = ? AS same FROM articles WHERE id = ?',
    ),
    byHeadline: db.prepare<[string], { id: string }>(
      'SELECT id FROM articles WHERE headline = ? COLLATE NOCASE ORDER BY updated_at DESC LIMIT 1',
    ),
    exists: db.prepare<[string], { found: number }>('SELECT 1 AS found FROM articles WHERE id = ?'),
    slugHolder: db.prepare<[string, string], { id: string }>(
      'SELECT id FROM articles WHERE slug = ? AND id <> ? LIMIT 1',
    ),
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
    updateBody: db.prepare<[Record<string, unknown>]>(
      `UPDATE articles SET body_json = @body_json, body_text = @body_text, updated_at = @now,
         updated_by = @actor, version = version + 1
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
    markUnpublished: db.prepare<[string, string]>(
      `UPDATE articles SET status = 'ready', updated_by = ? WHERE id = ? AND status = 'published'`,
    ),
    setMergedWorkflow: db.prepare<[string, number, number | null, string]>(
      'UPDATE articles SET status = ?, created_at = ?, published_at = ? WHERE id = ?',
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
