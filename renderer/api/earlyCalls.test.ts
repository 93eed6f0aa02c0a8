import { describe, expect, it } from 'vitest';
import { apiOk } from '../../shared/api/apiResult';
import type { ApiClient } from './apiClient';
import { callEarly, takeEarlyCall } from './earlyCalls';

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
});
