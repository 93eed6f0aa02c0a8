import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useApiQuery } from '../../api/useApiQuery';

/**
 * Joined to a desk, others' changes to an article (comments, quotation checks) land in the
 * library at any time: `queryKey` is refetched whenever the desk's change counter (polled by the
 * library list) moves.
 */
export function useRefetchOnDeskChanges(queryKey: QueryKey): void {
  const queryClient = useQueryClient();
  const status = useApiQuery('desk:status', {});
  const changes = status.data?.joined ? status.data.changes : null;
  const seen = useRef<number | null>(null);
  const key = JSON.stringify(queryKey);
  useEffect(() => {
    if (changes === null) return;
    if (seen.current !== null && seen.current !== changes)
      void queryClient.invalidateQueries({ queryKey: JSON.parse(key) as QueryKey });
    seen.current = changes;
  }, [changes, key, queryClient]);
}
