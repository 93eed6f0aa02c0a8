import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { queryKeys } from '../api/queryKeys';

/** How soon an article that arrived from the desk shows in the list. */
const deskPollMs = 1_000;

/**
 * While the library is joined to a desk, others' articles and edits arrive at any time: the
 * desk's change counter is read every second, and when it moves the list and the name lists
 * are refetched (only those; an open editor follows its document by itself).
 */
export function useDeskChanges(): void {
  const queryClient = useQueryClient();
  // Alone, nothing arrives: no polling (joining in Settings refetches this).
  const status = useApiQuery(
    'desk:status',
    {},
    { refetchInterval: (query) => (query.state.data?.joined ? deskPollMs : false) },
  );
  const changes = status.data?.joined ? status.data.changes : null;
  const seen = useRef<number | null>(null);
  useEffect(() => {
    if (changes === null) return;
    if (seen.current !== null && seen.current !== changes) {
      void queryClient.invalidateQueries({ queryKey: queryKeys.channel('articles:query') });
      void queryClient.invalidateQueries({ queryKey: queryKeys.channel('lists:get') });
      // Hand-offs arrive with the documents: the queue, notifications and people may move.
      for (const channel of [
        'queue:get',
        'notifications:list',
        'assignments:get',
        'people:list',
      ] as const)
        void queryClient.invalidateQueries({ queryKey: queryKeys.channel(channel) });
    }
    seen.current = changes;
  }, [changes, queryClient]);
}
