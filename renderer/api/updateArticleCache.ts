import type { QueryClient } from '@tanstack/react-query';
import type { ArticleQueryResult } from '../../shared/article/articleQuerySchema';
import { articleSummaryFields } from '../../shared/article/articleFieldNames';
import type { Article, ArticleSummary } from '../../shared/article/articleSchema';
import { queryKeys } from './queryKeys';
import { refetchAtPause, refetchNow } from './refetchAtPause';

/** What an article change may touch besides the article itself. */
export type ArticleChange = keyof Article;

/** Which kinds of anchor a save of the body may have moved, reworded, added or taken away. */
export interface AnchorChanges {
  /** Quotation anchors: the fact-check ledger's states, wordings and verdicts follow them. */
  quotes: boolean;
  /** Comment anchors: the threads' quoted words, order and orphaned state follow them. */
  comments: boolean;
}

/** Fields whose names fill the filter and suggestion lists (`lists:get`). */
const listNameFields: ReadonlySet<ArticleChange> = new Set(['rubric', 'tags', 'bylines']);
/** What a library row shows: the summary, less what never changes or changes with every save. */
const rowFields = articleSummaryFields.filter(
  (field) => field !== 'id' && field !== 'createdAt' && field !== 'updatedAt',
);
/**
 * Fields a library row shows, filters or sorts on, or counts: a change to one of them moves,
 * adds or drops a row, or changes a count. The body and the updated time do not (the list
 * keeps its order until something list-visible changes).
 */
const listFields: ReadonlySet<ArticleChange> = new Set([...rowFields, ...listNameFields]);
/** The fact-check ledger's suggestions and gate, read anew whenever these change. */
const quoteFields: ReadonlySet<ArticleChange> = new Set(['language', 'status']);

/**
 * After the server accepted a change to one article: the article's cache entry becomes the
 * server's answer, and only what the changed fields can affect is refetched — the visible list
 * pages for a headline, the filter lists for a rubric, the quote ledger for the body. A save that
 * changed only the body refetches no list and no count. `anchors` says which anchors the body's
 * changed blocks carry (left out: any may have moved).
 */
export function updateArticleCache(
  queryClient: QueryClient,
  saved: Article,
  changed: Iterable<ArticleChange>,
  anchors?: AnchorChanges,
): void {
  const fields = new Set(changed);
  const touches = (set: ReadonlySet<ArticleChange>): boolean =>
    [...fields].some((field) => set.has(field));
  queryClient.setQueryData(queryKeys.article(saved.id), saved);
  // Refetched only while the history is open (inactive queries are just marked stale).
  void queryClient.invalidateQueries({ queryKey: queryKeys.revisions(saved.id) });
  const isBodyChanged = fields.has('body');
  // An anchored quotation's words, state and verdict follow its anchor: shown at once. The
  // detector's suggestions (and the gate they open) are read from the whole text, and every
  // save moves their offsets: they are read again once the typing pauses, not per save.
  if (touches(quoteFields) || (isBodyChanged && (anchors?.quotes ?? true))) {
    refetchNow(queryClient, queryKeys.quotes(saved.id));
  } else if (isBodyChanged) {
    refetchAtPause(queryClient, queryKeys.quotes(saved.id));
  }
  // A thread's words, order and whether they are still there follow its anchor alone.
  if (isBodyChanged && (anchors?.comments ?? true)) {
    void queryClient.invalidateQueries({ queryKey: queryKeys.comments(saved.id) });
  }
  if (touches(listNameFields)) void queryClient.invalidateQueries({ queryKey: queryKeys.lists() });
  if (touches(listFields)) {
    patchListRows(queryClient, saved);
    void queryClient.invalidateQueries({ queryKey: queryKeys.channel('articles:query') });
  }
}

/** The library changed as a whole (created, deleted, imported, exported articles). */
export function invalidateLibrary(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.channel('articles:query') });
  void queryClient.invalidateQueries({ queryKey: queryKeys.lists() });
}

/** Shows the new row at once, while the refetch decides where it now belongs. */
function patchListRows(queryClient: QueryClient, saved: Article): void {
  queryClient.setQueriesData<ArticleQueryResult>(
    { queryKey: queryKeys.channel('articles:query') },
    (page) => {
      if (!page?.articles.some((item) => item.id === saved.id)) return page;
      return {
        ...page,
        articles: page.articles.map((item) =>
          item.id === saved.id ? { ...item, ...pickSummary(saved) } : item,
        ),
      };
    },
  );
}

function pickSummary(article: Article): ArticleSummary {
  return Object.fromEntries(
    articleSummaryFields.map((field) => [field, article[field]]),
  ) as ArticleSummary;
}
