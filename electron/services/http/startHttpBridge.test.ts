import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHandlers } from '../api/createApiHandlers';
import { openLibrary, type Library } from '../library/openLibrary';
import { startHttpBridge, type HttpBridge } from './startHttpBridge';
import { httpRequest, type RawRequest } from '../../../test/support/httpRequest';

let dir: string;
let library: Library;
let bridge: HttpBridge;
const logged: string[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-http-'));
  const staticDir = path.join(dir, 'ui');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Galley</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(staticDir, 'assets', 'index-CA67hm0J.js'), 'console.log(2)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'top secret');
  library = openLibrary(path.join(dir, 'library.sqlite'));
  bridge = await startHttpBridge({
    handlers: createApiHandlers({
      library,
      loginName: 'tester',
      transport: 'http',
      appVersion: '0.0.0',
    }),
    staticDir,
    port: 0,
    log: (line) => logged.push(line),
  });
});

afterAll(async () => {
  await bridge.close();
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A raw request to the bridge, so Host and the path go out exactly as written. */
const request = (options: Omit<RawRequest, 'port'>) =>
  httpRequest({ port: bridge.port, ...options });

const api = (channel: string, body: string, headers: Record<string, string> = {}) =>
  request({
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'Content-Type': 'application/json', 'X-Galley-Token': bridge.token, ...headers },
    body,
  });

describe('the HTTP bridge', () => {
  it('listens on 127.0.0.1 only and prints a launch URL with the token in the fragment', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(bridge.launchUrl).toBe(`${bridge.url}#token=${bridge.token}`);
    expect(bridge.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a valid API call', async () => {
    const response = await api('articles:list', '{}');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('accepts the token as a Bearer header too', async () => {
    const response = await api('app:info', '{}', {
      'X-Galley-Token': '',
      Authorization: `Bearer ${bridge.token}`,
    });
    expect(response.status).toBe(200);
  });

  it('refuses a request without a token (401) or with a wrong one (403)', async () => {
    expect((await api('articles:list', '{}', { 'X-Galley-Token': '' })).status).toBe(401);
    expect((await api('articles:list', '{}', { 'X-Galley-Token': 'x'.repeat(43) })).status).toBe(
      403,
    );
    expect((await api('articles:list', '{}', { 'X-Galley-Token': 'short' })).status).toBe(403);
  });

  it.each([
    'evil.test',
    `evil.test:${0}`,
    'localhost',
    'localhost.',
    '127.0.0.1.nip.io',
    '127.0.0.1',
  ])('refuses a foreign Host header (%s) with 403, for the API and the UI', async (host) => {
    const fullHost = host.includes(':') ? host.replace(':0', `:${bridge.port}`) : host;
    expect((await api('articles:list', '{}', { Host: fullHost })).status).toBe(403);
    expect((await request({ path: '/', headers: { Host: fullHost } })).status).toBe(403);
  });

  it('refuses cross-origin writes by Origin and Sec-Fetch-Site', async () => {
    expect((await api('articles:create', '{}', { Origin: 'http://evil.test' })).status).toBe(403);
    expect((await api('articles:create', '{}', { Origin: 'null' })).status).toBe(403);
    expect((await api('articles:create', '{}', { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(
      403,
    );
    const sameOrigin = await api('app:info', '{}', {
      Origin: `http://127.0.0.1:${bridge.port}`,
      'Sec-Fetch-Site': 'same-origin',
    });
    expect(sameOrigin.status).toBe(200);
  });

  it('refuses CORS preflights and answers no CORS headers', async () => {
    const preflight = await request({
      method: 'OPTIONS',
      path: '/api/articles:create',
      headers: { Origin: 'http://evil.test', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBeGreaterThanOrEqual(400);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers malformed input with 400 and a readable message, never a stack trace', async () => {
    for (const body of ['{bad', '[1,2', '"unterminated', '\u0000']) {
      const response = await api('articles:list', body);
      expect(response.status).toBe(400);
      const parsed = JSON.parse(response.body) as { ok: boolean; error: { message: string } };
      expect(parsed.ok).toBe(false);
      expect(parsed.error.message).toMatch(/not valid JSON/);
      expect(response.body).not.toMatch(/\sat\s.*\.ts:\d+/);
    }
    const invalid = await api('articles:get', '{"id":"nope"}');
    expect(invalid.status).toBe(400);
    expect((await api('no:such', '{}')).status).toBe(404);
    expect((await api('articles:list', '{}', { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await request({ path: '/api/articles:list' })).status).toBe(405);
  });

  it('lets the browser keep the hashed scripts, never the page that names them', async () => {
    expect((await request({ path: '/' })).headers['cache-control']).toBe('no-store');
    const hashed = await request({ path: '/assets/index-CA67hm0J.js' });
    expect(hashed.status).toBe(200);
    expect(hashed.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect((await request({ path: '/assets/app.js' })).headers['cache-control']).toBe('no-cache');
  });

  it('sends the interface’s files whole with their length, and a page rebuilt in place afresh', async () => {
    const hashed = await request({ path: '/assets/index-CA67hm0J.js' });
    expect(hashed.body).toBe('console.log(2)');
    expect(hashed.headers['content-length']).toBe(String('console.log(2)'.length));
    const head = await request({ method: 'HEAD', path: '/assets/index-CA67hm0J.js' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(hashed.headers['content-length']);
    expect(head.body).toBe('');
    const page = path.join(dir, 'ui', 'index.html');
    fs.writeFileSync(page, '<!doctype html><title>Galley, rebuilt</title>');
    try {
      const index = await request({ path: '/' });
      expect(index.body).toBe('<!doctype html><title>Galley, rebuilt</title>');
      expect(index.headers['content-length']).toBe(String(index.body.length));
    } finally {
      fs.writeFileSync(page, '<!doctype html><title>Galley</title>');
    }
  });

  it('serves the interface with a CSP, and refuses paths that climb out', async () => {
    const index = await request({ path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await request({ path: '/assets/app.js' })).status).toBe(200);
    for (const attack of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..\\secret.txt',
      '/%2e%2e%5csecret.txt',
      '/assets/%00.js',
    ]) {
      const response = await request({ path: attack });
      expect(response.status, attack).toBe(404);
      expect(response.body).not.toContain('top secret');
    }
  });

  it('never writes the token to its log', () => {
    expect(logged.join('\n')).not.toContain(bridge.token);
  });
});
