import { runCli } from '../../electron/cli/runCli';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `galley` in this process, as the tests of its commands do, and keeps what it printed. */
export async function runCliCaptured(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}
