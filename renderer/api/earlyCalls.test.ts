import { describe, expect, it } from 'vitest';
import { apiOk } from '../../shared/api/apiResult';
import type { ApiClient } from './apiClient';
import { callEarly, takeAnsweredEarlyCalls, takeEarlyCall } from './earlyCalls';

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
});
