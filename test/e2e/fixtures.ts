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

export const test = base.extend<GalleyFixtures>({
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const dir = makeTempDir();
    const server = await startGalleyServer(path.join(dir, 'library.sqlite'));
    await use(server);
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  },
  galley: async ({ page, server }, use) => {
    const galley = new GalleyPage(page, server);
    await galley.open();
    await use(galley);
  },
});

export { expect } from '@playwright/test';
