import fs from 'node:fs';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { makeTempDir, startGalleyServer, type GalleyServer } from '../support/galleyServer';
import { GalleyPage } from './pages/GalleyPage';

interface GalleyFixtures {
  /** `galley serve` on a brand-new temporary library, stopped after the test. */
  server: GalleyServer;
  galley: GalleyPage;
}

interface GalleyOptions {
  /**
   * Whether the page underlines misspellings. Off unless a test is about spelling: the Russian
   * dictionary takes seconds of CPU to load in each server, which every other test would pay.
   */
  spellCheck: boolean;
}

export const test = base.extend<GalleyFixtures & GalleyOptions>({
  spellCheck: [false, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const dir = makeTempDir();
    const server = await startGalleyServer(path.join(dir, 'library.sqlite'));
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
