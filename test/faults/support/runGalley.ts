import { spawn } from 'node:child_process';
import { projectPaths } from './projectPaths';
import { childEnv } from './childEnv';
import { processCpuMs } from './processCpuMs';
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
  /**
   * CPU-time cap (user + system, all threads; Linux): the process is SIGKILLed once it has used
   * this much, however long that took. A hang that spins is caught by this at any load; a
   * wall-clock cap alone took a load of 25 for a hang (a 0.8 s CPU import ran 31 s).
   */
  cpuTimeoutMs?: number;
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
  const { cpuTimeoutMs } = options;
  const cpuWatch =
    cpuTimeoutMs === undefined
      ? undefined
      : setInterval(() => {
          const used = child.pid === undefined ? undefined : processCpuMs(child.pid);
          if (used !== undefined && used > cpuTimeoutMs) {
            timedOut = true;
            child.kill('SIGKILL');
          }
        }, 250);
  const stopTimers = (): void => {
    clearTimeout(timer);
    clearInterval(cpuWatch);
  };
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      stopTimers();
      reject(error);
    });
    child.once('close', (code, signal) => {
      stopTimers();
      resolve({ code, signal, stdout, stderr, timedOut, ms: performance.now() - started });
    });
  });
}
