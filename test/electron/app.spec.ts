import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { GalleyPage } from '../e2e/pages/GalleyPage';
import { findElectronBinary } from '../support/electronBinary';
import { makeTempDir, projectRoot } from '../support/galleyServer';

const electronBinary = findElectronBinary();
const skipReason = electronBinary
  ? undefined
  : 'the Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD or no network); the same UI is tested through galley serve';
if (skipReason) console.log(`Electron specs skipped: ${skipReason}`);

const appOrigin = 'galley://app';

interface Bridge {
  invoke(channel: string, input: unknown): Promise<unknown>;
}

/** What the main process records for the refusal test (kept on its globalThis). */
interface RefusalRecord {
  navigations: Array<{ url: string; prevented: boolean }>;
  external: string[];
}

interface Session {
  app: ElectronApplication;
  page: Page;
  galley: GalleyPage;
}

/** Runs the app on `dir`'s library, with its own user-data folder (storage, instance lock). */
async function launch(dir: string): Promise<Session> {
  const app = await electron.launch({
    executablePath: electronBinary,
    args: [
      '.',
      '--library',
      path.join(dir, 'library.sqlite'),
      `--user-data-dir=${path.join(dir, 'user-data')}`,
    ],
    cwd: projectRoot,
    // Where Electron puts its per-user folder on Linux and Windows, whichever honours the switch.
    env: {
      ...process.env,
      XDG_CONFIG_HOME: path.join(dir, 'config'),
      APPDATA: path.join(dir, 'config'),
    },
  });
  const page = await app.firstWindow();
  const galley = new GalleyPage(page, { launchUrl: `${appOrigin}/index.html`, origin: appOrigin });
  // The English interface, then the same page again, as the person would see it.
  await galley.open();
  return { app, page, galley };
}

/** One API call through the preload's bridge, exactly as the interface makes it. */
function invoke(page: Page, channel: string, input: object): Promise<unknown> {
  return page.evaluate(
    ([name, value]) => (globalThis as unknown as { galley: Bridge }).galley.invoke(name, value),
    [channel, input] as const,
  );
}

/** Clicks File ▸ `label` in the application menu, as the person would. */
async function clickFileMenu(app: ElectronApplication, label: string): Promise<void> {
  await app.evaluate(({ Menu }, itemLabel) => {
    const file = Menu.getApplicationMenu()?.items.find((item) => item.label === 'File');
    const item = file?.submenu?.items.find((entry) => entry.label === itemLabel);
    if (!item) throw new Error(`the File menu has no "${itemLabel}"`);
    (item.click as (event?: unknown) => void)();
  }, label);
}

/** Quits as File ▸ Quit does, and waits for the process to end. */
async function quit(app: ElectronApplication): Promise<void> {
  const closed = new Promise<void>((resolve) => app.once('close', () => resolve()));
  await app.evaluate(({ app: electronApp }) => electronApp.quit());
  await closed;
}

test.describe('the Electron app', () => {
  test.skip(skipReason !== undefined, skipReason);

  const dirs: string[] = [];
  test.afterAll(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });
  function tempDir(): string {
    const dir = makeTempDir();
    dirs.push(dir);
    return dir;
  }

  test.beforeAll(() => {
    // What `npm start` builds, through the same code: better-sqlite3 for Electron's ABI (the
    // shared step; it fails here, not skips, when it cannot be built) and the main bundle.
    // The interface is built by the global setup.
    test.setTimeout(20 * 60_000);
    execFileSync(process.execPath, ['build/prepareElectronNative.mjs'], {
      cwd: projectRoot,
      stdio: 'inherit',
    });
    execFileSync(process.execPath, ['build/buildElectron.mjs'], { cwd: projectRoot });
  });

  test('opens a hardened window on a fresh library with the sample article', async () => {
    const { app, page, galley } = await launch(tempDir());
    try {
      await expect(galley.articleList).toContainText('Московский инновационный кластер');
      // No Node in the page, and only the preload's two functions cross the bridge.
      const exposed = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: Object.keys((globalThis as { galley?: object }).galley ?? {}),
        origin: location.origin,
      }));
      expect(exposed).toEqual({
        require: 'undefined',
        process: 'undefined',
        bridge: ['invoke', 'onMenuCommand'],
        origin: appOrigin,
      });
      await page.screenshot({ path: test.info().outputPath('electron-window.png') });
    } finally {
      await app.close();
    }
  });

  test('keeps what was typed across a reload of the window and a relaunch of the app', async () => {
    const dir = tempDir();
    let session = await launch(dir);
    try {
      const created = await invoke(session.page, 'articles:create', {
        headline: 'Мост открыт после ремонта',
        language: 'ru',
      });
      expect(created).toMatchObject({ ok: true, value: { headline: 'Мост открыт после ремонта' } });
      const { id } = (created as { value: { id: string } }).value;

      await session.galley.openArticle('Мост открыт после ремонта');
      await session.galley.body.click();
      await session.page.keyboard.type('Движение по мосту восстановлено.');
      await session.galley.waitUntilSaved();

      await session.page.reload();
      await expect(session.galley.headline).toHaveValue('Мост открыт после ремонта');
      await expect(session.galley.body).toContainText('Движение по мосту восстановлено.');

      await quit(session.app);
      // A clean quit closed the library: SQLite folded the -wal back and removed it.
      expect(fs.existsSync(path.join(dir, 'library.sqlite-wal'))).toBe(false);

      session = await launch(dir);
      await session.galley.openArticle('Мост открыт после ремонта');
      await expect(session.galley.body).toContainText('Движение по мосту восстановлено.');
      expect(await invoke(session.page, 'articles:get', { id })).toMatchObject({
        ok: true,
        value: { bodyText: expect.stringContaining('Движение по мосту восстановлено.') as unknown },
      });
    } finally {
      await session.app.close();
    }
  });

  test('the File menu creates, imports and exports', async () => {
    const { app, page, galley } = await launch(tempDir());
    try {
      await clickFileMenu(app, 'New Article');
      await expect(galley.headline).toBeVisible();
      await expect(galley.headline).toHaveValue('');
      await expect
        .poll(async () => {
          const listed = await invoke(page, 'articles:list', {});
          return (listed as { value: { total: number } }).value.total;
        })
        .toBe(2);

      // Import… opens the page's own file chooser (it needs the user activation the menu gives).
      const chooser = page.waitForEvent('filechooser');
      await clickFileMenu(app, 'Import…');
      await (await chooser).setFiles(path.join(projectRoot, 'test/fixtures/seed-article-ru.txt'));
      await expect(page.getByText('Imported 1 article.')).toBeVisible();
      await expect(galley.articleButton(/Московский инновационный кластер/)).toHaveCount(2);

      await clickFileMenu(app, 'Export to Website…');
      await expect(page.getByRole('dialog', { name: 'Export to the website' })).toBeVisible();
    } finally {
      await app.close();
    }
  });

  test('refuses to navigate to a foreign page or to open a window', async () => {
    const { app, page, galley } = await launch(tempDir());
    try {
      // Watch the main process: each navigation attempt, and what goes to the system browser
      // (recorded instead of opening one).
      await app.evaluate(({ BrowserWindow, shell }) => {
        const record: RefusalRecord = { navigations: [], external: [] };
        (globalThis as { galleyRefusals?: RefusalRecord }).galleyRefusals = record;
        BrowserWindow.getAllWindows()[0]?.webContents.on('will-navigate', (event) =>
          record.navigations.push({ url: event.url, prevented: event.defaultPrevented }),
        );
        shell.openExternal = (url: string) => {
          record.external.push(url);
          return Promise.resolve();
        };
      });
      const refusals = () =>
        app.evaluate(() => (globalThis as { galleyRefusals?: RefusalRecord }).galleyRefusals);

      await page.evaluate(() => {
        location.href = 'https://example.com/elsewhere';
      });
      await expect
        .poll(async () => (await refusals())?.navigations)
        .toEqual([{ url: 'https://example.com/elsewhere', prevented: true }]);
      expect(page.url().startsWith(`${appOrigin}/`)).toBe(true);
      await expect(galley.articleList).toContainText('Московский инновационный кластер');

      // A web link goes to the system browser, never into a window of the app.
      expect(await page.evaluate(() => window.open('https://example.com/news') === null)).toBe(
        true,
      );
      await expect
        .poll(async () => (await refusals())?.external)
        .toEqual(['https://example.com/news']);
      // Nor does the app open a second window of itself.
      expect(await page.evaluate(() => window.open(`${location.origin}/index.html`) === null)).toBe(
        true,
      );
      expect(app.windows()).toHaveLength(1);
      expect((await refusals())?.external).toEqual(['https://example.com/news']);
    } finally {
      await app.close();
    }
  });
});
