import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../support/electronBinary';
import { makeTempDir, projectRoot } from '../support/galleyServer';

const electronBinary = findElectronBinary();
const nativeBinding = path.join(projectRoot, 'dist/native/electron/better_sqlite3.node');
const skipReason = !electronBinary
  ? 'the Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD or no network); the same UI is tested through galley serve'
  : !fs.existsSync(nativeBinding)
    ? 'better-sqlite3 has no Electron build yet: run `npm run rebuild:electron`'
    : undefined;

if (skipReason) console.log(`Electron specs skipped: ${skipReason}`);

test.describe('the Electron app', () => {
  test.skip(skipReason !== undefined, skipReason);

  test('opens a hardened window on a fresh library with the sample article', async () => {
    execFileSync(process.execPath, ['build/buildElectron.mjs'], { cwd: projectRoot });
    const dir = makeTempDir();
    const app = await electron.launch({
      executablePath: electronBinary,
      args: ['.', '--library', path.join(dir, 'library.sqlite')],
      cwd: projectRoot,
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByTestId('article-list')).toContainText(
        'Московский инновационный кластер',
      );
      // No Node in the page, and only the one bridge function crosses from the preload.
      const exposed = await window.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: Object.keys((globalThis as { galley?: object }).galley ?? {}),
        origin: location.origin,
      }));
      expect(exposed).toEqual({
        require: 'undefined',
        process: 'undefined',
        bridge: ['invoke'],
        origin: 'galley://app',
      });
      await window.screenshot({ path: test.info().outputPath('electron-window.png') });
    } finally {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
