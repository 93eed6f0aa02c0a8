import fs from 'node:fs';
import path from 'node:path';
import { createApiHandlers } from '../../services/api/createApiHandlers';
import { fileBytes, firstPageGate } from '../../services/api/firstPageGate';
import { warmLibraryQueries } from '../../services/api/warmLibraryQueries';
import { DeskLink } from '../../services/desk/deskLink';
import { startOutboxWorker } from '../../services/publish/outboxWorker';
import { PublishService } from '../../services/publish/publishService';
import { startHttpBridgeOnLibraryPort } from '../../services/http/startHttpBridgeOnLibraryPort';
import { ensureAutomaticBackup } from '../../services/library/libraryBackups';
import { readLibrarySetting } from '../../services/library/librarySettings';
import { openLibrary } from '../../services/library/openLibrary';
import { libraryWriteStamp } from '../../services/library/libraryWriteStamp';
import { workstationActor } from '../../services/identity/workstationIdentity';
import { isRendererBuilt, projectRoot, rendererOutDir } from '../../services/ui/rendererDir';
import { CliError } from '../cliError';
import { type CliContext, libraryPathOf } from '../cliContext';
import { parsePort } from '../parsePort';

/**
 * `galley serve [--port N]`: the interface and the API on 127.0.0.1 until stopped, by default on
 * the port the library was last served on (startHttpBridgeOnLibraryPort).
 */
export async function serveCommand(context: CliContext): Promise<number> {
  const { io } = context;
  const port = parsePort(context.flags.port);
  // Built at build time (prepare, `npm run build`): serving never runs a bundler.
  if (!isRendererBuilt())
    throw new CliError(
      `the interface is not built (${rendererOutDir}): run \`npm run build:renderer\` (\`npm ci\` builds it too)`,
    );
  const libraryFile = libraryPathOf(context);
  const firstPage = firstPageGate({ libraryBytes: fileBytes(libraryFile) });
  const library = openLibrary(libraryFile, {
    actor: context.actor,
    integrityCheck: 'background',
    startCheckAfter: firstPage.checkMayStart,
    typesettingThread: true,
  });
  const desk = new DeskLink(library, (line) => io.stderr(`${line}\n`));
  desk.start();
  const publisher = startOutboxWorker(
    new PublishService(library),
    workstationActor(library.db, context.actor),
    (line) => io.stderr(`${line}\n`),
  );
  const handlers = createApiHandlers({
    library,
    loginName: context.actor,
    transport: 'http',
    appVersion: readAppVersion(),
    desk,
  });
  const bridge = await startHttpBridgeOnLibraryPort({
    library,
    handlers: firstPage.watch(handlers),
    staticDir: rendererOutDir,
    readImage: (id) => library.images.get(id),
    sitePreviewDir: () => readLibrarySetting(library.db, 'export.outDir'),
    port,
    log: (line) => io.stderr(`${line}\n`),
  });
  // The search path's first use is paid after the first list, not on the first keystrokes.
  const stopWarmUp = new AbortController();
  void firstPage.warmUpMayStart.then(() => warmLibraryQueries(handlers, stopWarmUp.signal));
  const stopBackup = new AbortController();
  const backupDone = library.integrity.settled.then(async (status) => {
    if (status.state === 'damaged') {
      io.stderr(`galley: ${status.message}\n`);
      return;
    }
    if (status.state !== 'ok') return;
    // Only a library that passed its check is backed up: a damaged copy must never push a
    // good backup out of the rotation.
    try {
      const written = await ensureAutomaticBackup(
        library.db,
        library.path,
        Date.now(),
        stopBackup.signal,
      );
      if (written) io.stderr(`galley: backed up the library to ${written}\n`);
    } catch (error) {
      if (!stopBackup.signal.aborted)
        io.stderr(
          `galley: automatic backup failed: ${error instanceof Error ? error.message : String(error)}\n`,
        );
    }
  });
  // Stopping is wired before the URL is printed: whoever reads that line may signal at once,
  // and a signal with no handler yet would kill the process before it closes the library.
  const stopped = new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      stopBackup.abort();
      stopWarmUp.abort();
      // The connection closes only after the backup has let go of it: closing under a running
      // backup would skip the checkpoint that folds the -wal back into the library.
      void Promise.all([bridge.close(), backupDone, desk.close(), publisher.stop()]).then(() => {
        library.close();
        resolve();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  io.stdout(`Galley: ${bridge.launchUrl}\n`);
  io.stderr(`galley: serving ${library.path} (Ctrl+C to stop)\n`);
  // While the browser starts; the window's first call for that page gets this read.
  firstPage.warm(handlers, (line) => io.stderr(`${line}\n`), libraryWriteStamp(library.db));
  await stopped;
  return 0;
}

function readAppVersion(): string {
  const packageJson = JSON.parse(
    fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'),
  ) as { version: string };
  return packageJson.version;
}
