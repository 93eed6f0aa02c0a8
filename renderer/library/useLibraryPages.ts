import { keepPreviousData, useQueries } from '@tanstack/react-query';
import type { ArticleListItem, ArticleQueryResult } from '../../shared/article/articleQuerySchema';
import { useApiClient } from '../api/ApiClientContext';
import { errorMessage } from '../api/ApiCallError';
import { apiQueryOptions } from '../api/useApiQuery';
import { libraryPageSize, type LibraryQuery } from './libraryFilters';

/** The pages of the list in view, first to last (page indexes, not rows). */
export interface PageRange {
  first: number;
  last: number;
}

export interface LibraryPages {
  total: number | null;
  statusCounts: ArticleQueryResult['statusCounts'] | null;
  error: string | null;
  /** The current query's first page is being fetched (the previous list stays up meanwhile). */
  isBusy: boolean;
  /** The item at `index`, or undefined while its page loads. */
  itemAt: (index: number) => ArticleListItem | undefined;
}

/**
 * The library list as pages in the query cache, each `articles:query` with its own offset:
 * only the pages in view are fetched, so a 100,000-article library costs what a small one does,
 * and a jump deep into the list fetches the page there, not every page before it (which a
 * sequential infinite query would). The first page is always held: it carries the total and
 * the counts per status, and it keeps the previous list on screen while new filters load.
 */
export function useLibraryPages(query: LibraryQuery, range: PageRange): LibraryPages {
  const client = useApiClient();
  const pages = [0];
  for (let page = Math.max(1, range.first); page <= range.last; page += 1) pages.push(page);
  const results = useQueries({
    queries: pages.map((page) => ({
      ...apiQueryOptions(client, 'articles:query', {
        ...query,
        offset: page * libraryPageSize,
        limit: libraryPageSize,
      }),
      ...(page === 0 ? { placeholderData: keepPreviousData } : {}),
    })),
  });
  const loaded = new Map<number, ArticleListItem[]>();
  results.forEach((result, position) => {
    const page = pages[position];
    if (page !== undefined && result.data) loaded.set(page, result.data.articles);
  });
  const first = results[0];
  const failed = results.find((result) => result.error);
  return {
    total: first?.data?.total ?? null,
    statusCounts: first?.data?.statusCounts ?? null,
    error: failed?.error ? errorMessage(failed.error) : null,
    isBusy: first?.isFetching ?? false,
    itemAt: (index) => loaded.get(Math.floor(index / libraryPageSize))?.[index % libraryPageSize],
  };
}
