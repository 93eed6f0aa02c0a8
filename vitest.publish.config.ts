import { defineConfig } from 'vitest/config';

/** Publishing against real sites (WordPress with PHP and MariaDB): one file at a time. */
export default defineConfig({
  test: {
    include: ['test/publish/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
