import type { ApiError, ApiResult } from '../../shared/api/apiResult';
import { describeApiError } from './describeApiError';

/** A failed API result as a thrown value, so TanStack Query can hold it as the query's error. */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly rule: ApiError['rule'];

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.rule = error.rule;
  }
}

/**
 * The message a person reads for a failed query or mutation, in the interface language:
 * an API error is worded from its code and rule, never from the server's English.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return describeApiError(error);
  return error instanceof Error ? error.message : String(error);
}

/** The value of an API result, or its error thrown as an `ApiCallError`. */
export function unwrapResult<T>(result: ApiResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiCallError(result.error);
}
