import {
  queryOptions,
  useQuery,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { ApiChannel } from '../../shared/api/apiChannels';
import type { ApiInput, ApiOutput } from '../../shared/api/apiContract';
import { unwrapResult } from './ApiCallError';
import type { ApiClient } from './apiClient';
import { useApiClient } from './ApiClientContext';
import { takeEarlyCall } from './earlyCalls';
import { queryKeys, type ApiQueryKey } from './queryKeys';

export type ApiQueryOptions<C extends ApiChannel> = Omit<
  UseQueryOptions<ApiOutput<C>, Error, ApiOutput<C>, ApiQueryKey<C>>,
  'queryKey' | 'queryFn' | 'select'
>;

/** The cache entry of one API call: its key and how to fetch it over the typed client. */
export function apiQueryOptions<C extends ApiChannel>(
  client: ApiClient,
  channel: C,
  input: ApiInput<C>,
) {
  return queryOptions<ApiOutput<C>, Error, ApiOutput<C>, ApiQueryKey<C>>({
    queryKey: queryKeys.call(channel, input),
    queryFn: async () =>
      unwrapResult(await (takeEarlyCall(channel, input) ?? client.call(channel, input))),
  });
}

/** Reads an API channel through the query cache; a failed result becomes the query's error. */
export function useApiQuery<C extends ApiChannel>(
  channel: C,
  input: ApiInput<C>,
  options?: ApiQueryOptions<C>,
): UseQueryResult<ApiOutput<C>, Error> {
  const client = useApiClient();
  return useQuery({ ...apiQueryOptions(client, channel, input), ...options });
}
