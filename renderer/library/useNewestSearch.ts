import { useIsFetching } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../api/queryKeys';

/**
 * The search text to ask for next: what was typed once no list query is in flight, else the
 * text already asked for. The server answers one call at a time, so a request per keystroke
 * queued every stale prefix before the last one (typing «президент» under load, the last key
 * was answered 3.5 s after it was typed); now one list request is in flight at a time and the
 * next one carries the newest text, skipping the prefixes typed meanwhile.
 */
export function searchToSend(typed: string, sent: string, isFetching: boolean): string {
  return isFetching ? sent : typed;
}

/**
 * {@link searchToSend} over the query cache: any `articles:query` being fetched (a page of the
 * list, a refresh after an edit) holds the typed text back until it is answered. Answers for
 * texts no longer asked for stay in the cache and are never shown.
 */
export function useNewestSearch(typed: string): string {
  const isFetching = useIsFetching({ queryKey: queryKeys.channel('articles:query') }) > 0;
  const [sent, setSent] = useState(typed);
  const next = searchToSend(typed, sent, isFetching);
  // Adjusted while rendering (React re-renders at once, before anything is committed).
  if (next !== sent) setSent(next);
  return next;
}
