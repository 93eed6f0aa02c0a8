import type { ApiChannel } from '../../../shared/api/apiChannels';
import type { ApiHandlers } from './apiHandlers';

/**
 * `handlers` with `channel`'s handler wrapped to call `callback` once, after its first answer
 * (or failure). `galley serve` starts its integrity check after the window's first list page.
 */
export function onFirstAnswer<C extends ApiChannel>(
  handlers: ApiHandlers,
  channel: C,
  callback: () => void,
): ApiHandlers {
  const handler = handlers[channel];
  let called = false;
  const wrapped = async (input: Parameters<typeof handler>[0]) => {
    try {
      return await handler(input);
    } finally {
      if (!called) {
        called = true;
        callback();
      }
    }
  };
  return { ...handlers, [channel]: wrapped };
}
