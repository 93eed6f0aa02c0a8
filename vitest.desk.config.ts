import { defineConfig } from 'vitest/config';

/** The desk's tests start real servers (PostgreSQL, desk processes): run one file at a time. */
export default defineConfig({
  test: {
    include: ['test/desk/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
