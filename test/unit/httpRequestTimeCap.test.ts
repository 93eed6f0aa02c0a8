import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { httpRequest } from '../support/httpRequest';

/** Keeps this thread busy, as another fault scenario's synchronous scan does beside the fuzz. */
function blockFor(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // busy on purpose
  }
}

/**
 * A server in another process, so it answers while this one is blocked: it prints its port,
 * then a line for each request it takes, and answers each 100 ms later.
 */
const serverSource = `
const http = require('node:http');
const server = http.createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    console.log('taken');
    setTimeout(() => response.end('ok'), 100);
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

describe('httpRequest time cap', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill();
  });

  it('reads an answer that came while this process was blocked past the cap', async () => {
    const child = spawn(process.execPath, ['-e', serverSource], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    const [portLine] = (await once(child.stdout, 'data')) as [Buffer];
    const answer = httpRequest({
      port: Number(portLine.toString().trim()),
      path: '/',
      method: 'POST',
      body: 'a',
      timeoutMs: 1_000,
    });
    await once(child.stdout, 'data');
    // The answer arrives while this thread is busy for longer than the cap.
    blockFor(2_500);
    await expect(answer).resolves.toMatchObject({ status: 200, body: 'ok' });
  });

  it('still gives up on a server that never answers', async () => {
    const child = spawn(
      process.execPath,
      [
        '-e',
        `const s = require('node:http').createServer(() => {}); s.listen(0, '127.0.0.1', () => console.log(s.address().port));`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    children.push(child);
    const [portLine] = (await once(child.stdout, 'data')) as [Buffer];
    await expect(
      httpRequest({ port: Number(portLine.toString().trim()), path: '/', timeoutMs: 1_000 }),
    ).rejects.toThrow(/no answer in 1000 ms/);
  });
});
