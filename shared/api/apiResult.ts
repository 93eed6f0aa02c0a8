import type { RuleFailure } from '../rules/ruleFailure';

/** Error codes every transport maps the same way. */
export const apiErrorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  /**
   * An autosave's changed blocks were counted against a body other than the one stored: the
   * editor sends its body whole instead.
   */
  'stale_base',
  /** Refused by a rule the user can lift (the publish gate). */
  'blocked',
  /** The library was found damaged: it can be read, not changed. */
  'read_only',
  'unknown_channel',
  'unauthorized',
  'forbidden',
  'internal',
  /** Set by the browser's client when the server could not be reached at all. */
  'unreachable',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  /** The library rule that refused the call, when one did: its code and parameters. */
  rule?: RuleFailure;
}

/** What every API call returns: a value, or an error as a value (never a thrown stack trace). */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function apiOk<T>(value: T): ApiResult<T> {
  return { ok: true, value };
}

export function apiFail<T = never>(
  code: ApiErrorCode,
  message: string,
  rule?: RuleFailure,
): ApiResult<T> {
  return { ok: false, error: rule ? { code, message, rule } : { code, message } };
}
