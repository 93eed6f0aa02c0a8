import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiOk } from '../../shared/api/apiResult';
import type { ApiClient } from '../api/apiClient';
import { SpellingCache } from './SpellingCache';

/** A client whose `spelling:check` calls stay open until the test answers them. */
function heldClient(): {
  client: ApiClient;
  calls: { words: string[]; answer: (unknown: string[]) => void }[];
} {
  const calls: { words: string[]; answer: (unknown: string[]) => void }[] = [];
  const client = {
    transport: 'http',
    call: (_channel: string, input: { words: string[] }) =>
      new Promise((resolve) => {
        calls.push({ words: input.words, answer: (unknown) => resolve(apiOk({ unknown })) });
      }),
  } as unknown as ApiClient;
  return { client, calls };
}

describe('SpellingCache', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    if (!('localStorage' in globalThis)) {
      Object.assign(globalThis, { localStorage: { getItem: () => null } });
    }
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps one check out at a time and sends the words met meanwhile together after its answer', async () => {
    const { client, calls } = heldClient();
    const cache = new SpellingCache(client);
    expect(cache.isMisspelled('Первый')).toBeUndefined();
    await vi.advanceTimersByTimeAsync(60);
    expect(calls.map((call) => call.words)).toEqual([['Первый']]);

    // Typing on while the dictionary loads: every pause finds new words, none is sent yet.
    for (const word of ['абзац', 'от', 'Анны']) {
      cache.isMisspelled(word);
      await vi.advanceTimersByTimeAsync(60);
    }
    expect(calls).toHaveLength(1);

    calls[0]?.answer([]);
    await vi.advanceTimersByTimeAsync(60);
    expect(calls.map((call) => call.words)).toEqual([['Первый'], ['абзац', 'от', 'Анны']]);
    expect(cache.isMisspelled('Первый')).toBe(false);

    calls[1]?.answer(['Анны']);
    await vi.advanceTimersByTimeAsync(60);
    expect(cache.isMisspelled('Анны')).toBe(true);
    expect(cache.isMisspelled('от')).toBe(false);
    expect(calls).toHaveLength(2);
  });
});
