import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiChannels } from '../../../shared/api/apiChannels';
import { apiContract } from '../../../shared/api/apiContract';
import { openLibrary, type Library } from '../library/openLibrary';
import type { ApiHandlers } from './apiHandlers';
import { createApiHandlers } from './createApiHandlers';
import { dispatchApiCall } from './dispatchApiCall';

let library: Library;
let handlers: ApiHandlers;
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-api-'));
  library = openLibrary(path.join(dir, 'library.sqlite'));
  handlers = createApiHandlers({
    library,
    actor: 'tester',
    transport: 'http',
    appVersion: '0.0.0',
  });
});

afterAll(() => {
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const silent = (): void => undefined;

describe('the API contract', () => {
  it('declares exactly the channels the preload allows, and every one has a handler', () => {
    expect(Object.keys(apiContract).sort()).toEqual([...apiChannels].sort());
    for (const channel of apiChannels) expect(typeof handlers[channel], channel).toBe('function');
  });

  it('names channels domain:action (camelCase action)', () => {
    for (const channel of apiChannels) expect(channel).toMatch(/^[a-z]+:[a-z][a-zA-Z]*$/);
  });
});

describe('dispatchApiCall', () => {
  it('answers a valid call with a value', async () => {
    const result = await dispatchApiCall(handlers, 'articles:list', {}, silent);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject({ total: 1 });
  });

  it.each([
    ['articles:get', { id: 42 }, /id/],
    ['articles:get', { id: '../../etc/passwd' }, /ULID/],
    ['articles:get', null, /id/],
    ['articles:list', { limit: 100000 }, /limit/],
    ['articles:list', { offset: -1 }, /offset/],
    ['articles:create', { headline: 'x'.repeat(501) }, /headline/],
    ['articles:create', { language: 'de' }, /language/],
    ['articles:create', { extra: true }, /extra|Unrecognized/i],
    [
      'articles:update',
      { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV', patch: { status: 'ready' } },
      /status|Unrecognized/i,
    ],
    [
      'articles:update',
      {
        id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
        patch: { body: { type: 'doc', content: [{ type: 'script' }] } },
      },
      /script/,
    ],
    [
      'articles:update',
      {
        id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
        patch: { body: { type: 'doc', content: [{ type: 'text', text: 'bare' }] } },
      },
      /body/,
    ],
    [
      'articles:update',
      {
        id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
        patch: {
          body: {
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [
                  {
                    type: 'text',
                    text: 'x',
                    marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
                  },
                ],
              },
            ],
          },
        },
      },
      /javascript/,
    ],
  ])('rejects bad input for %s (%j) with a readable message', async (channel, input, message) => {
    const result = await dispatchApiCall(handlers, channel, input, silent);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toMatch(message);
      expect(result.error.message).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses an unknown channel', async () => {
    const result = await dispatchApiCall(handlers, 'fs:readFile', {}, silent);
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'unknown_channel' }) as unknown,
    });
  });

  it('answers not_found and conflict as values', async () => {
    const missing = await dispatchApiCall(
      handlers,
      'articles:get',
      { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' },
      silent,
    );
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const created = await dispatchApiCall(
      handlers,
      'articles:create',
      { headline: 'Conflict' },
      silent,
    );
    if (!created.ok) throw new Error('create failed');
    const { id } = created.value as { id: string };
    await dispatchApiCall(
      handlers,
      'articles:update',
      { id, patch: { lede: 'a' }, baseVersion: 1 },
      silent,
    );
    const stale = await dispatchApiCall(
      handlers,
      'articles:update',
      { id, patch: { lede: 'b' }, baseVersion: 1 },
      silent,
    );
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('hides an internal failure behind a plain message and logs it', async () => {
    const logged: string[] = [];
    const broken = {
      ...handlers,
      'articles:list': () => {
        throw new Error('disk on fire');
      },
    };
    const result = await dispatchApiCall(broken, 'articles:list', {}, (line) => logged.push(line));
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).not.toContain('disk on fire');
    expect(logged.join('')).toContain('disk on fire');
  });
});

describe('dispatchApiCall and hostile nesting', () => {
  it('answers a body nested thousands of levels deep with invalid_input, not a crash', async () => {
    let body: Record<string, unknown> = { type: 'text', text: 'x' };
    for (let depth = 0; depth < 5000; depth += 1) body = { type: 'blockquote', content: [body] };
    const result = await dispatchApiCall(
      handlers,
      'articles:update',
      { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV', patch: { body: { type: 'doc', content: [body] } } },
      silent,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
