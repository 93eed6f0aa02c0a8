import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiHandlers } from '../api/createApiHandlers';
import { openLibrary, type Library } from '../library/openLibrary';
import type { HttpBridge } from './startHttpBridge';
import { readServePort, startHttpBridgeOnLibraryPort } from './startHttpBridgeOnLibraryPort';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempLibraryFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-serve-port-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, 'library.sqlite');
}

function open(file: string): Library {
  const library = openLibrary(file, { integrityCheck: 'background' });
  cleanups.push(() => {
    if (library.db.open) library.close();
  });
  return library;
}

async function serve(
  library: Library,
  requested: number | undefined,
  notices: string[] = [],
): Promise<HttpBridge> {
  const staticDir = path.join(path.dirname(library.path), 'ui');
  fs.mkdirSync(staticDir, { recursive: true });
  const bridge = await startHttpBridgeOnLibraryPort({
    library,
    handlers: createApiHandlers({
      library,
      loginName: 'tester',
      transport: 'http',
      appVersion: '0',
    }),
    staticDir,
    port: requested,
    log: (line) => notices.push(line),
  });
  cleanups.push(() => bridge.close());
  await library.integrity.settled;
  // The port is written after the check settles, on the next turn.
  await new Promise((resolve) => setImmediate(resolve));
  return bridge;
}

/** Holds a loopback port, as another program would. */
async function occupy(port: number): Promise<void> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
}

describe('galley serve’s port', () => {
  it('is remembered by the library and reused by the next launch', async () => {
    const file = tempLibraryFile();
    const first = open(file);
    const firstBridge = await serve(first, undefined);
    expect(readServePort(first)).toBe(firstBridge.port);
    await firstBridge.close();
    first.close();

    const second = open(file);
    const notices: string[] = [];
    const secondBridge = await serve(second, undefined, notices);
    expect(secondBridge.port).toBe(firstBridge.port);
    expect(notices).toEqual([]);
  });

  it('falls back to a free port with one notice when the remembered one is busy', async () => {
    const file = tempLibraryFile();
    const first = open(file);
    const firstBridge = await serve(first, undefined);
    await firstBridge.close();
    first.close();
    await occupy(firstBridge.port);

    const second = open(file);
    const notices: string[] = [];
    const secondBridge = await serve(second, undefined, notices);
    expect(secondBridge.port).not.toBe(firstBridge.port);
    expect(notices).toEqual([
      `galley: port ${firstBridge.port}, where this library was last served, is busy; serving on ${secondBridge.port} instead (unsaved edits the browser kept for the old address will not be offered)`,
    ]);
    // The new port is the one remembered from now on.
    expect(readServePort(second)).toBe(secondBridge.port);
  });

  it('takes a port asked for, and with --port 0 a fresh one, remembering what it used', async () => {
    const file = tempLibraryFile();
    const library = open(file);
    const first = await serve(library, undefined);
    const fresh = await serve(library, 0);
    expect(fresh.port).not.toBe(first.port);
    expect(readServePort(library)).toBe(fresh.port);

    await fresh.close();
    const asked = await serve(library, fresh.port);
    expect(asked.port).toBe(fresh.port);
  });

  it('fails as before when the port asked for is busy', async () => {
    const library = open(tempLibraryFile());
    const taken = await serve(library, undefined);
    await expect(serve(library, taken.port)).rejects.toThrow(/EADDRINUSE/);
  });
});
