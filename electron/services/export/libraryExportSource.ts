import type { Database } from 'better-sqlite3';
import type { Article } from '../../../shared/article/articleSchema';
import type { RelatedHeadline } from '../../../shared/export/exportTypes';
import type { Library } from '../library/openLibrary';
import { FactCheckService } from '../quotes/factCheckService';
import type {
  ExportListing,
  ExportSource,
  ExportStampRecord,
  LoadedArticle,
  TypesetRecord,
} from './exportSite';
import { exportPageReader, type PagedArticle } from './exportPageReader';
import type { SourceImage } from './prepareArticleFiles';
import { toExportArticle } from './toExportArticle';
import { typesetEntriesJson } from './typesetMemo';

/** The columns of an article its listing reads: all from the covering index, no body. */
export interface ListingRow {
  id: string;
  version: number;
  updated_at: number;
  created_at: number;
  published_at: number | null;
  status: string;
  language: string;
  slug: string;
  rubric: string;
  headline: string;
}

/** A library as an export source, with the rows it listed (for marking them published). */
export interface LibraryExportSource {
  source: ExportSource;
  /** The chosen articles still in the library, in id order, as listed. */
  rows(): ListingRow[];
}

// Everything of the quote ledger and the corrections that can reach a page (speakers,
// their order, notes), joined by a separator no field holds; one row per article.
const ledgerSql = `SELECT article_id AS id,
    group_concat(id || ':' || state || ':' || start_offset || ':' || updated_at || ':' || speaker,
      char(31) ORDER BY id) AS digest
  FROM quote_annotations GROUP BY article_id`;
const correctionsSql = `SELECT article_id AS id,
    group_concat(id || ':' || at || ':' || text, char(31) ORDER BY id) AS digest
  FROM article_corrections GROUP BY article_id`;
// The same digests for the articles of a JSON array of ids (written out: SQL is built only
// from fixed fragments, which the fault suite's scan checks).
const ledgerInSql = `SELECT article_id AS id,
    group_concat(id || ':' || state || ':' || start_offset || ':' || updated_at || ':' || speaker,
      char(31) ORDER BY id) AS digest
  FROM quote_annotations WHERE article_id IN (SELECT value FROM json_each(?)) GROUP BY article_id`;
const correctionsInSql = `SELECT article_id AS id,
    group_concat(id || ':' || at || ':' || text, char(31) ORDER BY id) AS digest
  FROM article_corrections WHERE article_id IN (SELECT value FROM json_each(?))
  GROUP BY article_id`;
// A few articles are listed through their own rows; many, by reading each table once.
const fewArticles = 1000;
// Articles read at once by an export that reads them one after another.
const maxPage = 64;
// Images kept between the articles that show them, and the largest kept.
const keptImages = 64;
const keptImageBytes = 256 * 1024;
// The same digests for one article.
const ledgerOfSql = `SELECT article_id AS id,
    group_concat(id || ':' || state || ':' || start_offset || ':' || updated_at || ':' || speaker,
      char(31) ORDER BY id) AS digest
  FROM quote_annotations WHERE article_id = ? GROUP BY article_id`;
const correctionsOfSql = `SELECT article_id AS id,
    group_concat(id || ':' || at || ':' || text, char(31) ORDER BY id) AS digest
  FROM article_corrections WHERE article_id = ? GROUP BY article_id`;

function prepareStatements(db: Database) {
  return {
    rows: db.prepare<[string], ListingRow>(
      `SELECT id, version, updated_at, created_at, published_at, status, language, slug, rubric, headline
       FROM articles INDEXED BY articles_export_listing
       WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    ),
    // The headline a related link shows follows the linked article's current headline.
    related: db.prepare<[], { id: string; headline: string; current: string | null }>(
      `SELECT r.article_id AS id, r.headline, a.headline AS current
       FROM article_related r
       LEFT JOIN articles a INDEXED BY articles_export_listing ON a.id = r.related_id
       ORDER BY r.article_id, r.position`,
    ),
    relatedIn: db.prepare<[string], { id: string; headline: string; current: string | null }>(
      `SELECT r.article_id AS id, r.headline, a.headline AS current
       FROM article_related r
       LEFT JOIN articles a INDEXED BY articles_export_listing ON a.id = r.related_id
       WHERE r.article_id IN (SELECT value FROM json_each(?))
       ORDER BY r.article_id, r.position`,
    ),
    ledger: db.prepare<[], { id: string; digest: string }>(ledgerSql),
    ledgerIn: db.prepare<[string], { id: string; digest: string }>(ledgerInSql),
    correctionsIn: db.prepare<[string], { id: string; digest: string }>(correctionsInSql),
    ledgerOf: db.prepare<[string], { id: string; digest: string }>(ledgerOfSql),
    corrections: db.prepare<[], { id: string; digest: string }>(correctionsSql),
    correctionsOf: db.prepare<[string], { id: string; digest: string }>(correctionsOfSql),
    stamps: db.prepare<[], { id: string; stamp: string; input_hash: string }>(
      'SELECT article_id AS id, stamp, input_hash FROM export_stamps',
    ),
    stampOf: db.prepare<[string], { stamp: string; input_hash: string }>(
      'SELECT stamp, input_hash FROM export_stamps WHERE article_id = ?',
    ),
    remember: db.prepare<[string, string, string, string]>(
      `INSERT OR REPLACE INTO export_stamps (article_id, stamp, input_hash)
       SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)`,
    ),
    bodyOf: db.prepare<[string], { body_json: string }>(
      'SELECT body_json FROM articles WHERE id = ?',
    ),
    typesetOf: db.prepare<[string, string], { entries: string }>(
      'SELECT entries FROM article_typeset WHERE article_id = ? AND typographer = ?',
    ),
    rememberTypeset: db.prepare<[string, string, string, string]>(
      `INSERT OR REPLACE INTO article_typeset (article_id, typographer, entries)
       SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)`,
    ),
  };
}

type Statements = ReturnType<typeof prepareStatements>;

function digestsById(rows: Array<{ id: string; digest: string }>) {
  return new Map(rows.map((row) => [row.id, row.digest]));
}

// What the stamp knows of an article besides its related headlines and its publication time
// (the stamp takes the time the page shows, so marking an article published at the time its
// page already shows changes nothing): the fields a page shows that can change without a new
// version (a desk merge), the version for all the rest (body, lede, tags, bylines), and the
// ledger and corrections digests.
function articleDigest(
  row: Omit<ListingRow, 'status' | 'published_at'>,
  ledger = '',
  corrections = '',
): string {
  return JSON.stringify([
    row.version,
    row.updated_at,
    row.created_at,
    row.language,
    row.slug,
    row.rubric,
    row.headline,
    ledger,
    corrections,
  ]);
}

/**
 * The chosen articles of a library as an export source: listed from index columns and the
 * small tables beside them, each read whole only when the export has to make its files.
 * Stamps and their input hashes are kept in `export_stamps`.
 */
export function libraryExportSource(library: Library, ids: readonly string[]): LibraryExportSource {
  const s: Statements = prepareStatements(library.db);
  const factCheck = new FactCheckService(library);
  let listed: ListingRow[] | undefined;
  const rows = (): ListingRow[] => (listed ??= s.rows.all(JSON.stringify(ids)));
  let known: Map<string, { stamp: string; inputHash: string }> | undefined;

  function* listing(): Iterable<ExportListing> {
    const chosen = rows();
    const wanted = new Set(chosen.map((row) => row.id));
    const related = new Map<string, RelatedHeadline[]>();
    const few = ids.length <= fewArticles;
    const idsJson = few ? JSON.stringify(ids) : '';
    for (const link of few ? s.relatedIn.all(idsJson) : s.related.all()) {
      if (!wanted.has(link.id)) continue;
      const list = related.get(link.id) ?? [];
      list.push({ headline: link.current ?? link.headline });
      related.set(link.id, list);
    }
    const ledger = digestsById(few ? s.ledgerIn.all(idsJson) : s.ledger.all());
    const corrections = digestsById(few ? s.correctionsIn.all(idsJson) : s.corrections.all());
    for (const row of chosen) {
      yield {
        id: row.id,
        headline: row.headline,
        slug: row.slug,
        rubric: row.rubric,
        publishedAt: row.published_at,
        related: related.get(row.id) ?? [],
        // Asked for only when an earlier export's entry could be kept (never in a first
        // export): not worked out and kept for every article of the listing.
        get stamp() {
          return articleDigest(row, ledger.get(row.id), corrections.get(row.id));
        },
        load: () => load(row.id),
      };
    }
  }

  // Articles are read a page at a time while the export asks for them in listing order: the
  // page grows as loads follow one another (a first export reads every article) and is one
  // article after a jump (a re-export reads only the few that changed).
  const readPage = exportPageReader(library.db);
  // In the order the export lists them (by id, as strings compare).
  const ordered = [...ids].sort();
  const position = new Map(ordered.map((id, index) => [id, index]));
  let page = new Map<string, PagedArticle | null>();
  let pageDigests = { ledger: new Map<string, string>(), corrections: new Map<string, string>() };
  let lastLoaded = -2;
  // Loads in listing order one after another, this one included.
  let run = 0;
  // The stamp's digests in the same read as the articles they vouch for.
  const readPageAndDigests = library.db.transaction((pageIds: readonly string[]) => {
    page = readPage(pageIds);
    const json = JSON.stringify(pageIds);
    pageDigests = {
      ledger: digestsById(s.ledgerIn.all(json)),
      corrections: digestsById(s.correctionsIn.all(json)),
    };
  });

  function load(id: string): LoadedArticle {
    const at = position.get(id) ?? -1;
    run = at >= 0 && at === lastLoaded + 1 ? run + 1 : 0;
    lastLoaded = at;
    if (!page.has(id)) {
      // One at a time until a few loads in a row show the export is reading everything.
      const pageSize = run < 4 ? 1 : Math.min(maxPage, 2 ** (run - 3));
      const pageIds = at >= 0 ? ordered.slice(at, at + pageSize) : [id];
      readPageAndDigests(pageIds);
    }
    const paged = page.get(id);
    // Handed over once: the page no longer keeps the article (and its parsed body) alive
    // while the rest of the page is read, so it can die young; a second load reads it again.
    page.delete(id);
    if (paged) {
      const { article } = paged;
      const stamp = stampOf(article, pageDigests.ledger.get(id), pageDigests.corrections.get(id));
      return {
        article,
        stamp,
        bodyJson: paged.bodyJson,
        readBodyJson: () => s.bodyOf.get(id)?.body_json,
        figureIds: paged.figureIds,
      };
    }
    return loadChecked(id);
  }

  function stampOf(
    article: Pick<
      Article,
      'id' | 'version' | 'updatedAt' | 'createdAt' | 'language' | 'slug' | 'rubric' | 'headline'
    >,
    ledgerDigest: string | undefined,
    correctionsDigest: string | undefined,
  ): string {
    return articleDigest(
      {
        id: article.id,
        version: article.version,
        updated_at: article.updatedAt,
        created_at: article.createdAt,
        language: article.language,
        slug: article.slug,
        rubric: article.rubric,
        headline: article.headline,
      },
      ledgerDigest,
      correctionsDigest,
    );
  }

  // Through the article schema: a row the page reader could not vouch for, or one gone.
  function loadChecked(id: string): LoadedArticle {
    const article = library.articles.get(id);
    if (!article) throw new Error('the article is no longer in the library');
    const stamp = stampOf(article, s.ledgerOf.get(id)?.digest, s.correctionsOf.get(id)?.digest);
    return { article: toExportArticle(library, article, factCheck.speakersOf(id)), stamp };
  }

  // A library's images are few and shown again and again, and an id is the digest of its
  // bytes: what one read gave stands for the rest of the export (small ones, a bounded few).
  const images = new Map<string, SourceImage>();
  function readImage(imageId: string): SourceImage | undefined {
    const kept = images.get(imageId);
    if (kept) return kept;
    const image = library.images.get(imageId);
    if (image && image.bytes.byteLength <= keptImageBytes) {
      if (images.size >= keptImages) images.clear();
      images.set(imageId, image);
    }
    return image;
  }

  const remember = library.db.transaction((records: readonly ExportStampRecord[]) => {
    for (const record of records)
      s.remember.run(record.id, record.stamp, record.inputHash, record.id);
  });

  const rememberTypeset = library.db.transaction((records: readonly TypesetRecord[]) => {
    for (const record of records) {
      const entries =
        typeof record.entries === 'string' ? record.entries : typesetEntriesJson(record.entries);
      s.rememberTypeset.run(record.id, record.typographer, entries, record.id);
    }
  });

  return {
    rows,
    source: {
      listing,
      readImage,
      stamps: {
        inputHashOf(id, stamp) {
          if (ids.length <= fewArticles) {
            const row = s.stampOf.get(id);
            return row?.stamp === stamp ? row.input_hash : undefined;
          }
          known ??= new Map(
            s.stamps.all().map((row) => [row.id, { stamp: row.stamp, inputHash: row.input_hash }]),
          );
          const record = known.get(id);
          return record?.stamp === stamp ? record.inputHash : undefined;
        },
        remember: (records) => {
          if (records.length > 0) remember(records);
        },
      },
      typeset: {
        read(id, typographer) {
          const row = s.typesetOf.get(id, typographer);
          return row ? new Map(JSON.parse(row.entries) as Array<[string, string]>) : undefined;
        },
        readJson: (id, typographer) => s.typesetOf.get(id, typographer)?.entries,
        remember: (records) => {
          if (records.length > 0) rememberTypeset(records);
        },
      },
    },
  };
}
