import { firstLibraryPageInput } from '../library/libraryFilters';
import { createApiClient } from './apiClient';
import { callEarly } from './earlyCalls';

/**
 * The window's API client. main.tsx imports this module before React and the interface, so the
 * library's first page is asked for as the script starts: at 100,000 articles the server's
 * answer (its counts per status read a large index, cold on the first call) then overlaps the
 * evaluation of the interface's code and its first render instead of following them.
 */
export const windowClient = createApiClient();
callEarly(windowClient, 'articles:query', firstLibraryPageInput());
// The first screen's other calls (the integrity note, the filters' choices, the queue, the desk,
// the notices), each with the input its component asks with. Sent by the first render's effects
// they cost the main thread about 15 ms (six fetches and their answers, then a render of each
// part they fill) between the first list's commit and its frame; sent here they leave while the
// interface's script is still arriving, and the answers in by then seed the first render.
callEarly(windowClient, 'app:info', {});
callEarly(windowClient, 'lists:get', {});
callEarly(windowClient, 'people:list', {});
callEarly(windowClient, 'queue:get', {});
callEarly(windowClient, 'desk:status', {});
callEarly(windowClient, 'notifications:list', {});
