import type { Database } from 'better-sqlite3';
import { articleIdSchema } from '../../../shared/article/articleSchema';
import { articleStatuses } from '../../../shared/article/articleFieldNames';
import type { ArticleCorrection, ExportArticle } from '../../../shared/export/exportTypes';
import { textLanguages } from '../../../shared/text/textLanguage';
import { figureImageCandidates, type FigureImage } from './vouchedArticle';

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
  change_seq: number | null;
}

/**
 * An article of a page as the export reads it, its body not yet parsed: a render thread can
 * parse and check it there (`vouchedArticle`), where it is parsed anyway, rather than this
 * thread parse it too.
 */
export interface PagedArticle {
  /** The article, with stand-ins for `body` and `images` (see `vouchedArticle`). */
  article: ExportArticle;
  /** The body as the library stores it. */
  bodyJson: string;
  /**
   * The images the body's figures may show (`figureImageCandidates`), as the library lists
   * them in the same read.
   */
  images: Array<[string, FigureImage]>;
  /** The article's change number (`export_changes`) in the same read; null when it has none. */
  change: number | null;
}

/** The body's stand-in in a {@link PagedArticle}. */
export const unreadBody = { type: 'doc' } as const;

/**
 * Reads articles for an export a page at a time: one statement per table for the whole page,
 * in one read transaction. Answers, per id, the article or `null` when its row is not
 * provably what the article schema would accept unchanged (then the caller reads it through
 * the checked path, which reports what is wrong); ids not in the library are left out. The
 * body is vouched for only when it is parsed (`vouchedArticle`): one that is not goes through
 * the checked path then.
 */
export type ExportPageReader = (ids: readonly string[]) => Map<string, PagedArticle | null>;

function prepareStatements(db: Database) {
  return {
    articles: db.prepare<[string], PageRow>(
      `SELECT a.id, a.headline, a.lede, a.rubric, a.slug, a.language, a.status, a.body_json,
         a.created_at, a.updated_at, a.published_at, a.version, c.seq AS change_seq
       FROM articles a LEFT JOIN export_changes c ON c.article_id = a.id
       WHERE a.id IN (SELECT value FROM json_each(?))`,
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

/** A reader of export pages over `db` (see {@link ExportPageReader}). */
export function exportPageReader(db: Database): ExportPageReader {
  const s = prepareStatements(db);
  return db.transaction((ids: readonly string[]) => {
    // Looked up once per page: a library's images are few and shown again and again.
    const imagesRead = new Map<string, FigureImage>();
    const imageOf = (imageId: string): FigureImage => {
      let image = imagesRead.get(imageId);
      if (image === undefined) {
        const row = s.image.get(imageId);
        image = row ? { fileName: row.file_name, mimeType: row.mime_type } : null;
        imagesRead.set(imageId, image);
      }
      return image;
    };
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
      if (
        !isSchemaRow(row) ||
        !links.every(
          (link) => link.related_id === null || articleIdSchema.safeParse(link.related_id).success,
        )
      ) {
        page.set(row.id, null);
        continue;
      }
      const article: ExportArticle = {
        id: row.id,
        headline: row.headline,
        lede: row.lede,
        rubric: row.rubric,
        tags: tags.get(row.id) ?? [],
        bylines: bylines.get(row.id) ?? [],
        slug: row.slug,
        language: row.language as ExportArticle['language'],
        body: unreadBody,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        publishedAt: row.published_at,
        version: row.version,
        related: links.map((link) => ({ headline: link.headline })),
        images: [],
        speakers: [...new Set((speakers.get(row.id) ?? []).filter((speaker) => speaker))],
        corrections: corrections.get(row.id) ?? [],
      };
      const images = figureImageCandidates(row.body_json).map((imageId): [string, FigureImage] => [
        imageId,
        imageOf(imageId),
      ]);
      page.set(row.id, { article, bodyJson: row.body_json, images, change: row.change_seq });
    }
    return page;
  });
}
