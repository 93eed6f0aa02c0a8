import { spawn } from 'node:child_process';
import { projectPaths } from './projectPaths';
import { childEnv } from './childEnv';
import { trackChild } from './trackChild';

export interface GalleyRun {
  /** Exit code, or null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when the time cap ran out and the process was killed. */
  timedOut: boolean;
  ms: number;
}

export interface RunGalleyOptions {
  /** Time cap; the process is SIGKILLed after it. */
  timeoutMs?: number;
  cwd?: string;
}

/** Runs `node electron/bin/galley.mjs ARGS…` as a child process, with a time cap. */
export function runGalley(
  args: readonly string[],
  options: RunGalleyOptions = {},
): Promise<GalleyRun> {
  return runNode([projectPaths.galleyBin, ...args], options);
}

export /** Runs `node ARGS…` with a time cap (the shared half of runGalley and runChild). */
function runNode(args: readonly string[], options: RunGalleyOptions): Promise<GalleyRun> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: options.cwd ?? projectPaths.root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv(),
  });
  trackChild(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 60_000);
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut, ms: performance.now() - started });
    });
  });
}
