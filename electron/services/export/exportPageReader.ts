import type { Database } from 'better-sqlite3';
import { articleIdSchema } from '../../../shared/article/articleSchema';
import { articleStatuses } from '../../../shared/article/articleFieldNames';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import type { ArticleCorrection, ExportArticle } from '../../../shared/export/exportTypes';
import { textLanguages } from '../../../shared/text/textLanguage';
import { vouchedBodyInSchemaOrder } from './bodyInSchemaOrder';

/** The columns of an article its export reads: none of its plain text, workflow or author. */
interface PageRow {
  id: string;
  headline: string;
  lede: string;
  rubric: string;
  slug: string;
  language: string;
  status: string;
  body_json: string;
  created_at: number;
  updated_at: number;
  published_at: number | null;
  version: number;
}

/** An article of a page, as the export reads it, and the JSON its body was parsed from. */
export interface PagedArticle {
  article: ExportArticle;
  /**
   * The stored JSON `article.body` was read from (its parse, put in the schema's order by
   * `bodyInSchemaOrder`): a render thread reads that rather than get a clone of the tree.
   */
  bodyJson: string;
  /**
   * The image ids of the body's figures in reading order, each once (`collectFigureImageIds`
   * of `article.body`), found in the same walk that vouched for the body.
   */
  figureIds: string[];
}

/**
 * Reads articles for an export a page at a time: one statement per table for the whole page,
 * in one read transaction. Answers, per id, the article or `null` when its row is not
 * provably what the article schema would accept unchanged (then the caller reads it through
 * the checked path, which reports what is wrong); ids not in the library are left out.
 */
export type ExportPageReader = (ids: readonly string[]) => Map<string, PagedArticle | null>;

function prepareStatements(db: Database) {
  return {
    articles: db.prepare<[string], PageRow>(
      `SELECT id, headline, lede, rubric, slug, language, status, body_json, created_at,
         updated_at, published_at, version
       FROM articles WHERE id IN (SELECT value FROM json_each(?))`,
    ),
    tags: db.prepare<[string], { id: string; value: string }>(
      `SELECT article_id AS id, tag AS value FROM article_tags
       WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, position`,
    ),
    bylines: db.prepare<[string], { id: string; value: string }>(
      `SELECT article_id AS id, name AS value FROM article_bylines
       WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, position`,
    ),
    // The headline a related link shows follows the linked article's current headline.
    related: db.prepare<[string], { id: string; related_id: string | null; headline: string }>(
      `SELECT r.article_id AS id, r.related_id, coalesce(t.headline, r.headline) AS headline
       FROM article_related r
       LEFT JOIN articles t INDEXED BY articles_export_listing ON t.id = r.related_id
       WHERE r.article_id IN (SELECT value FROM json_each(?))
       ORDER BY r.article_id, r.position`,
    ),
    // Active annotations in the order the fact-check service lists them (dismissed ones last,
    // which these are not).
    speakers: db.prepare<[string], { id: string; value: string }>(
      `SELECT article_id AS id, speaker AS value FROM quote_annotations
       WHERE article_id IN (SELECT value FROM json_each(?)) AND state = 'active'
       ORDER BY article_id, start_offset, created_at`,
    ),
    corrections: db.prepare<[string], { id: string; at: number; text: string }>(
      `SELECT article_id AS id, at, text FROM article_corrections
       WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, at, id`,
    ),
    image: db.prepare<[string], { file_name: string; mime_type: string }>(
      'SELECT file_name, mime_type FROM images WHERE id = ?',
    ),
  };
}

function grouped<T extends { id: string }, V>(rows: readonly T[], value: (row: T) => V) {
  const groups = new Map<string, V[]>();
  for (const row of rows) {
    let group = groups.get(row.id);
    if (!group) groups.set(row.id, (group = []));
    group.push(value(row));
  }
  return groups;
}

const isTime = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;

// What `articleSchema` checks of the columns read, without copying anything (the table's
// STRICT types and CHECK constraints already hold the rest).
function isSchemaRow(row: PageRow): boolean {
  return (
    articleIdSchema.safeParse(row.id).success &&
    (textLanguages as readonly string[]).includes(row.language) &&
    (articleStatuses as readonly string[]).includes(row.status) &&
    isTime(row.created_at) &&
    isTime(row.updated_at) &&
    (row.published_at === null || isTime(row.published_at)) &&
    Number.isSafeInteger(row.version) &&
    row.version > 0
  );
}

// The body in the schema's order when it is provably what the schema would make of it, and
// its figures' image ids.
function parsedBody(json: string): { body: TiptapNode; figureIds: string[] } | undefined {
  try {
    const figureIds = new Set<string>();
    const body = vouchedBodyInSchemaOrder(JSON.parse(json), figureIds);
    return body && { body, figureIds: [...figureIds] };
  } catch {
    // Not JSON, or nested past the stack: the checked path says what is wrong.
    return undefined;
  }
}

/** A reader of export pages over `db` (see {@link ExportPageReader}). */
export function exportPageReader(db: Database): ExportPageReader {
  const s = prepareStatements(db);
  const imageOf = (imageId: string) =>
    /^[0-9a-f]{64}$/.test(imageId) ? s.image.get(imageId) : undefined;
  return db.transaction((ids: readonly string[]) => {
    const json = JSON.stringify(ids);
    const rows = s.articles.all(json);
    const tags = grouped(s.tags.all(json), (row) => row.value);
    const bylines = grouped(s.bylines.all(json), (row) => row.value);
    const related = grouped(s.related.all(json), (row) => row);
    const speakers = grouped(s.speakers.all(json), (row) => row.value);
    const corrections = grouped(s.corrections.all(json), (row): ArticleCorrection => ({
      at: row.at,
      text: row.text,
    }));
    const page = new Map<string, PagedArticle | null>();
    for (const row of rows) {
      const links = related.get(row.id) ?? [];
      const parsed = isSchemaRow(row) ? parsedBody(row.body_json) : undefined;
      if (
        !parsed ||
        !links.every(
          (link) => link.related_id === null || articleIdSchema.safeParse(link.related_id).success,
        )
      ) {
        page.set(row.id, null);
        continue;
      }
      const { body, figureIds } = parsed;
      const article: ExportArticle = {
        id: row.id,
        headline: row.headline,
        lede: row.lede,
        rubric: row.rubric,
        tags: tags.get(row.id) ?? [],
        bylines: bylines.get(row.id) ?? [],
        slug: row.slug,
        language: row.language as ExportArticle['language'],
        body,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        publishedAt: row.published_at,
        version: row.version,
        related: links.map((link) => ({ headline: link.headline })),
        images: figureIds.flatMap((imageId) => {
          const image = imageOf(imageId);
          return image ? [{ imageId, fileName: image.file_name, mimeType: image.mime_type }] : [];
        }),
        speakers: [...new Set((speakers.get(row.id) ?? []).filter((speaker) => speaker))],
        corrections: corrections.get(row.id) ?? [],
      };
      page.set(row.id, { article, bodyJson: row.body_json, figureIds });
    }
    return page;
  });
}
