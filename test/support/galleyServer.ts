import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
const galleyBin = path.join(projectRoot, 'electron/bin/galley.mjs');

export interface GalleyServer {
  /** `http://127.0.0.1:PORT/#token=…` as printed by `galley serve`. */
  launchUrl: string;
  origin: string;
  token: string;
  libraryPath: string;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** A fresh temporary library folder, removed by the caller when done. */
export function makeTempDir(prefix = 'galley-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Starts `galley serve` and waits for its first line, the URL. On a fresh port (`--port 0`) by
 * default; `'remembered'` gives no `--port`, so serve takes the port the library was last served on.
 */
export async function startGalleyServer(
  libraryPath: string,
  extraArgs: string[] = [],
  port: number | 'remembered' = 0,
): Promise<GalleyServer> {
  const portArgs = port === 'remembered' ? [] : ['--port', String(port)];
  const child = spawn(
    process.execPath,
    [galleyBin, 'serve', '--library', libraryPath, ...portArgs, ...extraArgs],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(
      () => reject(new Error(`galley serve did not start: ${stderr}`)),
      30_000,
    );
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`galley serve exited with ${code}: ${stderr}`));
    });
  });
  const match = /^Galley: (http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)$/.exec(firstLine);
  if (!match?.[1] || !match[2])
    throw new Error(`unexpected first line from galley serve: ${firstLine}`);
  const origin = match[1];
  const token = match[2];
  return {
    launchUrl: `${origin}/#token=${token}`,
    origin,
    token,
    libraryPath,
    process: child,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
