import type { Database, Statement } from 'better-sqlite3';
import type { ArticleStatus } from '../../../shared/article/articleSchema';
import { articleStatuses } from '../../../shared/article/articleSchema';
import type {
  ArticleListItem,
  ArticleQuery,
  ArticleQueryResult,
  ArticleSortKey,
} from '../../../shared/article/articleQuerySchema';
import { buildMatchQuery } from '../../../shared/search/buildMatchQuery';
import { isBroadPrefixQuery } from '../../../shared/search/isBroadPrefixQuery';
import { makeSnippet } from '../../../shared/search/makeSnippet';
import { SnippetWordCache } from '../../../shared/search/snippetWordCache';
import { type SummaryRow, summaryColumns, toSummary } from './articleRows';
import { SearchIndex } from './searchIndex';
import { SnippetBodies } from './snippetBodies';

/** Headline matches outrank lede matches, which outrank body matches. */
const columnWeights = { headline: 10, lede: 4, body: 1 } as const;
const bm25 = `bm25(articles_fts, ${columnWeights.headline}, ${columnWeights.lede}, ${columnWeights.body})`;

/**
 * The full-text query runs once per statement, as a materialized set of matching documents
 * that the filters then narrow: written as a plain join, SQLite may instead walk the filtered
 * articles and re-run the full-text query for each one (10 s for a prefix search within one
 * rubric at 100,000 articles). bm25 is computed only when the order needs it.
 */
const unrankedMatches = `WITH m AS MATERIALIZED (
  SELECT rowid AS doc_id, NULL AS score FROM articles_fts WHERE articles_fts MATCH ?)`;
const fromMatches = `m JOIN search_documents s ON s.doc_id = m.doc_id
  JOIN articles a ON a.id = s.article_id`;
/**
 * The same, with the full-text index walked first and nothing materialized (CROSS JOIN keeps
 * SQLite from reordering). A filtered relevance search then scores only the matches that pass
 * its filters: bm25 is a result column, computed after the WHERE. Scoring every match first, a
 * word found in 37,000 of 100,000 articles cost 75 ms of CPU a keystroke within one rubric.
 */
const matchesFirst = `articles_fts CROSS JOIN search_documents s ON s.doc_id = articles_fts.rowid
  CROSS JOIN articles a ON a.id = s.article_id`;

/** The only ORDER BY clauses a query can get: user input picks a key, never SQL. */
const orderBy: Readonly<Record<ArticleSortKey, string>> = {
  relevance: 'm.score, a.updated_at DESC, a.id DESC',
  updated: 'a.updated_at DESC, a.id DESC',
  created: 'a.created_at DESC, a.id DESC',
  headline: 'a.headline COLLATE NOCASE, a.id',
};

/** The same orders over a page already picked (its score carried as `page.score`). */
const pageOrderBy: Readonly<Record<ArticleSortKey, string>> = {
  relevance: 'page.score, a.updated_at DESC, a.id DESC',
  updated: 'a.updated_at DESC, a.id DESC',
  created: 'a.created_at DESC, a.id DESC',
  headline: 'a.headline COLLATE NOCASE, a.id',
};

const snippetLength = 180;
/**
 * Snippets are cut in JS (the index holds stems, not words), so they are made only for the
 * first rows of a page (the ones on screen) and from the start of the text.
 */
const snippetRows = 50;
const snippetSourceLength = 5000;
/** Texts whose candidate words are kept: as many as the bodies kept (see SnippetBodies). */
const keptSnippetTexts = 200;
/** Above this many matches a search skips its counts per status. */
const maxCountedMatches = 2000;
/**
 * A plain relevance search ranks at most this many matches, the newest indexed; the rest
 * follow them newest first. bm25 costs about a microsecond a match, and at 100,000 articles a
 * common word matches tens of thousands: ranking them all was most of a search's time, for
 * order among pages nobody reads. Below the bound the order is exactly bm25's.
 */
export const defaultMaxRankedMatches = 2000;

export interface ArticleQueriesOptions {
  /** See {@link defaultMaxRankedMatches}; tests lower it to see the bound at work. */
  maxRankedMatches?: number;
}

type Row = SummaryRow & { score: number | null };

/**
 * The library view's queries: search, filters, sort, paging and counts per status.
 * SQL is assembled only from fixed fragments chosen by which filters are present; every
 * value is a bound parameter, and statements are cached per shape.
 */
export class ArticleQueries {
  private readonly cache = new Map<string, Statement<unknown[], unknown>>();
  private readonly index: SearchIndex;
  private readonly bodies: SnippetBodies;
  private readonly snippetWords = new SnippetWordCache(keptSnippetTexts);
  private readonly maxRankedMatches: number;

  constructor(
    private readonly db: Database,
    options: ArticleQueriesOptions = {},
  ) {
    this.index = new SearchIndex(db);
    this.bodies = new SnippetBodies(db, snippetSourceLength);
    this.maxRankedMatches = options.maxRankedMatches ?? defaultMaxRankedMatches;
  }

  run(query: ArticleQuery): ArticleQueryResult {
    const match = query.search.trim() ? buildMatchQuery(query.search) : null;
    // An autosave answered before its article was re-indexed: a search never reads that lag.
    if (match !== null) this.index.flushPending();
    if (query.search.trim() && match === null) {
      return { articles: [], total: 0, statusCounts: emptyCounts() };
    }
    const filters = buildFilters(query);
    const statusFilter: Filter | null = query.status
      ? { sql: 'a.status = ?', params: [query.status] }
      : null;
    const where = [...filters, ...(statusFilter ? [statusFilter] : [])];
    const whereSql = (clauses: readonly Filter[]) =>
      clauses.length ? `WHERE ${clauses.map((clause) => clause.sql).join(' AND ')}` : '';
    // After a first condition of the statement's own (the full-text MATCH).
    const andSql = (clauses: readonly Filter[]) =>
      clauses.map((clause) => ` AND ${clause.sql}`).join('');
    const paramsOf = (clauses: readonly Filter[]) => clauses.flatMap((clause) => clause.params);

    // One word of two or three letters matches half the archive: ranking it all is what made
    // the first keystrokes slow, and the rank would mean little. The newest come first instead.
    const isBroad = match !== null && isBroadPrefixQuery(query.search);
    const sort: ArticleSortKey =
      match && !(isBroad && query.sort === 'relevance')
        ? query.sort
        : query.sort === 'relevance'
          ? 'updated'
          : query.sort;
    const matchParams = match ? [match] : [];

    // Plain relevance search, no filters: the full-text index picks the page itself, so only
    // the page's rows are joined to articles (at 100,000 articles a common word matches
    // tens of thousands, and joining them all before sorting is what made search slow).
    const isPlainRelevance = match !== null && where.length === 0 && sort === 'relevance';
    // The same for a broad prefix, newest indexed first: the index walks its rows backwards
    // and stops at the page, without scoring one.
    const isPlainBroad = isBroad && where.length === 0 && query.sort === 'relevance';
    const rows =
      match !== null && isPlainBroad
        ? this.newestMatches(match, query.limit, query.offset)
        : match !== null && isPlainRelevance
          ? this.rankedMatches(match, query.limit, query.offset)
          : match !== null
            ? // The page is picked from index columns alone (covering indexes), then only its
              // rows are read: sorting every match's full summary is what made a filtered search slow.
              this.prepare<Row>(
                sort === 'relevance'
                  ? `WITH page AS MATERIALIZED (
               SELECT a.id AS id, ${bm25} AS score FROM ${matchesFirst}
               WHERE articles_fts MATCH ?${andSql(where)}
               ORDER BY score, a.updated_at DESC, a.id DESC LIMIT ? OFFSET ?)
             SELECT ${summaryColumns}, page.score AS score
             FROM page JOIN articles a ON a.id = page.id
             ORDER BY ${pageOrderBy[sort]}`
                  : `${unrankedMatches},
             page AS MATERIALIZED (
               SELECT a.id AS id, m.score AS score FROM ${fromMatches}
               ${whereSql(where)} ORDER BY ${orderBy[sort]} LIMIT ? OFFSET ?)
             SELECT ${summaryColumns}, page.score AS score
             FROM page JOIN articles a ON a.id = page.id
             ORDER BY ${pageOrderBy[sort]}`,
              ).all(match, ...paramsOf(where), query.limit, query.offset)
            : this.prepare<Row>(
                `SELECT ${summaryColumns}, NULL AS score FROM articles a
             ${whereSql(where)} ORDER BY ${orderBy[sort]} LIMIT ? OFFSET ?`,
              ).all(...paramsOf(where), query.limit, query.offset);

    // Body text is read for the shown rows only: carried through the sort, every match's
    // body would be copied (5,000 matches × 5 KB at 10,000 articles).
    if (match !== null) this.bodies.checkUnchanged();
    const articles = rows.map((row, index) => {
      const withSnippet = match !== null && index < snippetRows;
      const text = withSnippet ? this.bodies.bodyOf(row.id) : '';
      return toListItem(
        row,
        match ? query.search : null,
        withSnippet ? text : null,
        this.snippetWords,
      );
    });
    // Counting every match costs as much as the page itself: only the first page pays it,
    // and the list keeps those counts while it scrolls.
    if (query.offset > 0) return { articles };
    // A first page shorter than asked for holds every article the filters keep: without a
    // status filter its rows are the counts (a word not in the rubric counted 37,000 matches
    // once more to find none).
    if (!query.status && rows.length < query.limit) {
      const statusCounts = emptyCounts();
      for (const article of articles) statusCounts[article.status] += 1;
      return { articles, total: articles.length, statusCounts };
    }

    if (match !== null && filters.length === 0) {
      // The index counts its own matches without touching articles; counts per status need
      // every match's status: affordable for a narrow search, not for a word found in half
      // the archive. Past a bound the status buttons show no counts.
      const matched =
        this.prepare<{ total: number }>(
          'SELECT count(*) AS total FROM articles_fts WHERE articles_fts MATCH ?',
        ).get(match)?.total ?? 0;
      if (matched > maxCountedMatches) {
        const total = statusFilter
          ? (this.prepare<{ total: number }>(
              `${unrankedMatches} SELECT count(*) AS total FROM ${fromMatches}
               ${whereSql(forCounting(where))}`,
            ).get(match, ...paramsOf(where))?.total ?? 0)
          : matched;
        return { articles, total };
      }
    }
    // One grouped count answers both the status buttons and the total (the status filter is
    // one of its groups); covering indexes keep it off the article rows.
    const statusCounts = emptyCounts();
    const counted = match
      ? this.prepare<{ status: ArticleStatus; total: number }>(
          `SELECT a.status, count(*) AS total FROM ${matchesFirst}
           WHERE articles_fts MATCH ?${andSql(forCounting(filters))} GROUP BY a.status`,
        ).all(...matchParams, ...paramsOf(filters))
      : this.prepare<{ status: ArticleStatus; total: number }>(
          `SELECT a.status, count(*) AS total FROM articles a ${whereSql(forCounting(filters))}
           GROUP BY a.status`,
        ).all(...paramsOf(filters));
    for (const row of counted) statusCounts[row.status] = row.total;
    const total = query.status
      ? statusCounts[query.status]
      : Object.values(statusCounts).reduce((sum, count) => sum + count, 0);
    return { articles, total, statusCounts };
  }

  /**
   * A plain relevance page: the newest {@link defaultMaxRankedMatches} matches by bm25 (the
   * index walks its rows backwards and scores only those), then any others newest first.
   * Ties keep the newest first, so pages never overlap.
   */
  private rankedMatches(match: string, limit: number, offset: number): Row[] {
    const bound = this.maxRankedMatches;
    const rows =
      offset < bound
        ? this.prepare<Row>(
            `SELECT ${summaryColumns}, m.score AS score
             FROM (SELECT rowid, score
                   FROM (SELECT rowid, ${bm25} AS score FROM articles_fts
                         WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
                   ORDER BY score, rowid DESC LIMIT ? OFFSET ?) m
             JOIN search_documents s ON s.doc_id = m.rowid
             JOIN articles a ON a.id = s.article_id
             ORDER BY m.score, m.rowid DESC`,
          ).all(match, bound, Math.min(limit, bound - offset), offset)
        : [];
    const rest = offset + limit - Math.max(offset, bound);
    return rest > 0 ? [...rows, ...this.newestMatches(match, rest, Math.max(offset, bound))] : rows;
  }

  /** Matches newest indexed first, unscored: the index stops at the page. */
  private newestMatches(match: string, limit: number, offset: number): Row[] {
    return this.prepare<Row>(
      `SELECT ${summaryColumns}, NULL AS score
       FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?
             ORDER BY rowid DESC LIMIT ? OFFSET ?) m
       JOIN search_documents s ON s.doc_id = m.rowid
       JOIN articles a ON a.id = s.article_id
       ORDER BY m.rowid DESC`,
    ).all(match, limit, offset);
  }

  private prepare<T>(sql: string): Statement<unknown[], T> {
    let statement = this.cache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.cache.set(sql, statement);
    }
    return statement as Statement<unknown[], T>;
  }
}

interface Filter {
  sql: string;
  /**
   * The same condition for counting: a page walks articles in sort order and probes each
   * (EXISTS stops after 100 rows), a count is better driven from the tag's own index (IN).
   */
  countSql?: string;
  params: unknown[];
}

function buildFilters(query: ArticleQuery): Filter[] {
  const filters: Filter[] = [];
  if (query.rubric) filters.push({ sql: 'a.rubric = ?', params: [query.rubric] });
  if (query.language) filters.push({ sql: 'a.language = ?', params: [query.language] });
  if (query.tag) {
    filters.push({
      sql: 'EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id AND t.tag = ?)',
      countSql: 'a.id IN (SELECT t.article_id FROM article_tags t WHERE t.tag = ?)',
      params: [query.tag],
    });
  }
  if (query.author) {
    filters.push({
      sql: 'EXISTS (SELECT 1 FROM article_bylines b WHERE b.article_id = a.id AND b.name = ?)',
      countSql: 'a.id IN (SELECT b.article_id FROM article_bylines b WHERE b.name = ?)',
      params: [query.author],
    });
  }
  // "me" is a person only the caller knows (the desk's name for its token): it comes resolved.
  if (query.assignee?.kind === 'nobody')
    filters.push({ sql: 'a.assignee_name IS NULL', params: [] });
  else if (query.assignee?.kind === 'person')
    filters.push({ sql: 'a.assignee_name = ?', params: [query.assignee.name] });
  if (query.updatedFrom !== undefined)
    filters.push({ sql: 'a.updated_at >= ?', params: [query.updatedFrom] });
  if (query.updatedTo !== undefined)
    filters.push({ sql: 'a.updated_at < ?', params: [query.updatedTo] });
  return filters;
}

/** The filters as they are written for a count. */
function forCounting(filters: readonly Filter[]): Filter[] {
  return filters.map((filter) => ({ sql: filter.countSql ?? filter.sql, params: filter.params }));
}

function toListItem(
  row: Row,
  search: string | null,
  bodyText: string | null,
  snippetWords: SnippetWordCache,
): ArticleListItem {
  const item: ArticleListItem = toSummary(row);
  if (search !== null) {
    item.score = row.score === null ? 0 : -row.score;
    if (bodyText !== null) {
      const source = bodyText.slice(0, snippetSourceLength);
      item.snippet = makeSnippet(source || row.lede, search, {
        maxLength: snippetLength,
        wordCache: snippetWords,
      });
    }
  }
  return item;
}

function emptyCounts(): Record<ArticleStatus, number> {
  return Object.fromEntries(articleStatuses.map((status) => [status, 0])) as Record<
    ArticleStatus,
    number
  >;
}
