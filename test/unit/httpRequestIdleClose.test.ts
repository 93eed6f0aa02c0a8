import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { httpRequest } from '../support/httpRequest';

/** Keeps this thread busy, as the fault suite's synchronous scan does beside the fuzz. */
function blockFor(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // busy on purpose
  }
}

/**
 * A server in another process, so its keep-alive timer runs while this one is blocked; it
 * prints its port, then the number of requests it has seen whenever asked with GET /count.
 */
const serverSource = `
const http = require('node:http');
let requests = 0;
const server = http.createServer((request, response) => {
  if (request.url === '/count') return response.end(String(requests));
  requests += 1;
  request.resume();
  request.on('end', () => response.end('ok'));
});
server.keepAliveTimeout = Number(process.argv[1]);
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

describe('httpRequest on a kept-alive connection', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill();
  });

  async function startServer(keepAliveMs: number): Promise<{ port: number; child: ChildProcess }> {
    const child = spawn(process.execPath, ['-e', serverSource, String(keepAliveMs)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    const [line] = (await once(child.stdout, 'data')) as [Buffer];
    return { port: Number(line.toString().trim()), child };
  }

  it('sends a request again, once, when the server closed the idle connection under it', async () => {
    // Node's server closes an idle connection 1 s after its keep-alive time; under 2 s the
    // agent would not keep the connection at all (it leaves a second's margin).
    const { port } = await startServer(2_000);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await httpRequest({ port, path: '/', method: 'POST', body: 'a', agent });
      expect(first.resentAfterIdleClose).toBeUndefined();
      // The server closes the connection while this thread cannot read the close, so the next
      // request goes out on the dead connection: the race the fuzz met in a CI run.
      blockFor(3_300);
      const second = await httpRequest({ port, path: '/', method: 'POST', body: 'b', agent });
      expect(second).toMatchObject({ status: 200, body: 'ok', resentAfterIdleClose: true });
      const count = await httpRequest({ port, path: '/count' });
      expect(count.body).toBe('2');
    } finally {
      agent.destroy();
    }
  });

  it('does not resend on a fresh connection: a server that is gone is reported', async () => {
    const { port, child } = await startServer(5_000);
    child.kill();
    await once(child, 'exit');
    await expect(httpRequest({ port, path: '/' })).rejects.toThrow(/ECONNREFUSED/);
  });
});
