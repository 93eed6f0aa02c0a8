import fs from 'node:fs';
import path from 'node:path';
import { firstLibraryPage } from '../../../shared/article/firstLibraryPage';
import { createApiHandlers } from '../../services/api/createApiHandlers';
import { dispatchApiCall } from '../../services/api/dispatchApiCall';
import { onFirstAnswer } from '../../services/api/onFirstAnswer';
import { warmLibraryQueries } from '../../services/api/warmLibraryQueries';
import { DeskLink } from '../../services/desk/deskLink';
import { startOutboxWorker } from '../../services/publish/outboxWorker';
import { PublishService } from '../../services/publish/publishService';
import { startHttpBridgeOnLibraryPort } from '../../services/http/startHttpBridgeOnLibraryPort';
import { ensureAutomaticBackup } from '../../services/library/libraryBackups';
import { readLibrarySetting } from '../../services/library/librarySettings';
import { openLibrary } from '../../services/library/openLibrary';
import { workstationActor } from '../../services/identity/workstationIdentity';
import { isRendererBuilt, projectRoot, rendererOutDir } from '../../services/ui/rendererDir';
import { CliError } from '../cliError';
import { type CliContext, libraryPathOf } from '../cliContext';
import { parsePort } from '../parsePort';

/**
 * The integrity check starts once the window's first list page has been answered, or this long
 * after start when no window asks for one: at 100,000 articles it reads a 4 GB file for seconds.
 */
const integrityCheckWaitsAtMostMs = 3_000;

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
  let firstPageAnswered: () => void = () => undefined;
  const checkMayStart = new Promise<void>((resolve) => (firstPageAnswered = resolve));
  const checkWaitCap = setTimeout(() => firstPageAnswered(), integrityCheckWaitsAtMostMs);
  checkWaitCap.unref();
  const library = openLibrary(libraryPathOf(context), {
    actor: context.actor,
    integrityCheck: 'background',
    startCheckAfter: checkMayStart,
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
    handlers: onFirstAnswer(handlers, 'articles:query', firstPageAnswered),
    staticDir: rendererOutDir,
    readImage: (id) => library.images.get(id),
    sitePreviewDir: () => readLibrarySetting(library.db, 'export.outDir'),
    port,
    log: (line) => io.stderr(`${line}\n`),
  });
  // The search path's first use is paid after the first list, not on the first keystrokes.
  const stopWarmUp = new AbortController();
  void checkMayStart.then(() => warmLibraryQueries(handlers, stopWarmUp.signal));
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
  // The page the window asks for first, read once now (the answer is dropped) while the browser
  // starts: cold, at 100,000 articles, its counts per status and rows cost about 200 ms of reads,
  // which the window's own call then finds in SQLite's cache. Through the unwrapped handlers: it
  // is not the window's answer the integrity check waits for.
  setImmediate(() => {
    void dispatchApiCall(handlers, 'articles:query', firstLibraryPage, {
      log: (line) => io.stderr(`${line}\n`),
    });
  });
  await stopped;
  return 0;
}

function readAppVersion(): string {
  const packageJson = JSON.parse(
    fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'),
  ) as { version: string };
  return packageJson.version;
}
