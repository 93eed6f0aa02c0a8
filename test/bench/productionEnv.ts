/**
 * The environment of a `galley serve` the benchmark measures: NODE_ENV production, as a user's
 * serve runs (no NODE_ENV), not the test harness's default, which checks every answer against
 * the contract.
 */
export function productionEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: 'production' };
}
