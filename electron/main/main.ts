import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { createApiHandlers } from '../services/api/createApiHandlers';
import { fileBytes, firstPageGate } from '../services/api/firstPageGate';
import { warmLibraryQueries } from '../services/api/warmLibraryQueries';
import { libraryWriteStamp } from '../services/library/libraryWriteStamp';
import { DeskLink } from '../services/desk/deskLink';
import { startOutboxWorker } from '../services/publish/outboxWorker';
import { workstationActor } from '../services/identity/workstationIdentity';
import { PublishService } from '../services/publish/publishService';
import { ensureAutomaticBackup } from '../services/library/libraryBackups';
import { openLibrary, type Library } from '../services/library/openLibrary';
import { libraryFileName } from '../services/library/resolveLibraryPath';
import { registerAppScheme, serveAppProtocol } from './appProtocol';
import { createMainWindow } from './createMainWindow';
import { describeLibraryOpenFailure } from './describeLibraryOpenFailure';
import { hardenAllWebContents } from './hardenWebContents';
import { registerIpcHandlers } from './registerIpcHandlers';
import { installAppMenu } from './installAppMenu';

app.setName('Galley');
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let library: Library | undefined;
  let desk: DeskLink | undefined;
  let publisher: { stop(): Promise<void> } | undefined;
  const stopBackup = new AbortController();
  let backupDone: Promise<unknown> = Promise.resolve();

  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.on('window-all-closed', () => app.quit());

  // Every way out (closing the window, File ▸ Quit, Cmd+Q, the OS logging out) comes through here;
  // app.quit() alone never emits window-all-closed. The library is closed only once the backup
  // has let go of the connection, so the -wal is folded back into the file; then the quit goes on.
  app.on('before-quit', (event) => {
    if (!library) return;
    event.preventDefault();
    if (stopBackup.signal.aborted) return;
    stopBackup.abort();
    void Promise.all([backupDone, desk?.close(), publisher?.stop()])
      .catch(() => undefined)
      .then(() => {
        library?.close();
        library = undefined;
        app.quit();
      });
  });

  void app.whenReady().then(() => {
    const appDir = app.getAppPath();
    const actor = process.env['USER'] ?? process.env['USERNAME'] ?? 'Galley';
    hardenAllWebContents();
    // As `galley serve` does: the integrity check (a whole read of the file, seconds at 100,000
    // articles) does not start beside the window's first list.
    const libraryFile =
      libraryPathFromArgs() ?? path.join(app.getPath('userData'), libraryFileName);
    const firstPage = firstPageGate({ libraryBytes: fileBytes(libraryFile) });
    try {
      library = openLibrary(libraryFile, {
        nativeBinding: electronNativeBinding(appDir),
        actor,
        integrityCheck: 'background',
        startCheckAfter: firstPage.checkMayStart,
        typesettingThread: true,
      });
    } catch (error) {
      const failure = describeLibraryOpenFailure(
        error instanceof Error ? error.message : String(error),
        { isPackaged: app.isPackaged },
      );
      dialog.showErrorBox(failure.title, failure.body);
      app.quit();
      return;
    }
    desk = new DeskLink(library, (line) => console.error(line));
    desk.start();
    publisher = startOutboxWorker(
      new PublishService(library),
      workstationActor(library.db, actor),
      (line) => console.error(line),
    );
    const handlers = createApiHandlers({
      library,
      loginName: actor,
      transport: 'ipc',
      appVersion: app.getVersion(),
      desk,
    });
    registerIpcHandlers(firstPage.watch(handlers));
    // As `galley serve` does: the search path's first use is paid after the first list.
    void firstPage.warmUpMayStart.then(() => warmLibraryQueries(handlers, stopBackup.signal));
    const openLibraryRef = library;
    // A daily backup, once the library has passed its integrity check (never of a damaged one).
    backupDone = library.integrity.settled.then((status) =>
      status.state === 'ok'
        ? ensureAutomaticBackup(
            openLibraryRef.db,
            openLibraryRef.path,
            Date.now(),
            stopBackup.signal,
          ).catch((error: unknown) => {
            if (!stopBackup.signal.aborted)
              console.error('Galley: automatic backup failed:', error);
          })
        : undefined,
    );
    serveAppProtocol(path.join(appDir, 'dist', 'renderer'), (id) => openLibraryRef.images.get(id));
    installAppMenu();
    createMainWindow(appDir);
    // While the window loads its interface; its first call for that page gets this read.
    firstPage.warm(handlers, (line) => console.error(line), libraryWriteStamp(openLibraryRef.db));
  });
}

/** `--library FILE` or `$GALLEY_LIBRARY`, as for the CLI. */
function libraryPathFromArgs(): string | undefined {
  const index = process.argv.indexOf('--library');
  const fromFlag = index >= 0 ? process.argv[index + 1] : undefined;
  const chosen = fromFlag ?? process.env['GALLEY_LIBRARY'];
  return chosen ? path.resolve(chosen) : undefined;
}

/**
 * better-sqlite3 built for Electron's ABI (`npm start` builds it; build/prepareElectronNative.mjs),
 * kept apart from the Node build the CLI and tests use. A packaged app carries it unpacked beside
 * the asar, and is given that real path: the integrity check's worker thread loads it too, and
 * worker threads cannot read inside an asar archive. Undefined when it was never built: then
 * better-sqlite3 falls back to the Node build, and the error box says how to rebuild.
 */
function electronNativeBinding(appDir: string): string | undefined {
  const binding = path.join(
    appDir.replace(/\.asar$/, '.asar.unpacked'),
    'dist',
    'native',
    'electron',
    'better_sqlite3.node',
  );
  return fs.existsSync(binding) ? binding : undefined;
}
