import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { findFreePort } from './findFreePort';

export interface PostgresCluster {
  /** `postgres://galley@127.0.0.1:PORT/desk` */
  url: string;
  port: number;
  /** Stops the server (fast shutdown, or `SIGKILL` when asked) and starts it again on the same port. */
  restart(signal?: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A throwaway PostgreSQL cluster from Debian's packages: initdb in a temporary folder, a free
 * loopback port, trust authentication for the `galley` role. PostgreSQL refuses to run as root,
 * so as root it runs as the `postgres` system user through `runuser`.
 */
export async function startPostgres(): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-pg-'));
  const dataDir = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) fs.chownSync(dir, postgresUid(), postgresGid());
  const run = (command: string, args: string[]): string[] =>
    asRoot ? ['runuser', '-u', 'postgres', '--', command, ...args] : [command, ...args];

  const [initCommand, ...initArgs] = run(path.join(bin, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    'galley',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  const init = spawnSync(initCommand!, initArgs, { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);

  const port = await findFreePort();
  let server: ChildProcess | undefined;
  const start = async (): Promise<void> => {
    const [command, ...args] = run(path.join(bin, 'postgres'), [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-k',
      dir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'max_connections=100',
    ]);
    const child = spawn(command!, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    server = child;
    await waitUntilReady(port, () => stderr, child);
  };
  const stopServer = async (signal: NodeJS.Signals = 'SIGINT'): Promise<void> => {
    const child = server;
    server = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    // The signal goes to the postmaster itself (its pid is the first line of postmaster.pid):
    // runuser does not pass signals on. SIGINT is PostgreSQL's fast shutdown.
    const postmasterPid = Number(
      fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    process.kill(postmasterPid, signal);
    // runuser reaps the postmaster and exits with it; after a SIGKILL the backends linger a
    // moment, holding the port.
    await exited;
    if (signal === 'SIGKILL') await waitForPortFree(port);
  };

  await start();
  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'galley', database: 'postgres' });
  await admin.connect();
  await admin.query('CREATE DATABASE desk');
  await admin.end();

  return {
    url: `postgres://galley@127.0.0.1:${port}/desk`,
    port,
    restart: async (signal) => {
      await stopServer(signal);
      await start();
    },
    stop: async () => {
      await stopServer();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function findPostgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((name) => fs.existsSync(path.join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const [newest] = versions;
  if (!newest)
    throw new Error('PostgreSQL is not installed: `apt-get install postgresql` (.ci/run does it)');
  return path.join(root, newest, 'bin');
}

function postgresUid(): number {
  return Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
}

function postgresGid(): number {
  return Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
}

async function waitUntilReady(
  port: number,
  stderr: () => string,
  child: ChildProcess,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`postgres exited: ${stderr()}`);
    const client = new pg.Client({ host: '127.0.0.1', port, user: 'galley', database: 'postgres' });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw new Error(`postgres did not start: ${stderr()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function waitForPortFree(port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const client = new pg.Client({ host: '127.0.0.1', port, user: 'galley', database: 'postgres' });
    try {
      await client.connect();
      await client.end();
      await new Promise((resolve) => setTimeout(resolve, 100));
    } catch {
      return;
    }
  }
}
