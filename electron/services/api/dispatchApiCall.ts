import type { z } from 'zod';
import { isApiChannel, type ApiChannel } from '../../../shared/api/apiChannels';
import { apiContract } from '../../../shared/api/apiContract';
import { apiFail, apiOk, type ApiResult } from '../../../shared/api/apiResult';
import { ApiFailure } from './apiFailure';
import type { ApiHandler, ApiHandlers } from './apiHandlers';
import { findOutputDrift } from './findOutputDrift';

export type ApiLogger = (message: string) => void;

const logToStderr: ApiLogger = (message) => process.stderr.write(`${message}\n`);

export interface DispatchOptions {
  log?: ApiLogger | undefined;
  /**
   * Check each value against the channel's output schema too, so a handler that drifts from
   * its contract fails loudly (answered as `internal`, the drift logged). On by default only
   * when NODE_ENV says development or test: a user's `galley serve` sets no NODE_ENV, and there
   * the check only costs time (28 ms of CPU for the first `articles:query` alone, while zod
   * compiles the schema, on the thread that answers the window's start-up calls).
   */
  validateOutputs?: boolean | undefined;
}

/**
 * Validates a call against the contract, runs its handler and returns a result value.
 * Unexpected failures are logged here and answered with a plain message: a caller never
 * sees a stack trace.
 */
export async function dispatchApiCall(
  handlers: ApiHandlers,
  channel: string,
  rawInput: unknown,
  options: DispatchOptions = {},
): Promise<ApiResult<unknown>> {
  const log = options.log ?? logToStderr;
  const validateOutputs = options.validateOutputs ?? checksOutputsByDefault();
  if (!isApiChannel(channel)) return apiFail('unknown_channel', `Unknown API call "${channel}".`);
  if (isNestedDeeperThan(rawInput, maxInputDepth)) {
    return apiFail(
      'invalid_input',
      `Invalid input for ${channel}: nested deeper than ${maxInputDepth} levels.`,
    );
  }
  try {
    const parsed = apiContract[channel].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return apiFail(
        'invalid_input',
        `Invalid input for ${channel}: ${describeIssues(parsed.error)}`,
      );
    }
    const handler = handlers[channel] as ApiHandler<ApiChannel>;
    const value = await handler(parsed.data);
    const drift = validateOutputs ? findOutputDrift(apiContract[channel].output, value) : null;
    if (drift !== null) {
      log(`galley: ${channel} answered outside its contract: ${drift}`);
      return apiFail('internal', `${channel} answered outside its contract; it has been logged.`);
    }
    return apiOk(value);
  } catch (error) {
    if (error instanceof ApiFailure) return apiFail(error.code, error.message, error.rule);
    log(
      `galley: ${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return apiFail(
      'internal',
      `${channel} failed because of an internal error; it has been logged.`,
    );
  }
}

/** Deeper than any article body a person writes, shallow enough for recursive validation. */
const maxInputDepth = 100;

/**
 * Measured without recursion, so hostile nesting cannot overflow the stack here either. Two
 * flat stacks and `for…in` rather than a pair and an `Object.values` array per object: a
 * 10,000-word body has thousands of objects, and every autosave walks them.
 */
function isNestedDeeperThan(value: unknown, limit: number): boolean {
  const values: unknown[] = [value];
  const depths: number[] = [0];
  while (values.length > 0) {
    const current = values.pop();
    const depth = depths.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limit) return true;
    const record = current as Record<string, unknown>;
    for (const key in record) {
      if (!Object.hasOwn(record, key)) continue;
      const child = record[key];
      // Leaves need no visit: only objects have depth.
      if (typeof child !== 'object' || child === null) continue;
      values.push(child);
      depths.push(depth + 1);
    }
  }
  return false;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

function checksOutputsByDefault(): boolean {
  const mode = process.env['NODE_ENV'];
  return mode === 'development' || mode === 'test';
}
