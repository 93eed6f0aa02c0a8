import type { ApiChannel } from '../../../shared/api/apiChannels';
import type { ApiOutput, ApiParsedInput } from '../../../shared/api/apiContract';

export type ApiHandler<C extends ApiChannel> = (
  input: ApiParsedInput<C>,
) => ApiOutput<C> | Promise<ApiOutput<C>>;

/** One handler per contract entry; the type makes a missing one a compile error. */
export type ApiHandlers = { [C in ApiChannel]: ApiHandler<C> };
