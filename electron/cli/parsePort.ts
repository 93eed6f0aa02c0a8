import { CliError } from './cliError';

/** `--port N`: 0–65535, or the fallback when not given. */
export function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535)
    throw new CliError(`--port must be 0–65535, not "${value}"`, 2);
  return port;
}
