import { spawn, type ChildProcess } from 'node:child_process';
import { projectPaths } from './projectPaths';
import { childEnv } from './childEnv';
import { trackChild } from './trackChild';

/** A running `galley serve`, with everything it printed kept for inspection. */
export interface ServedGalley {
  origin: string;
  port: number;
  token: string;
  child: ChildProcess;
  /** Everything on stdout after the first line (the launch URL). */
  laterStdout(): string;
  stderr(): string;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  /** Sends a signal and waits for the process to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface StartServedGalleyOptions {
  cwd?: string;
  /** The first start may build the interface with Vite: allow for it. */
  startTimeoutMs?: number;
}

/** Starts `galley serve --library FILE --port 0` and waits for its first line. */
export async function startServedGalley(
  libraryPath: string,
  options: StartServedGalleyOptions = {},
): Promise<ServedGalley> {
  const child = spawn(
    process.execPath,
    [projectPaths.galleyBin, 'serve', '--library', libraryPath, '--port', '0'],
    { cwd: options.cwd ?? projectPaths.root, stdio: ['ignore', 'pipe', 'pipe'], env: childEnv() },
  );
  trackChild(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const firstLine = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`galley serve did not start in time: ${stderr.slice(-500)}`));
    }, options.startTimeoutMs ?? 180_000);
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const end = stdout.indexOf('\n');
      if (end >= 0) {
        clearTimeout(timer);
        resolve(stdout.slice(0, end));
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`galley serve exited before its first line: ${stderr.slice(-500)}`));
    });
  });
  const match = /^Galley: (http:\/\/127\.0\.0\.1:(\d+))\/#token=(\S+)$/.exec(firstLine);
  if (!match?.[1] || !match[2] || !match[3]) {
    child.kill('SIGKILL');
    throw new Error(`unexpected first line from galley serve: ${firstLine}`);
  }
  const firstLineLength = firstLine.length + 1;
  return {
    origin: match[1],
    port: Number(match[2]),
    token: match[3],
    child,
    laterStdout: () => stdout.slice(firstLineLength),
    stderr: () => stderr,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
