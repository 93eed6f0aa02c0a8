import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import type { ApiChannel } from '../../shared/api/apiChannels';
import type { ApiInput, ApiOutput } from '../../shared/api/apiContract';
import { unwrapResult } from './ApiCallError';
import { useApiClient } from './ApiClientContext';

/**
 * Changes something through an API channel. The caller's `onSuccess` says which cached
 * answers the change makes stale (see `invalidateAfterChange`); nothing is refetched wholesale.
 */
export function useApiMutation<C extends ApiChannel, TContext = unknown>(
  channel: C,
  options?: Omit<
    UseMutationOptions<ApiOutput<C>, Error, ApiInput<C>, TContext>,
    'mutationFn' | 'mutationKey'
  >,
) {
  const client = useApiClient();
  return useMutation<ApiOutput<C>, Error, ApiInput<C>, TContext>({
    mutationKey: [channel],
    mutationFn: async (input) => unwrapResult(await client.call(channel, input)),
    ...options,
  });
}
