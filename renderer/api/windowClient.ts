import { firstLibraryPageInput } from '../library/libraryFilters';
import { createApiClient } from './apiClient';
import { callEarly } from './earlyCalls';

/**
 * The window's API client. main.tsx imports this module before React and the interface, so the
 * library's first page is asked for as the script starts: at 100,000 articles the server's
 * answer (its counts per status read a large index, cold on the first call) then overlaps the
 * evaluation of the interface's code, and the first render, which waits for it, has the page.
 */
export const windowClient = createApiClient();
callEarly(windowClient, 'articles:query', firstLibraryPageInput());
