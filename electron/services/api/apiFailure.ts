import type { ApiErrorCode } from '../../../shared/api/apiResult';
import type { RuleFailure, RuleFailureCode, RuleOutcome } from '../../../shared/rules/ruleFailure';

/** Thrown by a handler to answer with an error value instead of a value. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly rule?: RuleFailure,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }

  /** A rule's refusal, under the API error code callers already handle. */
  static fromRule(rule: RuleFailure): ApiFailure {
    return new ApiFailure(apiCodeOfRule[rule.code], rule.message, rule);
  }
}

const apiCodeOfRule: Readonly<Record<RuleFailureCode, ApiErrorCode>> = {
  article_not_found: 'not_found',
  annotation_not_found: 'not_found',
  annotation_exists: 'conflict',
  quote_not_manual: 'invalid_input',
  status_move_refused: 'invalid_input',
  quotes_open: 'blocked',
  version_conflict: 'conflict',
  slug_taken: 'conflict',
  quote_not_saved: 'conflict',
  suggestion_outdated: 'conflict',
  export_running: 'conflict',
  image_refused: 'invalid_input',
};

/** A domain service's value, or its refusal thrown as the API error it answers with. */
export function valueOrApiFailure<T>(outcome: RuleOutcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw ApiFailure.fromRule(outcome.failure);
}
