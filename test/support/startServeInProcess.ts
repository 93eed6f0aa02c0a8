import { runCli } from '../../electron/cli/runCli';
import { readServeAddress, type GalleyServer } from './galleyServer';

/** `galley serve` run by the calling process itself: everything of GalleyServer but a child. */
export type InProcessServer = Omit<GalleyServer, 'process' | 'exited' | 'stop'> & {
  /** Stops the server as SIGTERM stops a child; resolves once the library is closed. */
  stop(): Promise<void>;
};

/**
 * Loads the serve command's modules ahead of the first server, so that a worker's first test
 * does not spend its own timeout on it.
 */
export async function preloadServeCommand(): Promise<void> {
  await import('../../electron/cli/commands/serveCommand');
}

/**
 * Runs the `galley serve` command (runCli, as electron/cli/main.ts does) inside this process, on
 * a fresh port. A child `galley serve` spends about 1.5 s of CPU loading its modules before it
 * listens; the end-to-end tests start one per test, and in the Playwright worker the modules stay
 * loaded from the first test on. The command stops on SIGTERM; `stop` calls the handler it added
 * rather than emitting SIGTERM, which would also close Playwright's browsers. Tests about the
 * process itself (a kill, its exit code) start a child with startGalleyServer.
 */
export async function startServeInProcess(libraryPath: string): Promise<InProcessServer> {
  // As startGalleyServer's child: the server checks its answers against the contract.
  process.env['NODE_ENV'] ??= 'test';
  const handlersBefore = new Set(process.listeners('SIGTERM'));
  let stdout = '';
  let stderr = '';
  let announce: (line: string) => void = () => undefined;
  const announced = new Promise<string>((resolve) => (announce = resolve));
  const exited = runCli(['serve', '--library', libraryPath, '--port', '0'], {
    stdout: (text) => {
      stdout += text;
      const end = stdout.indexOf('\n');
      if (end >= 0) announce(stdout.slice(0, end));
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  const firstLine = await Promise.race([
    announced,
    exited.then((code) => {
      throw new Error(`galley serve ended (exit ${code}) before its first line: ${stderr}`);
    }),
  ]);
  // The command wires its stop before it prints the URL.
  const stopHandlers = process
    .listeners('SIGTERM')
    .filter((handler) => !handlersBefore.has(handler));
  const [stopHandler] = stopHandlers;
  if (stopHandlers.length !== 1 || !stopHandler)
    throw new Error(`galley serve added ${stopHandlers.length} SIGTERM handlers, not one`);
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      stopHandler('SIGTERM');
      const code = await exited;
      if (code !== 0) throw new Error(`galley serve ended with exit ${code}: ${stderr}`);
    })();
    return stopping;
  };
  const address = readServeAddress(firstLine);
  if (!address) {
    await stop();
    throw new Error(`unexpected first line from galley serve: ${firstLine}`);
  }
  return {
    ...address,
    libraryPath,
    laterStdout: () => stdout.slice(firstLine.length + 1),
    stderr: () => stderr,
    stop,
  };
}
