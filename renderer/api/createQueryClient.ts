import { QueryClient } from '@tanstack/react-query';
import { queryKeys } from './queryKeys';
import { refetchOnMountUnlessSeeded } from './seedEarlyAnswers';
import { shareArticleCopy } from './shareArticleCopy';

/**
 * The renderer's one query cache. The services run on this machine: a failed call is
 * reported, not retried, and nothing is refetched because the window regained focus —
 * what changes the library is a mutation here, which invalidates exactly what it changed.
 */
export function createQueryClient(): QueryClient {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: {
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        refetchOnMount: refetchOnMountUnlessSeeded,
      },
      mutations: { retry: false },
    },
  });
  // The name lists change through mutations that invalidate them: they are not refetched
  // because another panel mounted. An article is read afresh each time it is opened (the
  // server renames its related links), and a filter chosen again is asked for afresh.
  queryClient.setQueryDefaults(queryKeys.channel('lists:get'), { staleTime: Infinity });
  // Each save's answer replaces the cached article: its body is not compared deeply.
  queryClient.setQueryDefaults(queryKeys.channel('articles:get'), {
    structuralSharing: shareArticleCopy,
  });
  return queryClient;
}
