import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNewestSearch } from './useNewestSearch';

interface SearchBoxProps {
  /** Told each text to ask the server for (see {@link useNewestSearch}). */
  onSearch: (search: string) => void;
}

/**
 * The library's search box. What is typed lives here, so a keystroke renders the box alone, and
 * the library (its filters and list) renders only when a new text is asked for: a key typed
 * while a request is in flight used to render the whole library twice (once deferred) and
 * kept the page busy when the answer it waited for came in.
 */
export function SearchBox({ onSearch }: SearchBoxProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const search = useNewestSearch(typed);
  const told = useRef(search);
  useEffect(() => {
    if (told.current === search) return;
    told.current = search;
    onSearch(search);
  }, [onSearch, search]);
  return (
    <div className="library-search">
      <input
        type="search"
        value={typed}
        aria-label={t('library.search')}
        placeholder={t('library.searchPlaceholder')}
        onChange={(event) => setTyped(event.target.value)}
      />
    </div>
  );
}
