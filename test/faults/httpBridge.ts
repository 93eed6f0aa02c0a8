import http from 'node:http';
import path from 'node:path';
import { apiChannels } from '../../shared/api/apiChannels';
import type { FaultOptions, FaultScenario, ScenarioReport } from './faultScenario';
import { callApi, type ApiTarget } from './support/callApi';
import { errorMessage } from './support/errorMessage';
import {
  httpRequest,
  RequestTimeout,
  type RawRequest,
  type RawResponse,
} from '../support/httpRequest';
import { listeningSockets } from './support/listeningSockets';
import { makeSolidPng } from '../support/makePng';
import { deepBodyJson } from './support/deepBodyJson';
import { mutateInput } from './support/mutateInput';
import { randomJson } from './support/randomJson';
import { createRandom } from '../support/createRandom';
import { startServedGalley } from './support/startServedGalley';

/**
 * `galley serve`'s bridge: bound to loopback only; tokenless, wrong-token, foreign-Host,
 * cross-site and preflight requests refused; the token never printed after the launch
 * line; and every API channel fuzzed with seeded random input answers 2xx or 4xx in time.
 */
export const httpBridge: FaultScenario = {
  name: 'http-bridge',
  title: 'The loopback HTTP bridge: binding, token, Host, origin, fuzz',
  async run(options: FaultOptions): Promise<ScenarioReport> {
    const random = createRandom(options.seed + 808);
    const perChannel = options.size === 'large' ? 1000 : 200;
    const failures: string[] = [];
    const notes: string[] = [];
    const server = await startServedGalley(path.join(options.workDir, 'library.sqlite'), {
      cwd: options.workDir,
    });
    const target: ApiTarget = { port: server.port, token: server.token };
    const host = `127.0.0.1:${server.port}`;
    let tokenEchoed = 0;
    let corsHeaders = 0;
    const seen = (response: RawResponse): RawResponse => {
      if (
        response.body.includes(server.token) ||
        JSON.stringify(response.headers).includes(server.token)
      )
        tokenEchoed += 1;
      if (Object.keys(response.headers).some((name) => name.startsWith('access-control-allow')))
        corsHeaders += 1;
      return response;
    };
    const send = async (request: Omit<RawRequest, 'port'>): Promise<RawResponse> =>
      seen(await httpRequest({ port: server.port, ...request }));
    const api = (
      channel: string,
      headers: Record<string, string>,
      body = '{}',
      extra: Partial<RawRequest> = {},
    ) =>
      send({
        method: 'POST',
        path: `/api/${channel}`,
        headers: { 'Content-Type': 'application/json', ...headers },
        body,
        ...extra,
      });
    const good = { 'X-Galley-Token': server.token };
    let refusalsTried = 0;
    let refusalsHeld = 0;
    const expectRefused = async (
      label: string,
      response: Promise<RawResponse>,
      statuses: number[],
    ) => {
      refusalsTried += 1;
      try {
        const { status, body } = await response;
        if (statuses.includes(status) && !/"ok":\s*true/.test(body)) refusalsHeld += 1;
        else failures.push(`${label}: HTTP ${status}, expected ${statuses.join(' or ')}`);
      } catch (error) {
        failures.push(`${label}: ${errorMessage(error)}`);
      }
    };

    try {
      // Loopback only.
      const sockets = listeningSockets(server.process.pid ?? -1);
      const exposed = sockets.filter(
        (socket) => socket.address !== '127.0.0.1' && socket.address !== '::1',
      );
      if (sockets.length === 0)
        notes.push('no listening sockets found in /proc: binding not checked');
      if (exposed.length)
        failures.push(
          `listening beyond loopback: ${exposed.map((s) => `${s.address}:${s.port}`).join(', ')}`,
        );
      notes.push(`listening on ${sockets.map((s) => `${s.address}:${s.port}`).join(', ')}`);

      // The token.
      await expectRefused('no token', api('articles:list', {}), [401]);
      await expectRefused('empty token', api('articles:list', { 'X-Galley-Token': '' }), [401]);
      await expectRefused(
        'wrong token, same length',
        api('articles:list', {
          'X-Galley-Token': server.token.replace(/./, (c) => (c === 'A' ? 'B' : 'A')),
        }),
        [403],
      );
      await expectRefused(
        'wrong token, short',
        api('articles:list', { 'X-Galley-Token': 'x' }),
        [403],
      );
      await expectRefused(
        'token with a suffix',
        api('articles:list', { 'X-Galley-Token': `${server.token}x` }),
        [403],
      );
      await expectRefused(
        'wrong Bearer',
        api('articles:list', { Authorization: 'Bearer nope' }),
        [403],
      );
      await expectRefused(
        'token in the query',
        send({
          method: 'POST',
          path: `/api/articles:list?token=${server.token}`,
          headers: { 'Content-Type': 'application/json' },
          body: '{}',
        }),
        [401],
      );
      await expectRefused(
        'token in a cookie',
        api('articles:list', { Cookie: `token=${server.token}` }),
        [401],
      );
      await expectRefused('token for a write, missing', api('articles:create', {}), [401]);
      // Host: DNS rebinding and friends, for the API and the UI.
      for (const foreign of [
        'evil.test',
        `evil.test:${server.port}`,
        `localhost:${server.port}`,
        `localhost.:${server.port}`,
        `127.0.0.1.nip.io:${server.port}`,
        '127.0.0.1',
        `127.0.0.1:${server.port}.`,
        `127.1:${server.port}`,
        `0x7f.0.0.1:${server.port}`,
        `2130706433:${server.port}`,
        `[::1]:${server.port}`,
        `127.0.0.1:${server.port + 1}`,
        `127.0.0.1:0${server.port}`,
        `127.0.0.1:${server.port}@evil.test`,
      ]) {
        await expectRefused(
          `Host ${foreign} (API)`,
          api('articles:list', { ...good, Host: foreign }),
          [403],
        );
        await expectRefused(
          `Host ${foreign} (UI)`,
          send({ path: '/', headers: { Host: foreign } }),
          [403],
        );
      }
      await expectRefused(
        'no Host at all',
        api('articles:list', good, '{}', { omitHost: true }),
        [400, 403],
      );
      // Cross-site writes.
      for (const [label, headers] of [
        ['Origin evil.test', { Origin: 'http://evil.test' }],
        ['Origin null', { Origin: 'null' }],
        ['Origin of another port', { Origin: `http://127.0.0.1:${server.port + 1}` }],
        ['Origin localhost', { Origin: `http://localhost:${server.port}` }],
        ['Origin https', { Origin: `https://127.0.0.1:${server.port}` }],
        ['Sec-Fetch-Site cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
        ['Sec-Fetch-Site same-site', { 'Sec-Fetch-Site': 'same-site' }],
        [
          'Origin evil with same-origin fetch site',
          { Origin: 'http://evil.test', 'Sec-Fetch-Site': 'same-origin' },
        ],
      ] as Array<[string, Record<string, string>]>) {
        await expectRefused(
          `${label} (write)`,
          api('articles:create', { ...good, ...headers }),
          [403],
        );
      }
      for (const contentType of [
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        '',
      ]) {
        await expectRefused(
          `Content-Type ${contentType || 'missing'}`,
          api('articles:create', { ...good, 'Content-Type': contentType }),
          [415],
        );
      }
      await expectRefused(
        'GET on the API',
        send({ path: '/api/articles:list', headers: good }),
        [405],
      );
      // CORS preflights.
      for (const origin of ['http://evil.test', 'null', `http://127.0.0.1:${server.port}`]) {
        await expectRefused(
          `preflight from ${origin}`,
          send({
            method: 'OPTIONS',
            path: '/api/articles:create',
            headers: {
              Origin: origin,
              'Access-Control-Request-Method': 'POST',
              'Access-Control-Request-Headers': 'x-galley-token, content-type',
            },
          }),
          [403, 404, 405],
        );
      }
      const sameOrigin = await api('app:info', {
        ...good,
        Origin: `http://${host}`,
        'Sec-Fetch-Site': 'same-origin',
      });
      if (sameOrigin.status !== 200)
        failures.push(`a same-origin call was refused: ${sameOrigin.status}`);
      const index = await send({ path: '/' });
      if (!/script-src 'self'/.test(String(index.headers['content-security-policy'] ?? '')))
        failures.push('the interface is served without its Content-Security-Policy');
      const oversize = await api('articles:list', good, 'x'.repeat(33 * 1024 * 1024)).catch(
        (error: unknown): RawResponse => ({ status: -1, body: errorMessage(error), headers: {} }),
      );
      if (oversize.status !== 413)
        failures.push(`a 33 MB body answered ${oversize.status}, expected 413`);

      // The fuzz: every channel, seeded.
      const fuzz = await fuzzChannels(target, random, perChannel, options.workDir, seen);
      failures.push(...fuzz.failures);
      notes.push(...fuzz.notes);

      // The token stays out of the logs.
      const later = server.laterStdout();
      const errors = server.stderr();
      if (later.includes(server.token))
        failures.push('the token appears on stdout after the first line');
      if (errors.includes(server.token)) failures.push('the token appears on stderr');
      if (tokenEchoed) failures.push(`${tokenEchoed} responses carry the token`);
      if (corsHeaders)
        failures.push(`${corsHeaders} responses carry Access-Control-Allow-* headers`);
      for (const line of new Set(errors.split('\n').filter((text) => text.startsWith('galley:'))))
        notes.push(`server stderr: ${line.slice(0, 160)}`);
      return {
        tried: refusalsTried + fuzz.requests,
        passed: refusalsHeld + fuzz.requests - fuzz.serverErrors - fuzz.hangs - fuzz.malformed,
        figures: {
          'listening sockets': sockets.map((s) => `${s.address}:${s.port}`).join(' '),
          'hostile requests refused': `${refusalsHeld}/${refusalsTried}`,
          channels: apiChannels.length,
          'fuzz requests': fuzz.requests,
          '2xx': fuzz.ok,
          '4xx': fuzz.clientErrors,
          '5xx': fuzz.serverErrors,
          hangs: fuzz.hangs,
          'malformed answers': fuzz.malformed,
          'resent after an idle close': fuzz.resent,
          'token in logs or answers':
            later.includes(server.token) || errors.includes(server.token) || tokenEchoed > 0,
        },
        failures,
        notes,
      };
    } finally {
      await server.stop();
    }
  },
};

interface FuzzResult {
  requests: number;
  ok: number;
  clientErrors: number;
  serverErrors: number;
  hangs: number;
  malformed: number;
  /** Requests sent again after the server closed their kept-alive connection while it idled. */
  resent: number;
  failures: string[];
  notes: string[];
}

async function fuzzChannels(
  target: ApiTarget,
  random: ReturnType<typeof createRandom>,
  perChannel: number,
  workDir: string,
  seen: (response: RawResponse) => RawResponse,
): Promise<FuzzResult> {
  const result: FuzzResult = {
    requests: 0,
    ok: 0,
    clientErrors: 0,
    serverErrors: 0,
    hangs: 0,
    malformed: 0,
    resent: 0,
    failures: [],
    notes: [],
  };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const created = await callApi(target, 'articles:create', {
    headline: 'Fuzz target',
    language: 'ru',
  });
  const articleId = (created.value as { id: string }).id;
  const png = makeSolidPng([9, 9, 9]).toString('base64');
  const valid: Record<string, Record<string, unknown>> = {
    'app:info': {},
    'articles:list': { offset: 0, limit: 10 },
    'articles:get': { id: articleId },
    'articles:create': { headline: 'Fuzz', language: 'ru' },
    'articles:update': { id: articleId, patch: { lede: 'Fuzz lede' } },
    'articles:autosave': {
      id: articleId,
      patch: {},
      bodyChange: { baseCount: 1, start: 0, deleteCount: 0, blocks: [{ type: 'paragraph' }] },
    },
    'articles:delete': { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' },
    'articles:query': { search: 'fuzz', sort: 'relevance', limit: 10 },
    'articles:setStatus': { id: articleId, status: 'editing' },
    'articles:saveVersion': { id: articleId, name: 'fuzz' },
    'revisions:list': { articleId },
    'revisions:get': { id: 1 },
    'revisions:restore': { articleId, revisionId: 1 },
    'lists:get': {},
    'images:upload': { fileName: 'a.png', dataBase64: png },
    'articles:import': {
      fileName: 'a.md',
      dataBase64: Buffer.from('# Fuzz\n\nText.').toString('base64'),
    },
    'quotes:list': { articleId },
    'quotes:create': { articleId, id: '01ARZ3NDEKTSV4RRFFQ69G5FAV', kind: 'manual', speaker: 'X' },
    'quotes:update': { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV', patch: { verdict: 'verified' } },
    'quotes:dismiss': { articleId, text: 'quote', start: 0, end: 5 },
    'quotes:history': { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' },
    'export:settings': {},
    'export:start': {
      selection: { all: true },
      outDir: path.join(workDir, 'fuzz-site'),
      baseUrl: 'https://news.example',
      allowUnverified: true,
      markPublished: false,
    },
    'export:status': { jobId: '00000000-0000-4000-8000-000000000000' },
    'export:cancel': { jobId: '00000000-0000-4000-8000-000000000000' },
  };
  /** Raw JSON bodies nested `depth` deep, for the channels that take nested input. */
  const deepChannels: Record<string, (depth: number) => string> = {
    'articles:update': (depth) => `{"id":"${articleId}","patch":{"body":${deepBodyJson(depth)}}}`,
    'articles:create': (depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`,
    'articles:query': (depth) => JSON.stringify({ search: '('.repeat(Math.min(depth, 10_000)) }),
    'articles:import': (depth) =>
      JSON.stringify({
        fileName: 'deep.html',
        dataBase64: Buffer.from(`<h1>x</h1>${'<blockquote>'.repeat(depth)}y`).toString('base64'),
      }),
  };
  const serverErrorsByChannel = new Map<string, number>();
  try {
    for (const channel of apiChannels) {
      for (let index = 0; index < perChannel; index += 1) {
        const seedInput = valid[channel] ?? {};
        const mode = index % 10;
        const input: unknown =
          mode === 0
            ? seedInput
            : mode < 3
              ? randomJson(random)
              : mode < 9
                ? mutateInput(random, seedInput)
                : randomJson(random, 2);
        if (
          channel === 'export:start' &&
          input &&
          typeof input === 'object' &&
          !Array.isArray(input)
        ) {
          const record = input as Record<string, unknown>;
          // Exports write where they are told: keep every string outDir inside the scratch folder.
          if (typeof record['outDir'] === 'string')
            record['outDir'] = path.join(workDir, `fuzz-site-${index % 3}`);
        }
        const deep = deepChannels[channel];
        const depth = deep && index % 50 === 7 ? random.pick([50, 200, 1000, 5000]) : 0;
        const raw =
          deep && depth
            ? deep(depth)
            : random.chance(0.03)
              ? random.pick([
                  '{',
                  '[1,',
                  '"\\ud800"',
                  '',
                  'null',
                  '1e999999',
                  '{"a":1}{"b":2}',
                  '\u0000',
                ])
              : JSON.stringify(input);
        result.requests += 1;
        let response: RawResponse;
        try {
          response = seen(
            await httpRequest({
              port: target.port,
              method: 'POST',
              path: `/api/${channel}`,
              headers: { 'Content-Type': 'application/json', 'X-Galley-Token': target.token },
              body: raw,
              timeoutMs: 20_000,
              agent,
            }),
          );
        } catch (error) {
          if (error instanceof RequestTimeout) {
            result.hangs += 1;
            result.failures.push(`${channel}: no answer in 20 s to ${raw.slice(0, 150)}`);
          } else {
            result.serverErrors += 1;
            result.failures.push(
              `${channel}: the connection failed (${errorMessage(error)}) on ${raw.slice(0, 150)}`,
            );
          }
          continue;
        }
        if (response.resentAfterIdleClose) result.resent += 1;
        if (response.status >= 200 && response.status < 300) result.ok += 1;
        else if (response.status >= 400 && response.status < 500) result.clientErrors += 1;
        else {
          result.serverErrors += 1;
          const count = (serverErrorsByChannel.get(channel) ?? 0) + 1;
          serverErrorsByChannel.set(channel, count);
          if (count <= 3)
            result.failures.push(
              `${channel}: HTTP ${response.status} ${response.body.slice(0, 120)} for ${depth ? `input nested ${depth} deep: ` : ''}${raw.slice(0, 120)}`,
            );
        }
        let parsed: { ok?: unknown; error?: { code?: unknown; message?: unknown } } | undefined;
        try {
          parsed = JSON.parse(response.body) as typeof parsed;
        } catch {
          parsed = undefined;
        }
        const wellFormed =
          parsed !== undefined &&
          (response.status < 300
            ? parsed.ok === true
            : parsed.ok === false &&
              typeof parsed.error?.code === 'string' &&
              typeof parsed.error.message === 'string');
        if (!wellFormed || /\s+at\s+\S+\.ts:\d+/.test(response.body)) {
          result.malformed += 1;
          result.failures.push(
            `${channel}: malformed answer ${response.status} ${response.body.slice(0, 120)}`,
          );
        }
      }
    }
  } finally {
    agent.destroy();
  }
  for (const [channel, count] of serverErrorsByChannel)
    result.notes.push(`${channel}: ${count} answers with 5xx`);
  return result;
}
