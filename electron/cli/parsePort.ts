import { CliError } from './cliError';

/** `--port N`: 0–65535, or undefined when not given (each command picks its own default). */
export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535)
    throw new CliError(`--port must be 0–65535, not "${value}"`, 2);
  return port;
}
