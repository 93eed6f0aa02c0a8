import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
const galleyBin = path.join(projectRoot, 'electron/bin/galley.mjs');

/** A running `galley serve`, with everything it printed kept for inspection. */
export interface GalleyServer {
  /** `http://127.0.0.1:PORT/#token=…` as printed by `galley serve`. */
  launchUrl: string;
  origin: string;
  port: number;
  token: string;
  libraryPath: string;
  process: ChildProcess;
  /** Everything on stdout after the first line (the launch URL). */
  laterStdout(): string;
  stderr(): string;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  /** Sends a signal and waits for the process to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface GalleyServerOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** How long to wait for the launch URL (a loaded machine starts slowly). */
  startTimeoutMs?: number;
  /** Called with the child as soon as it is spawned (the fault suite tracks it). */
  onSpawn?: (child: ChildProcess) => void;
  /** A port, 0 for a free one (the default), or `'remembered'` for the library's last port. */
  port?: number | 'remembered';
}

/** A fresh temporary library folder, removed by the caller when done. */
export function makeTempDir(prefix = 'galley-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Starts `galley serve` and waits for its first line, the URL. On a fresh port (`--port 0`) by
 * default; `port: 'remembered'` gives no `--port`, so serve takes the port the library was last
 * served on.
 */
export async function startGalleyServer(
  libraryPath: string,
  extraArgs: string[] = [],
  options: GalleyServerOptions = {},
): Promise<GalleyServer> {
  const port = options.port ?? 0;
  const portArgs = port === 'remembered' ? [] : ['--port', String(port)];
  const child = spawn(
    process.execPath,
    [galleyBin, 'serve', '--library', libraryPath, ...portArgs, ...extraArgs],
    {
      cwd: options.cwd ?? projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      // NODE_ENV test: the server checks its answers against the contract, so a drifting
      // handler fails the spec (the benchmark passes production, as a user's serve runs).
      env: options.env ?? { ...process.env, NODE_ENV: process.env['NODE_ENV'] ?? 'test' },
    },
  );
  options.onSpawn?.(child);
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
  const address = readServeAddress(firstLine);
  if (!address) {
    child.kill('SIGKILL');
    throw new Error(`unexpected first line from galley serve: ${firstLine}`);
  }
  const firstLineLength = firstLine.length + 1;
  return {
    ...address,
    libraryPath,
    process: child,
    laterStdout: () => stdout.slice(firstLineLength),
    stderr: () => stderr,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Where `galley serve`'s first line says it listens, and its token; undefined for any other line. */
export function readServeAddress(
  firstLine: string,
): { launchUrl: string; origin: string; port: number; token: string } | undefined {
  const match = /^Galley: (http:\/\/127\.0\.0\.1:(\d+))\/#token=(\S+)$/.exec(firstLine);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  const origin = match[1];
  const token = match[3];
  return { launchUrl: `${origin}/#token=${token}`, origin, port: Number(match[2]), token };
}
