import net from 'node:net';

export interface DeskBackend {
  host: string;
  port: number;
}

export interface DeskProxy {
  /** `ws://127.0.0.1:PORT`, the one address workstations join. */
  url: string;
  port: number;
  /** Open WebSocket connections per backend port, as the proxy passes them on now. */
  openWebSockets(): Map<number, number>;
  stop(): Promise<void>;
}

/**
 * A TCP reverse proxy in front of several desk processes, as nginx or HAProxy would stand
 * there, and not sticky: each new connection goes to the next backend in turn, skipping one
 * that refuses the connection (a killed desk). WebSocket upgrades and plain HTTP requests take
 * turns separately, so a test's workstations spread over the backends whatever their HTTP
 * polls do.
 */
export async function startDeskProxy(backends: readonly DeskBackend[]): Promise<DeskProxy> {
  const turns = { websocket: 0, http: 0 };
  const open = new Set<{ port: number; websocket: boolean; sockets: net.Socket[] }>();

  const server = net.createServer((client) => {
    client.on('error', () => client.destroy());
    // The request's first bytes tell a WebSocket upgrade from a plain request.
    client.once('data', (first: Buffer) => {
      client.pause();
      const websocket = /^upgrade:\s*websocket/im.test(first.toString('latin1'));
      const kind = websocket ? 'websocket' : 'http';
      const tryBackend = (attempt: number): void => {
        if (attempt >= backends.length || client.destroyed) {
          client.destroy();
          return;
        }
        const backend = backends[turns[kind] % backends.length]!;
        turns[kind] += 1;
        const upstream = net.connect(backend.port, backend.host);
        let connected = false;
        upstream.on('error', () => {
          if (!connected) tryBackend(attempt + 1);
          else client.destroy();
        });
        upstream.once('connect', () => {
          connected = true;
          const entry = { port: backend.port, websocket, sockets: [client, upstream] };
          open.add(entry);
          const close = () => {
            open.delete(entry);
            client.destroy();
            upstream.destroy();
          };
          upstream.once('close', close);
          client.once('close', close);
          upstream.write(first);
          client.pipe(upstream);
          upstream.pipe(client);
        });
      };
      tryBackend(0);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `ws://127.0.0.1:${port}`,
    port,
    openWebSockets: () => {
      const counts = new Map<number, number>();
      for (const entry of open)
        if (entry.websocket) counts.set(entry.port, (counts.get(entry.port) ?? 0) + 1);
      return counts;
    },
    stop: async () => {
      for (const entry of open) for (const socket of entry.sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
