import { describe, expect, it, vi } from 'vitest';
import { apiOk } from '../../shared/api/apiResult';
import type { ApiClient } from './apiClient';
import { callEarly, earlyCallsSettled, takeAnsweredEarlyCalls, takeEarlyCall } from './earlyCalls';

function countingClient(): { client: ApiClient; calls: string[] } {
  const calls: string[] = [];
  const client = {
    transport: 'http',
    call: (channel: string) => {
      calls.push(channel);
      return Promise.resolve(apiOk({ articles: [], total: 0 }));
    },
  } as unknown as ApiClient;
  return { client, calls };
}

describe('early calls', () => {
  it('are sent at once and taken once, by the same channel and input in any key order', async () => {
    const { client, calls } = countingClient();
    callEarly(client, 'articles:query', { search: '', sort: 'updated', offset: 0, limit: 50 });
    expect(calls).toEqual(['articles:query']);
    expect(
      takeEarlyCall('articles:query', { search: 'x', sort: 'updated', offset: 0, limit: 50 }),
    ).toBeUndefined();
    const answer = takeEarlyCall('articles:query', {
      limit: 50,
      offset: 0,
      sort: 'updated',
      search: '',
    });
    expect(await answer).toEqual(apiOk({ articles: [], total: 0 }));
    expect(
      takeEarlyCall('articles:query', { search: '', sort: 'updated', offset: 0, limit: 50 }),
    ).toBeUndefined();
    expect(calls).toHaveLength(1);
  });

  it('hand over the answers already in, once, and leave failures and pending calls to their query', async () => {
    const { client } = countingClient();
    const first = { search: '', sort: 'updated', offset: 0, limit: 50 } as const;
    callEarly(client, 'articles:query', first);
    const failing = {
      transport: 'http',
      call: () => Promise.resolve({ ok: false, error: { code: 'internal', message: 'no' } }),
    } as unknown as ApiClient;
    callEarly(failing, 'articles:query', { ...first, offset: 50 });
    let answer: (value: unknown) => void = () => undefined;
    const pending = {
      transport: 'http',
      call: () => new Promise((resolve) => (answer = resolve)),
    } as unknown as ApiClient;
    callEarly(pending, 'articles:query', { ...first, offset: 100 });
    await Promise.resolve();

    expect(takeAnsweredEarlyCalls()).toEqual([
      { channel: 'articles:query', input: first, value: { articles: [], total: 0 } },
    ]);
    expect(takeAnsweredEarlyCalls()).toEqual([]);
    expect(takeEarlyCall('articles:query', first)).toBeUndefined();
    expect(await takeEarlyCall('articles:query', { ...first, offset: 50 })).toMatchObject({
      ok: false,
    });
    answer(apiOk({ articles: [], total: 0 }));
    expect(await takeEarlyCall('articles:query', { ...first, offset: 100 })).toMatchObject({
      ok: true,
    });
  });

  it('can be waited for until answered, so the first render has them', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const pending = {
      transport: 'http',
      call: () => new Promise((resolve) => (answer = resolve)),
    } as unknown as ApiClient;
    const first = { search: '', sort: 'updated', offset: 0, limit: 50 } as const;
    callEarly(pending, 'articles:query', first);
    let settled = false;
    const waiting = earlyCallsSettled(60_000).then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    answer(apiOk({ articles: [], total: 7 }));
    await waiting;
    expect(takeAnsweredEarlyCalls()).toEqual([
      { channel: 'articles:query', input: first, value: { articles: [], total: 7 } },
    ]);
    await earlyCallsSettled(60_000);
  });

  it('are waited for no longer than the bound: the interface then renders without them', async () => {
    vi.useFakeTimers();
    try {
      const never = {
        transport: 'http',
        call: () => new Promise(() => undefined),
      } as unknown as ApiClient;
      const first = { search: '', sort: 'updated', offset: 0, limit: 50 } as const;
      callEarly(never, 'articles:query', first);
      let settled = false;
      const waiting = earlyCallsSettled(200).then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(199);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await waiting;
      expect(settled).toBe(true);
      expect(takeAnsweredEarlyCalls()).toEqual([]);
      expect(takeEarlyCall('articles:query', first)).toBeDefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
