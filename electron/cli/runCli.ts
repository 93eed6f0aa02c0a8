import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApiHandlers } from '../services/api/createApiHandlers';
import { startHttpBridge } from '../services/http/startHttpBridge';
import { LibraryError } from '../services/library/libraryError';
import { openLibrary, type Library } from '../services/library/openLibrary';
import { resolveLibraryPath } from '../services/library/resolveLibraryPath';
import { ensureRendererBuild, projectRoot, rendererOutDir } from '../services/ui/rendererBuild';
import { CliError } from './cliError';

const usage = `Usage: galley <command> [options]

Commands:
  serve [--port N]      serve the Galley interface on 127.0.0.1 (--port 0 picks a free port)
  list [--json]         list the articles of the library, newest first
  build-ui              build the interface that serve and the desktop app load

Options:
  --library FILE        the library file (default: $GALLEY_LIBRARY, else the per-user data folder)
  --json                print JSON instead of text
  -h, --help            show this help`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs `galley` with the given arguments; resolves to the exit code (serve stays running). */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    return await runCommand(argv, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`galley: ${message.split('\n')[0] ?? message}\n`);
    if (error instanceof CliError) return error.exitCode;
    return error instanceof LibraryError ? 3 : 1;
  }
}

async function runCommand(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        library: { type: 'string' },
        port: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new CliError(
      `${error instanceof Error ? error.message : String(error)} (see galley --help)`,
      2,
    );
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    io.stdout(`${usage}\n`);
    return command || values.help ? 0 : 2;
  }
  if (rest.length > 0)
    throw new CliError(`unexpected argument "${rest[0]}" (see galley --help)`, 2);
  const libraryPath = resolveLibraryPath({
    flag: values.library,
    env: process.env,
    platform: process.platform,
    homeDir: os.homedir(),
  });

  switch (command) {
    case 'list':
      return withLibrary(libraryPath, (library) => listArticles(library, values.json, io));
    case 'serve':
      return serve(libraryPath, parsePort(values.port), io);
    case 'build-ui':
      await ensureRendererBuild((line) => io.stderr(`${line}\n`));
      return 0;
    default:
      throw new CliError(`unknown command "${command}" (see galley --help)`, 2);
  }
}

function withLibrary(libraryPath: string, run: (library: Library) => number): number {
  const library = openLibrary(libraryPath, { actor: os.userInfo().username });
  try {
    return run(library);
  } finally {
    library.close();
  }
}

function listArticles(library: Library, asJson: boolean, io: CliIo): number {
  const articles = library.articles.list(0, Number.MAX_SAFE_INTEGER);
  if (asJson) {
    io.stdout(`${JSON.stringify({ articles })}\n`);
    return 0;
  }
  for (const article of articles) {
    const updated = new Date(article.updatedAt).toISOString().slice(0, 16).replace('T', ' ');
    io.stdout(
      `${article.id}  ${article.status.padEnd(10)} ${updated}  ${article.headline || '(untitled)'}\n`,
    );
  }
  io.stdout(`${articles.length} article(s) in ${library.path}\n`);
  return 0;
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535)
    throw new CliError(`--port must be 0–65535, not "${value}"`, 2);
  return port;
}

async function serve(libraryPath: string, port: number, io: CliIo): Promise<number> {
  await ensureRendererBuild((line) => io.stderr(`${line}\n`));
  const library = openLibrary(libraryPath, { actor: os.userInfo().username });
  const handlers = createApiHandlers({
    library,
    actor: os.userInfo().username,
    transport: 'http',
    appVersion: readAppVersion(),
  });
  const bridge = await startHttpBridge({
    handlers,
    staticDir: rendererOutDir,
    port,
    log: (line) => io.stderr(`${line}\n`),
  });
  io.stdout(`Galley: ${bridge.launchUrl}\n`);
  io.stderr(`galley: serving ${library.path} (Ctrl+C to stop)\n`);
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

function readAppVersion(): string {
  const packageJson = JSON.parse(
    fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'),
  ) as {
    version: string;
  };
  return packageJson.version;
}
