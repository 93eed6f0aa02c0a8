import type { ApiChannel } from '../../shared/api/apiChannels';
import type { ApiInput, ApiOutput } from '../../shared/api/apiContract';
import type { ApiResult } from '../../shared/api/apiResult';
import type { ApiClient } from './apiClient';

interface EarlyCall {
  channel: ApiChannel;
  input: unknown;
  answer: Promise<ApiResult<unknown>>;
  /** Set once the answer has arrived. */
  result?: ApiResult<unknown>;
}

/** An early call answered before the interface first rendered: its channel, input and value. */
export interface AnsweredEarlyCall {
  channel: ApiChannel;
  input: unknown;
  value: unknown;
}

const started = new Map<string, EarlyCall>();

/**
 * Sends a call before any component asks for it (while the interface's code is still being
 * evaluated), for the first query that asks for the same channel and input to take.
 */
export function callEarly<C extends ApiChannel>(
  client: ApiClient,
  channel: C,
  input: ApiInput<C>,
): void {
  const call: EarlyCall = { channel, input, answer: client.call(channel, input) };
  void call.answer.then(
    (result) => (call.result = result),
    () => undefined,
  );
  started.set(keyOf(channel, input), call);
}

/**
 * The answer of an early call with this channel and input, once: a later query (a refetch, the
 * same filters chosen again) asks the server afresh.
 */
export function takeEarlyCall<C extends ApiChannel>(
  channel: C,
  input: ApiInput<C>,
): Promise<ApiResult<ApiOutput<C>>> | undefined {
  // Every query passes here: once the early calls are taken, none pays for a key.
  if (started.size === 0) return undefined;
  const key = keyOf(channel, input);
  const call = started.get(key);
  started.delete(key);
  return call?.answer as Promise<ApiResult<ApiOutput<C>>> | undefined;
}

/**
 * Resolves once every early call has its answer (or failed), or after `timeoutMs`. The interface
 * is evaluated in the same task as the early call is sent, so the answer can only be read after
 * that task: waiting for it here lets the first render hold the first page, one pass of React and
 * layout instead of the busy shell and the list again when the page lands.
 */
export function earlyCallsSettled(timeoutMs: number): Promise<void> {
  const pending = [...started.values()].filter((call) => call.result === undefined);
  if (pending.length === 0) return Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    Promise.allSettled(pending.map((call) => call.answer)).then(() => undefined),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
  ]).finally(() => clearTimeout(timer));
}

/**
 * The early calls already answered with a value, taken (a failure is left for its query to
 * take and report): the interface puts them in its cache before its first render, so the list
 * that has its page already renders with it, in one pass, never busy.
 */
export function takeAnsweredEarlyCalls(): AnsweredEarlyCall[] {
  const answered: AnsweredEarlyCall[] = [];
  for (const [key, call] of started) {
    if (!call.result?.ok) continue;
    answered.push({ channel: call.channel, input: call.input, value: call.result.value });
    started.delete(key);
  }
  return answered;
}

/**
 * The call as text, object keys sorted (as TanStack Query hashes its keys): the same input built
 * in another order is the same call. Not TanStack's own hashKey: importing the library here would
 * evaluate it (and React) before the call is sent.
 */
function keyOf(channel: ApiChannel, input: unknown): string {
  return JSON.stringify([channel, input], (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}
