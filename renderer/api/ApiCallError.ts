import type { ApiError, ApiResult } from '../../shared/api/apiResult';

/** A failed API result as a thrown value, so TanStack Query can hold it as the query's error. */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
  }
}

/** The message a person reads for a failed query or mutation. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The value of an API result, or its error thrown as an `ApiCallError`. */
export function unwrapResult<T>(result: ApiResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiCallError(result.error);
}
