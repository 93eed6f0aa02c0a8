import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys';

/** What a change of assignment makes stale: the article's hand-off, My queue, filtered lists. */
export function invalidateAssignments(queryClient: QueryClient): void {
  for (const channel of ['assignments:get', 'queue:get', 'articles:query'] as const)
    void queryClient.invalidateQueries({ queryKey: queryKeys.channel(channel) });
}
