import type { ApiChannel } from '../../shared/api/apiChannels';
import type { ApiInput } from '../../shared/api/apiContract';

/** Every cached answer is keyed `[channel, input]`, so one channel is invalidated by its prefix. */
export type ApiQueryKey<C extends ApiChannel = ApiChannel> = readonly [C, ApiInput<C>];

/**
 * The query keys of the renderer, one family per API channel: `channel(c)` names every cached
 * answer of a channel (for invalidation), `call(c, input)` one answer.
 */
export const queryKeys = {
  channel: <C extends ApiChannel>(channel: C): readonly [C] => [channel],
  call: <C extends ApiChannel>(channel: C, input: ApiInput<C>): ApiQueryKey<C> => [channel, input],
  article: (id: string): ApiQueryKey<'articles:get'> => ['articles:get', { id }],
  quotes: (articleId: string): ApiQueryKey<'quotes:list'> => ['quotes:list', { articleId }],
  comments: (articleId: string): ApiQueryKey<'comments:list'> => ['comments:list', { articleId }],
  revisions: (articleId: string): ApiQueryKey<'revisions:list'> => [
    'revisions:list',
    { articleId },
  ],
  lists: (): ApiQueryKey<'lists:get'> => ['lists:get', {}],
};
