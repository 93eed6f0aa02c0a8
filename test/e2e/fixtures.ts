import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { makeTempDir, startGalleyServer } from '../support/galleyServer';
import {
  preloadServeCommand,
  startServeInProcess,
  type InProcessServer,
} from '../support/startServeInProcess';
import { GalleyPage } from './pages/GalleyPage';

/** A test's `galley serve`; `process` only when it runs as a child (`serverProcess`). */
export type TestServer = InProcessServer & { process?: ChildProcess };

interface GalleyFixtures {
  /** `galley serve` on a brand-new temporary library, stopped after the test. */
  server: TestServer;
  galley: GalleyPage;
}

interface GalleyWorkerFixtures {
  /** The serve command's modules, loaded once per worker for startServeInProcess. */
  serveCommandLoaded: void;
}

interface GalleyOptions {
  /**
   * Whether the page underlines misspellings. Off unless a test is about spelling: the Russian
   * dictionary takes seconds of CPU to load in each server, which every other test would pay.
   */
  spellCheck: boolean;
  /**
   * Whether `galley serve` runs as a child process, for a test about the process. Otherwise the
   * Playwright worker runs the same command itself (startServeInProcess), on the test's own new
   * library: a child's start costs about 1.5 s of CPU, for each of some 80 tests.
   */
  serverProcess: boolean;
}

export const test = base.extend<GalleyFixtures & GalleyOptions, GalleyWorkerFixtures>({
  spellCheck: [false, { option: true }],
  serverProcess: [false, { option: true }],
  serveCommandLoaded: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      // Transpiled from source in the worker on its first run: slow on a loaded machine.
      await preloadServeCommand();
      await use();
    },
    { scope: 'worker', auto: true, timeout: 180_000 },
  ],
  server: async ({ serverProcess }, use) => {
    const dir = makeTempDir();
    const libraryPath = path.join(dir, 'library.sqlite');
    const server = serverProcess
      ? await startGalleyServer(libraryPath)
      : await startServeInProcess(libraryPath);
    await use(server);
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  },
  galley: async ({ page, server, spellCheck }, use) => {
    const galley = new GalleyPage(page, server, { spellCheck });
    await galley.open();
    await use(galley);
  },
});

export { expect } from '@playwright/test';
