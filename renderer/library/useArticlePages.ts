import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleListItem, ArticleQueryResult } from '../../shared/article/articleQuerySchema';
import type { ApiInput } from '../../shared/api/apiContract';
import { useApiClient } from '../api/ApiClientContext';

/** Pages match the server's snippet rows: every row of a page gets its snippet. */
export const libraryPageSize = 50;

export type LibraryFilters = Omit<ApiInput<'articles:query'>, 'offset' | 'limit'>;

export interface ArticlePages {
  total: number | null;
  statusCounts: ArticleQueryResult['statusCounts'] | null;
  error: string | null;
  /** The current filters' first page has not answered yet (the previous list stays up). */
  isLoading: boolean;
  /** The item at `index`, or undefined while its page loads. */
  itemAt: (index: number) => ArticleListItem | undefined;
  /** Asks for the pages covering `[first, last]`. */
  ensureRange: (first: number, last: number) => void;
}

interface Loaded {
  key: string;
  pages: ReadonlyMap<number, ArticleListItem[]>;
  total: number | null;
  statusCounts: ArticleQueryResult['statusCounts'] | null;
  error: string | null;
}

/**
 * The library list as pages fetched on demand: only what scrolls into view is queried, so
 * a 100,000-article library costs what a small one does. New filters (or a new
 * `refreshKey`) start over; answers for an older query are dropped.
 */
export function useArticlePages(filters: LibraryFilters, refreshKey: number): ArticlePages {
  const client = useApiClient();
  const key = `${JSON.stringify(filters)}#${refreshKey}`;
  const [loaded, setLoaded] = useState<Loaded>({
    key: '',
    pages: new Map(),
    total: null,
    statusCounts: null,
    error: null,
  });
  const requested = useRef({ key: '', pages: new Set<number>() });

  const load = useCallback(
    (page: number) => {
      const query = JSON.parse(key.slice(0, key.lastIndexOf('#'))) as LibraryFilters;
      void client
        .call('articles:query', {
          ...query,
          offset: page * libraryPageSize,
          limit: libraryPageSize,
        })
        .then((result) => {
          setLoaded((current) => {
            const base =
              current.key === key
                ? current
                : { key, pages: new Map(), total: null, statusCounts: null, error: null };
            if (!result.ok) return { ...base, error: result.error.message };
            if (requested.current.key !== key) return current;
            return {
              key,
              pages: new Map(base.pages).set(page, result.value.articles),
              total: result.value.total ?? base.total,
              statusCounts: result.value.statusCounts ?? base.statusCounts,
              error: null,
            };
          });
        });
    },
    [client, key],
  );

  useEffect(() => {
    requested.current = { key, pages: new Set([0]) };
    load(0);
  }, [key, load]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      if (requested.current.key !== key) return;
      const firstPage = Math.floor(Math.max(0, first) / libraryPageSize);
      const lastPage = Math.floor(Math.max(0, last) / libraryPageSize);
      for (let page = firstPage; page <= lastPage; page += 1) {
        if (requested.current.pages.has(page)) continue;
        requested.current.pages.add(page);
        load(page);
      }
    },
    [key, load],
  );

  // Until the new query answers, the previous list stays up rather than flashing empty.
  const itemAt = useCallback(
    (index: number) =>
      loaded.pages.get(Math.floor(index / libraryPageSize))?.[index % libraryPageSize],
    [loaded.pages],
  );

  return {
    total: loaded.total,
    statusCounts: loaded.statusCounts,
    error: loaded.error,
    isLoading: loaded.key !== key,
    itemAt,
    ensureRange,
  };
}
