import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isSignatureValid } from '../../electron/services/publish/signBody';

/** What the receiver does with the next request; the default is to take it. */
export type ReceiverAnswer =
  { status: number; headers?: Record<string, string>; body?: string } | 'take' | 'hang';

export interface PushReceiver {
  url: string;
  port: number;
  /** Items taken, by idempotency key; `duplicates` counts repeats that were answered 200 again. */
  items: Map<string, { event: string; body: Record<string, unknown> }>;
  assets: Map<string, Buffer>;
  duplicates: number;
  requests: number;
  /** Answers for the next requests, in order; then every request is taken. */
  script: ReceiverAnswer[];
  close(): Promise<void>;
}

/**
 * An HTTP push receiver as a site would run one: it checks `X-Galley-Signature` against the
 * shared secret (401 when it does not match), keeps items by `Idempotency-Key` (a repeat is
 * acknowledged and not kept twice) and can be told to fail, throttle or hang.
 */
export async function startPushReceiver(
  secret: string,
  port = 0,
  /** How long it takes to answer each request it takes, like a site under load. */
  delayMs = 0,
): Promise<PushReceiver> {
  const hanging: http.ServerResponse[] = [];
  const receiver: PushReceiver = {
    url: '',
    port: 0,
    items: new Map(),
    assets: new Map(),
    duplicates: 0,
    requests: 0,
    script: [],
    close: () =>
      new Promise((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      receiver.requests += 1;
      const body = Buffer.concat(chunks);
      const answer = receiver.script.shift() ?? 'take';
      if (answer === 'hang') {
        hanging.push(response);
        return;
      }
      if (answer !== 'take') {
        response.writeHead(answer.status, answer.headers ?? {});
        response.end(answer.body ?? '');
        return;
      }
      const signature = request.headers['x-galley-signature'];
      if (!isSignatureValid(secret, body, typeof signature === 'string' ? signature : undefined)) {
        response.writeHead(401, { 'Content-Type': 'text/plain' });
        response.end('bad signature');
        return;
      }
      const event = String(request.headers['x-galley-event'] ?? '');
      const key = String(request.headers['idempotency-key'] ?? '');
      if (event === 'asset') receiver.assets.set(String(request.headers['x-galley-asset']), body);
      else if (event !== 'ping') {
        if (receiver.items.has(key)) receiver.duplicates += 1;
        else
          receiver.items.set(key, {
            event,
            body: JSON.parse(body.toString('utf8')) as Record<string, unknown>,
          });
      }
      const answer200 = (): void => {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(
          JSON.stringify({ id: key, url: `https://site.example/items/${encodeURIComponent(key)}` }),
        );
      };
      if (delayMs > 0) setTimeout(answer200, delayMs);
      else answer200();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  receiver.port = (server.address() as AddressInfo).port;
  receiver.url = `http://127.0.0.1:${receiver.port}/galley`;
  return receiver;
}
