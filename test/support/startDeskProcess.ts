import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from './galleyServer';

export interface DeskProcess {
  /** What `galley desk` printed first: its URL. */
  firstLine: string;
  url: string;
  pid: number;
  stderr(): string;
  /** SIGTERM (a clean stop) or SIGKILL (a crash); resolves when the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** `galley desk` as a person runs it: a real process that prints its URL first. */
export async function startDeskProcess(
  database: string,
  port = 0,
  /** More flags, such as `--redis URL`. */
  extraArgs: readonly string[] = [],
): Promise<DeskProcess> {
  const child = spawn(
    process.execPath,
    [
      path.join(projectRoot, 'electron/bin/galley.mjs'),
      'desk',
      '--port',
      String(port),
      '--database',
      database,
      ...extraArgs,
    ],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`galley desk exited with ${code}: ${stderr}`)));
  });
  const stopped = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    firstLine,
    url: /ws:\/\/\S+/.exec(firstLine)?.[0] ?? '',
    pid: child.pid ?? 0,
    stderr: () => stderr,
    stop: (signal = 'SIGTERM') => {
      child.kill(signal);
      return stopped;
    },
  };
}
