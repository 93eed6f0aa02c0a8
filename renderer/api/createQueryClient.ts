import { QueryClient } from '@tanstack/react-query';
import { queryKeys } from './queryKeys';

/**
 * The renderer's one query cache. The services run on this machine: a failed call is
 * reported, not retried, and nothing is refetched because the window regained focus —
 * what changes the library is a mutation here, which invalidates exactly what it changed.
 */
export function createQueryClient(): QueryClient {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
  // The open article's entry is each save's answer, and the name lists change only through
  // mutations that invalidate them: neither is refetched because another panel mounted.
  // The library's pages stay refetch-on-mount: a filter chosen again is asked for afresh.
  queryClient.setQueryDefaults(queryKeys.channel('articles:get'), { staleTime: Infinity });
  queryClient.setQueryDefaults(queryKeys.channel('lists:get'), { staleTime: Infinity });
  return queryClient;
}
