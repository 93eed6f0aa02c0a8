import fs from 'node:fs';
import path from 'node:path';
import { createApiHandlers } from '../../services/api/createApiHandlers';
import { startHttpBridge } from '../../services/http/startHttpBridge';
import { ensureAutomaticBackup } from '../../services/library/libraryBackups';
import { readLibrarySetting } from '../../services/library/librarySettings';
import { openLibrary } from '../../services/library/openLibrary';
import { ensureRendererBuild, projectRoot, rendererOutDir } from '../../services/ui/rendererBuild';
import { CliError } from '../cliError';
import { type CliContext, libraryPathOf } from '../cliContext';

/** `galley serve [--port N]`: the interface and the API on 127.0.0.1 until stopped. */
export async function serveCommand(context: CliContext): Promise<number> {
  const { io } = context;
  const port = parsePort(context.flags.port);
  await ensureRendererBuild((line) => io.stderr(`${line}\n`));
  const library = openLibrary(libraryPathOf(context), { actor: context.actor });
  const bridge = await startHttpBridge({
    handlers: createApiHandlers({
      library,
      actor: context.actor,
      transport: 'http',
      appVersion: readAppVersion(),
    }),
    staticDir: rendererOutDir,
    readImage: (id) => library.images.get(id),
    sitePreviewDir: () => readLibrarySetting(library.db, 'export.outDir'),
    port,
    log: (line) => io.stderr(`${line}\n`),
  });
  io.stdout(`Galley: ${bridge.launchUrl}\n`);
  io.stderr(`galley: serving ${library.path} (Ctrl+C to stop)\n`);
  ensureAutomaticBackup(library.db, library.path).then(
    (written) => written && io.stderr(`galley: backed up the library to ${written}\n`),
    (error: unknown) =>
      io.stderr(
        `galley: automatic backup failed: ${error instanceof Error ? error.message : String(error)}\n`,
      ),
  );
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void bridge.close().then(() => {
        library.close();
        resolve();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535)
    throw new CliError(`--port must be 0–65535, not "${value}"`, 2);
  return port;
}

function readAppVersion(): string {
  const packageJson = JSON.parse(
    fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'),
  ) as { version: string };
  return packageJson.version;
}
