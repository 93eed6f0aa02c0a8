import os from 'node:os';
import type { LibraryPathSources } from '../services/library/resolveLibraryPath';
import { resolveLibraryPath } from '../services/library/resolveLibraryPath';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** What every command gets: parsed flags, positionals after the command, and the output. */
export interface CliContext {
  io: CliIo;
  positionals: string[];
  flags: {
    library?: string | undefined;
    port?: string | undefined;
    host?: string | undefined;
    database?: string | undefined;
    redis?: string | undefined;
    role?: string | undefined;
    out?: string | undefined;
    from?: string | undefined;
    baseUrl?: string | undefined;
    status?: string | undefined;
    ids?: string | undefined;
    rubric?: string | undefined;
    since?: string | undefined;
    article?: string | undefined;
    override?: string | undefined;
    desk?: string | undefined;
    token?: string | undefined;
    kind?: string | undefined;
    url?: string | undefined;
    secret?: string | undefined;
    user?: string | undefined;
    takedown?: string | undefined;
    correction?: string | undefined;
    target?: string | undefined;
    timeout?: string | undefined;
    all: boolean;
    force: boolean;
    noMark: boolean;
    allowUnverified: boolean;
    annotations: boolean;
    /** `galley assign`: the article, the person by name, or nobody; `galley list --assignee`. */
    id?: string | undefined;
    to?: string | undefined;
    nobody: boolean;
    assignee?: string | undefined;
    json: boolean;
  };
  /**
   * The operating system's user name: who changes are recorded as until a name is set in
   * Settings or the desk gives one (see actorIn).
   */
  actor: string;
}

export function libraryPathOf(context: CliContext): string {
  const sources: LibraryPathSources = {
    flag: context.flags.library,
    env: process.env,
    platform: process.platform,
    homeDir: os.homedir(),
  };
  return resolveLibraryPath(sources);
}

export function printJson(context: CliContext, value: unknown): void {
  context.io.stdout(`${JSON.stringify(value)}\n`);
}
