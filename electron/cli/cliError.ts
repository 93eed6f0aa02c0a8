import type { RuleFailure, RuleOutcome } from '../../shared/rules/ruleFailure';

/** A command-line failure reported as one line, with the exit code to leave with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
    /** The library rule that refused, printed as JSON under `--json`. */
    readonly rule?: RuleFailure,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A domain service's value, or its refusal as the command's failure (exit 1). */
export function valueOrCliError<T>(outcome: RuleOutcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw new CliError(outcome.failure.message, 1, outcome.failure);
}
