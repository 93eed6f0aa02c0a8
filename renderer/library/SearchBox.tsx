import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../api/ApiClientContext';
import { apiQueryOptions } from '../api/useApiQuery';
import { libraryPageSize, toLibraryQuery, type LibraryFilterForm } from './libraryFilters';
import { NewestSearch } from './NewestSearch';

interface SearchBoxProps {
  /** The library's filters: a search is sent with them, as the list's first page. */
  filters: LibraryFilterForm;
  /** Told each text asked for (see {@link NewestSearch}), its request already sent. */
  onSearch: (search: string) => void;
}

/**
 * The library's search box. What is typed lives here, so a keystroke renders the box alone, and
 * the library (its filters and list) renders only when a new text is asked for. The request is
 * the list's own first page (same query key), sent from the input event or the moment the
 * request in flight is answered, and the list then finds it in flight.
 */
export function SearchBox({ filters, onSearch }: SearchBoxProps) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState(filters.search);
  const latest = useRef({ filters, onSearch });
  useEffect(() => {
    latest.current = { filters, onSearch };
  }, [filters, onSearch]);
  // Made at the first key (a ref is not read while rendering), from the text then asked for.
  const newest = useRef<NewestSearch | null>(null);
  const type = (text: string): void => {
    newest.current ??= new NewestSearch(latest.current.filters.search, {
      fetch: (search) =>
        queryClient.fetchQuery(
          apiQueryOptions(client, 'articles:query', {
            ...toLibraryQuery({ ...latest.current.filters, search }),
            offset: 0,
            limit: libraryPageSize,
          }),
        ),
      // At once: the list's query then joins the request in flight. Left to a later render,
      // an answer arriving first would be stale by then (nothing is cached as fresh) and the
      // list would ask again.
      show: (search) => flushSync(() => latest.current.onSearch(search)),
    });
    newest.current.type(text);
  };
  return (
    <div className="library-search">
      <input
        type="search"
        value={typed}
        aria-label={t('library.search')}
        placeholder={t('library.searchPlaceholder')}
        onChange={(event) => {
          setTyped(event.target.value);
          type(event.target.value);
        }}
      />
    </div>
  );
}
