import os from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Tests of shared/ and renderer/ that replace globals or reset the module registry: they keep a
 * fresh process of their own, so what they stub never reaches another file.
 */
const stubbingGlobals = [
  'shared/text/countText.test.ts',
  'renderer/editor/findReplace/findReplaceExtension.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    // Vitest's default in a run is one worker fewer than the cores, for its own process: one
    // worker on two cores, so the suite ran file after file on one core (its import and test
    // times summed to about its duration) and the other idled once the desk suite beside it
    // ended. Its own process mostly waits on the workers.
    maxWorkers: os.availableParallelism(),
    testTimeout: 30_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'pure',
          include: ['shared/**/*.test.ts', 'renderer/**/*.test.ts'],
          exclude: stubbingGlobals,
          // Pure code with no module state worth resetting: one process runs file after file
          // and keeps what it imported (zod, Tiptap, typograf), where a fresh process per file
          // spent most of its time importing them again (measured in README, "Testing").
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // Libraries on disk, servers, spies on fs and environment variables: a process each.
          name: 'node',
          include: ['electron/**/*.test.ts', 'test/unit/**/*.test.ts', ...stubbingGlobals],
        },
      },
    ],
  },
});
