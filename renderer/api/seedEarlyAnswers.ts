import type { Query, QueryClient, QueryKey } from '@tanstack/react-query';
import { takeAnsweredEarlyCalls } from './earlyCalls';

/** The cache entries seeded from early answers, until their first observers leave or they refetch. */
const seeded = new Set<string>();

/**
 * Puts the early calls already answered into the cache, before the interface first renders: the
 * list then renders once with its first page, instead of rendering busy and again when the
 * answer lands (a whole pass of React and a layout more before the first list).
 */
export function seedEarlyAnswers(queryClient: QueryClient): void {
  const cache = queryClient.getQueryCache();
  for (const { channel, input, value } of takeAnsweredEarlyCalls()) {
    const queryKey: QueryKey = [channel, input];
    queryClient.setQueryData(queryKey, value);
    const query = cache.find({ queryKey, exact: true });
    if (query) seeded.add(query.queryHash);
  }
  if (seeded.size === 0) return;
  // TanStack asks `refetchOnMount` several times per mount (for the render's optimistic result,
  // then as the observer subscribes), so the seed lasts for the first observers' whole stay: it
  // ends when the last of them leaves (the filters changed) or the entry is fetched again.
  const unsubscribe = cache.subscribe((event) => {
    const ends =
      (event.type === 'observerRemoved' && event.query.getObserversCount() === 0) ||
      (event.type === 'updated' && event.action.type === 'fetch');
    if (ends) seeded.delete(event.query.queryHash);
    if (seeded.size === 0) unsubscribe();
  });
}

/**
 * The cache's `refetchOnMount`: a seeded answer is as fresh as one the query fetched itself, so
 * its first observers do not ask again (the answer is milliseconds old, and the query's default
 * staleness would send the same call twice); every other mount refetches a stale entry as usual.
 */
export function refetchOnMountUnlessSeeded(query: Query): boolean {
  return !seeded.has(query.queryHash);
}
