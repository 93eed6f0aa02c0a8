import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from './findFreePort';

export interface RedisServer {
  /** `redis://127.0.0.1:PORT/0` */
  url: string;
  port: number;
  /**
   * Stops the server (an outage the desks must live through), runs `whileDown`, and starts it
   * again on the same port.
   */
  restart(whileDown?: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A throwaway Redis from Debian's `redis-server`: a free loopback port, its folder in a
 * temporary directory, nothing persisted (the desk keeps nothing durable in Redis).
 */
export async function startRedis(): Promise<RedisServer> {
  const binary = '/usr/bin/redis-server';
  if (!fs.existsSync(binary))
    throw new Error('Redis is not installed: `apt-get install redis-server` (.ci/run does it)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-redis-'));
  const port = await findFreePort();
  let child: ChildProcess | undefined;
  const start = async (): Promise<void> => {
    const started = spawn(
      binary,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--save',
        '',
        '--appendonly',
        'no',
        '--daemonize',
        'no',
        '--loglevel',
        'warning',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = started;
    let output = '';
    const collect = (chunk: Buffer) => (output += chunk.toString());
    started.stdout.on('data', collect);
    started.stderr.on('data', collect);
    await waitUntilAnswering(
      port,
      () => output,
      () => started.exitCode !== null,
    );
  };
  const halt = async (): Promise<void> => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGTERM');
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}/0`,
    port,
    restart: async (whileDown) => {
      await halt();
      await whileDown?.();
      await start();
    },
    stop: async () => {
      await halt();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits for `PING` to be answered with `+PONG`. */
async function waitUntilAnswering(
  port: number,
  output: () => string,
  exited: () => boolean,
): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (exited()) throw new Error(`redis-server exited: ${output()}`);
    if (await ping(port)) return;
    if (Date.now() > deadline) throw new Error(`redis-server did not start: ${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString();
      if (answer.includes('\r\n')) {
        socket.destroy();
        resolve(answer.startsWith('+PONG'));
      }
    });
    socket.once('error', () => resolve(false));
  });
}
