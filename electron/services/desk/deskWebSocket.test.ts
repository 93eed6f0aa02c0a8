import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { DeskWebSocket } from './deskWebSocket';

/** A server that takes the TCP connection and never answers the upgrade: a handshake in flight. */
async function startSilentServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Destroys a provider whose socket is still connecting, and collects what is thrown after. */
async function destroyWhileConnecting(
  polyfill: new (url: string) => WebSocket,
): Promise<unknown[]> {
  const silent = await startSilentServer();
  const thrown: unknown[] = [];
  const listeners = process.listeners('uncaughtException');
  process.removeAllListeners('uncaughtException');
  const collect = (error: unknown) => thrown.push(error);
  process.on('uncaughtException', collect);
  try {
    const socket = new HocuspocusProviderWebsocket({
      url: `ws://127.0.0.1:${silent.port}`,
      WebSocketPolyfill: polyfill,
      autoConnect: true,
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
  } finally {
    process.off('uncaughtException', collect);
    for (const listener of listeners) process.on('uncaughtException', listener);
    await silent.close();
  }
  return thrown;
}

describe('DeskWebSocket', () => {
  it('lets the desk be left while its connection is still being set up', async () => {
    expect(await destroyWhileConnecting(DeskWebSocket)).toEqual([]);
  });

  it('is needed: the plain ws socket throws there (the crash a CI run caught)', async () => {
    const thrown = await destroyWhileConnecting(WebSocket);
    expect(thrown.map((error) => (error as Error).message)).toEqual([
      'WebSocket was closed before the connection was established',
    ]);
  });
});
