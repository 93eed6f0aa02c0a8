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
import { makeSnippet } from '../../../shared/search/makeSnippet';
import { type SummaryRow, summaryColumns, toSummary } from './articleRows';

/** Headline matches outrank lede matches, which outrank body matches. */
const columnWeights = { headline: 10, lede: 4, body: 1 } as const;

/** The only ORDER BY clauses a query can get: user input picks a key, never SQL. */
const orderBy: Readonly<Record<ArticleSortKey, string>> = {
  relevance: 'm.score, a.updated_at DESC, a.id DESC',
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
/** Above this many matches a search skips its counts per status. */
const maxCountedMatches = 2000;

type Row = SummaryRow & { score: number | null };

/**
 * The library view's queries: search, filters, sort, paging and counts per status.
 * SQL is assembled only from fixed fragments chosen by which filters are present; every
 * value is a bound parameter, and statements are cached per shape.
 */
export class ArticleQueries {
  private readonly cache = new Map<string, Statement<unknown[], unknown>>();

  constructor(private readonly db: Database) {}

  run(query: ArticleQuery): ArticleQueryResult {
    const match = query.search.trim() ? buildMatchQuery(query.search) : null;
    if (query.search.trim() && match === null) {
      return { articles: [], total: 0, statusCounts: emptyCounts() };
    }
    const filters = buildFilters(query);
    const statusFilter = query.status ? { sql: 'a.status = ?', params: [query.status] } : null;
    const where = [...filters, ...(statusFilter ? [statusFilter] : [])];

    const from = match
      ? `articles a JOIN (
           SELECT s.article_id, bm25(articles_fts, ${columnWeights.headline}, ${columnWeights.lede}, ${columnWeights.body}) AS score
           FROM articles_fts JOIN search_documents s ON s.doc_id = articles_fts.rowid
           WHERE articles_fts MATCH ?) m ON m.article_id = a.id`
      : 'articles a';
    const matchParams = match ? [match] : [];
    const whereSql = (clauses: typeof where) =>
      clauses.length ? `WHERE ${clauses.map((clause) => clause.sql).join(' AND ')}` : '';
    const paramsOf = (clauses: typeof where) => clauses.flatMap((clause) => clause.params);

    const sort: ArticleSortKey = match
      ? query.sort
      : query.sort === 'relevance'
        ? 'updated'
        : query.sort;
    const bm25 = `bm25(articles_fts, ${columnWeights.headline}, ${columnWeights.lede}, ${columnWeights.body})`;
    // Plain relevance search, no filters: the full-text index picks the page itself, so only
    // the page's rows are joined to articles (at 100,000 articles a common word matches
    // tens of thousands, and joining them all before sorting is what made search slow).
    const isPlainRelevance = match !== null && where.length === 0 && sort === 'relevance';
    const rows = isPlainRelevance
      ? this.prepare<Row>(
          `SELECT ${summaryColumns}, m.score AS score
           FROM (SELECT rowid, ${bm25} AS score FROM articles_fts WHERE articles_fts MATCH ?
                 ORDER BY score LIMIT ? OFFSET ?) m
           JOIN search_documents s ON s.doc_id = m.rowid
           JOIN articles a ON a.id = s.article_id
           ORDER BY m.score`,
        ).all(match, query.limit, query.offset)
      : this.prepare<Row>(
          `SELECT ${summaryColumns}, ${match ? 'm.score' : 'NULL'} AS score
           FROM ${from} ${whereSql(where)} ORDER BY ${orderBy[sort]} LIMIT ? OFFSET ?`,
        ).all(...matchParams, ...paramsOf(where), query.limit, query.offset);

    // Body text is read for the shown rows only: carried through the sort, every match's
    // body would be copied (5,000 matches × 5 KB at 10,000 articles).
    const bodyText = this.prepare<{ body_text: string }>(
      'SELECT body_text FROM articles WHERE id = ?',
    );
    const articles = rows.map((row, index) => {
      const withSnippet = match !== null && index < snippetRows;
      const text = withSnippet ? (bodyText.get(row.id)?.body_text ?? '') : '';
      return toListItem(row, match ? query.search : null, withSnippet ? text : null);
    });
    // Counting every match costs as much as the page itself: only the first page pays it,
    // and the list keeps those counts while it scrolls.
    if (query.offset > 0) return { articles };
    const total =
      match !== null && where.length === 0
        ? this.prepare<{ total: number }>(
            'SELECT count(*) AS total FROM articles_fts WHERE articles_fts MATCH ?',
          ).get(match)?.total
        : this.prepare<{ total: number }>(
            `SELECT count(*) AS total FROM ${from} ${whereSql(where)}`,
          ).get(...matchParams, ...paramsOf(where))?.total;

    // Counts per status need every match's status: affordable for a filtered list, not for a
    // word found in half the archive. Past a bound the status buttons show no counts.
    if (match !== null && (total ?? 0) > maxCountedMatches) return { articles, total: total ?? 0 };
    const statusCounts = emptyCounts();
    const counted = this.prepare<{ status: ArticleStatus; total: number }>(
      `SELECT a.status, count(*) AS total FROM ${from} ${whereSql(filters)} GROUP BY a.status`,
    ).all(...matchParams, ...paramsOf(filters));
    for (const row of counted) statusCounts[row.status] = row.total;
    return { articles, total: total ?? 0, statusCounts };
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

function buildFilters(query: ArticleQuery): Array<{ sql: string; params: unknown[] }> {
  const filters: Array<{ sql: string; params: unknown[] }> = [];
  if (query.rubric) filters.push({ sql: 'a.rubric = ?', params: [query.rubric] });
  if (query.language) filters.push({ sql: 'a.language = ?', params: [query.language] });
  if (query.tag) {
    filters.push({
      sql: 'EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id AND t.tag = ?)',
      params: [query.tag],
    });
  }
  if (query.author) {
    filters.push({
      sql: 'EXISTS (SELECT 1 FROM article_bylines b WHERE b.article_id = a.id AND b.name = ?)',
      params: [query.author],
    });
  }
  if (query.updatedFrom !== undefined)
    filters.push({ sql: 'a.updated_at >= ?', params: [query.updatedFrom] });
  if (query.updatedTo !== undefined)
    filters.push({ sql: 'a.updated_at < ?', params: [query.updatedTo] });
  return filters;
}

function toListItem(row: Row, search: string | null, bodyText: string | null): ArticleListItem {
  const item: ArticleListItem = toSummary(row);
  if (search !== null) {
    item.score = row.score === null ? 0 : -row.score;
    if (bodyText !== null) {
      const source = bodyText.slice(0, snippetSourceLength);
      item.snippet = makeSnippet(source || row.lede, search, { maxLength: snippetLength });
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
