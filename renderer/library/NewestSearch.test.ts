import { describe, expect, it } from 'vitest';
import { NewestSearch } from './NewestSearch';

/** A NewestSearch whose requests are answered only when the test says so. */
function harness() {
  const events: string[] = [];
  const pending: (() => void)[] = [];
  const search = new NewestSearch('', {
    fetch: (text) => {
      events.push(`fetch ${text}`);
      return new Promise<void>((resolve) => pending.push(resolve));
    },
    show: (text) => events.push(`show ${text}`),
  });
  const answerNext = async (): Promise<void> => {
    pending.shift()?.();
    // The answer's callback runs as a microtask after the promise settles.
    await Promise.resolve();
    await Promise.resolve();
  };
  return { search, events, pending, answerNext };
}

describe('NewestSearch', () => {
  it('sends a key at once when nothing is in flight, the request before the list is told', () => {
    const { search, events } = harness();
    search.type('п');
    expect(events).toEqual(['fetch п', 'show п']);
  });

  it('holds texts typed while a request is in flight and sends only the newest once it is answered', async () => {
    const { search, events, answerNext } = harness();
    for (const typed of ['п', 'пр', 'пре', 'през', 'прези', 'президент']) search.type(typed);
    expect(events).toEqual(['fetch п', 'show п']);
    await answerNext();
    expect(events).toEqual(['fetch п', 'show п', 'fetch президент', 'show президент']);
    await answerNext();
    expect(events).toHaveLength(4);
  });

  it('sends nothing when the text typed meanwhile is the one already asked for', async () => {
    const { search, events, answerNext } = harness();
    search.type('п');
    search.type('пр');
    search.type('п');
    await answerNext();
    expect(events).toEqual(['fetch п', 'show п']);
  });

  it('goes on after a failed request', async () => {
    const events: string[] = [];
    let fail: (reason: Error) => void = () => undefined;
    const search = new NewestSearch('', {
      fetch: (text) => {
        events.push(`fetch ${text}`);
        return text === 'п'
          ? new Promise<void>((_resolve, reject) => (fail = reject))
          : Promise.resolve();
      },
      show: () => undefined,
    });
    search.type('п');
    search.type('пр');
    fail(new Error('unreachable'));
    await Promise.resolve();
    await Promise.resolve();
    expect(events).toEqual(['fetch п', 'fetch пр']);
  });
});
