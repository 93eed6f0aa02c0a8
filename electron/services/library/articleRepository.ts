import type { Database, Statement } from 'better-sqlite3';
import { monotonicFactory } from 'ulid';
import type {
  Article,
  ArticleLanguage,
  ArticlePatch,
  ArticleSummary,
} from '../../../shared/article/articleSchema';
import { articleSchema } from '../../../shared/article/articleSchema';
import { slugify } from '../../../shared/article/slugify';
import { extractPlainText } from '../../../shared/editor/extractPlainText';
import { createEmptyDocument, type TiptapNode } from '../../../shared/editor/tiptapJson';

interface ArticleRow {
  id: string;
  headline: string;
  lede: string;
  rubric: string;
  slug: string;
  language: string;
  status: string;
  body_json: string;
  body_text: string;
  related_headlines_json: string;
  created_at: number;
  updated_at: number;
  published_at: number | null;
  updated_by: string;
  version: number;
}

type SummaryRow = Pick<
  ArticleRow,
  | 'id'
  | 'headline'
  | 'lede'
  | 'rubric'
  | 'slug'
  | 'status'
  | 'language'
  | 'created_at'
  | 'updated_at'
>;

export interface NewArticle {
  headline?: string;
  lede?: string;
  rubric?: string;
  language?: ArticleLanguage;
  body?: TiptapNode;
  relatedHeadlines?: string[];
  tags?: string[];
  bylines?: string[];
}

/** A save that was based on an older version than the one stored. */
export class ArticleConflictError extends Error {
  constructor(
    readonly storedVersion: number,
    readonly baseVersion: number,
  ) {
    super(
      `The article changed elsewhere (version ${storedVersion}) since this edit began (version ${baseVersion}). Reload it to see the newer text.`,
    );
    this.name = 'ArticleConflictError';
  }
}

const fallbackSlug = 'article';

/** Articles in the library: prepared once, rows mapped to domain types. */
export class ArticleRepository {
  private readonly nextId = monotonicFactory();
  private readonly statements: {
    count: Statement<[], { total: number }>;
    list: Statement<[number, number], SummaryRow>;
    get: Statement<[string], ArticleRow>;
    slugTaken: Statement<[string, string], { found: number }>;
    insert: Statement<[Record<string, unknown>]>;
    update: Statement<[Record<string, unknown>]>;
    remove: Statement<[string]>;
    tags: Statement<[string], { tag: string }>;
    bylines: Statement<[string], { name: string }>;
    insertTag: Statement<[string, number, string]>;
    insertByline: Statement<[string, number, string]>;
  };

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {
    this.statements = {
      count: db.prepare('SELECT count(*) AS total FROM articles'),
      list: db.prepare(
        `SELECT id, headline, lede, rubric, slug, status, language, created_at, updated_at
         FROM articles ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?`,
      ),
      get: db.prepare('SELECT * FROM articles WHERE id = ?'),
      slugTaken: db.prepare('SELECT count(*) AS found FROM articles WHERE slug = ? AND id <> ?'),
      insert: db.prepare(
        `INSERT INTO articles (id, headline, lede, rubric, slug, language, status, body_json,
           body_text, related_headlines_json, created_at, updated_at, updated_by, version)
         VALUES (@id, @headline, @lede, @rubric, @slug, @language, 'draft', @body_json,
           @body_text, @related_headlines_json, @now, @now, @actor, 1)`,
      ),
      update: db.prepare(
        `UPDATE articles SET headline = @headline, lede = @lede, rubric = @rubric, slug = @slug,
           body_json = @body_json, body_text = @body_text, updated_at = @now,
           updated_by = @actor, version = version + 1
         WHERE id = @id`,
      ),
      remove: db.prepare('DELETE FROM articles WHERE id = ?'),
      tags: db.prepare('SELECT tag FROM article_tags WHERE article_id = ? ORDER BY position'),
      bylines: db.prepare(
        'SELECT name FROM article_bylines WHERE article_id = ? ORDER BY position',
      ),
      insertTag: db.prepare(
        'INSERT INTO article_tags (article_id, position, tag) VALUES (?, ?, ?)',
      ),
      insertByline: db.prepare(
        'INSERT INTO article_bylines (article_id, position, name) VALUES (?, ?, ?)',
      ),
    };
  }

  count(): number {
    return this.statements.count.get()?.total ?? 0;
  }

  /** Newest first: the order the library sidebar shows. */
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
    this.db.transaction(() => {
      this.statements.insert.run({
        id,
        headline,
        lede: input.lede ?? '',
        rubric: input.rubric ?? '',
        slug: this.uniqueSlug(slugify(headline) || fallbackSlug, id),
        language: input.language ?? 'ru',
        body_json: JSON.stringify(body),
        body_text: extractPlainText(body),
        related_headlines_json: JSON.stringify(input.relatedHeadlines ?? []),
        now: this.now(),
        actor,
      });
      for (const [position, tag] of (input.tags ?? []).entries()) {
        this.statements.insertTag.run(id, position, tag);
      }
      for (const [position, name] of (input.bylines ?? []).entries()) {
        this.statements.insertByline.run(id, position, name);
      }
    })();
    return this.mustGet(id);
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
  ): Article | undefined {
    return this.db.transaction(() => {
      const current = this.statements.get.get(id);
      if (!current) return undefined;
      if (baseVersion !== undefined && baseVersion !== current.version) {
        throw new ArticleConflictError(current.version, baseVersion);
      }
      const headline = patch.headline ?? current.headline;
      const body = patch.body;
      // The slug follows the headline until the article is first published.
      const slug =
        patch.headline !== undefined && current.published_at === null
          ? this.uniqueSlug(slugify(headline) || fallbackSlug, id)
          : current.slug;
      this.statements.update.run({
        id,
        headline,
        lede: patch.lede ?? current.lede,
        rubric: patch.rubric ?? current.rubric,
        slug,
        body_json: body ? JSON.stringify(body) : current.body_json,
        body_text: body ? extractPlainText(body) : current.body_text,
        now: Math.max(this.now(), current.updated_at),
        actor,
      });
      return this.mustGet(id);
    })();
  }

  delete(id: string): boolean {
    return this.statements.remove.run(id).changes > 0;
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
    return articleSchema.parse({
      id: row.id,
      headline: row.headline,
      lede: row.lede,
      rubric: row.rubric,
      tags: this.statements.tags.all(row.id).map((tagRow) => tagRow.tag),
      bylines: this.statements.bylines.all(row.id).map((bylineRow) => bylineRow.name),
      slug: row.slug,
      language: row.language,
      status: row.status,
      body: JSON.parse(row.body_json) as unknown,
      bodyText: row.body_text,
      relatedHeadlines: JSON.parse(row.related_headlines_json) as unknown,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      publishedAt: row.published_at,
      updatedBy: row.updated_by,
      version: row.version,
    });
  }
}

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    headline: row.headline,
    lede: row.lede,
    rubric: row.rubric,
    slug: row.slug,
    status: row.status as ArticleSummary['status'],
    language: row.language as ArticleSummary['language'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
