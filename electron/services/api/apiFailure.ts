import type { ApiErrorCode } from '../../../shared/api/apiResult';

/** Thrown by a handler to answer with an error value instead of a value. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}
