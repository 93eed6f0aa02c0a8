import {
  ruleFail,
  ruleFailures,
  type RuleFailure,
  type RuleOutcome,
} from '../../../shared/rules/ruleFailure';

/**
 * A write the library refuses by its rules: a stale version, a taken slug, a forbidden move.
 * Thrown inside the write's transaction so it rolls back; `failure` is the refusal as a value.
 */
export class ArticleRuleError extends Error {
  constructor(readonly failure: RuleFailure) {
    super(failure.message);
    this.name = 'ArticleRuleError';
  }
}

/** A save based on an older version than the one stored. */
export class ArticleConflictError extends ArticleRuleError {
  constructor(
    readonly storedVersion: number,
    readonly baseVersion: number,
  ) {
    super(ruleFailures.versionConflict(storedVersion, baseVersion));
    this.name = 'ArticleConflictError';
  }
}

/** Runs a write whose refusal by the library's rules comes back as a value. */
export function catchArticleRules<T>(run: () => RuleOutcome<T>): RuleOutcome<T> {
  try {
    return run();
  } catch (error) {
    if (error instanceof ArticleRuleError) return ruleFail(error.failure);
    throw error;
  }
}

/** Refuses a write based on an older version than the one stored. */
export function assertBaseVersion(storedVersion: number, baseVersion: number | undefined): void {
  if (baseVersion !== undefined && baseVersion !== storedVersion) {
    throw new ArticleConflictError(storedVersion, baseVersion);
  }
}
