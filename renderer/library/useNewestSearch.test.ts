import { describe, expect, it } from 'vitest';
import { searchToSend } from './useNewestSearch';

describe('searchToSend', () => {
  it('holds the typed text back while a list query is in flight', () => {
    expect(searchToSend('президент', 'пре', true)).toBe('пре');
  });

  it('sends the newest text, skipping every prefix typed meanwhile, once it is answered', () => {
    let sent = '';
    let isFetching = false;
    const asked: string[] = [];
    for (const typed of ['п', 'пр', 'пре', 'през', 'прези', 'президент']) {
      const next = searchToSend(typed, sent, isFetching);
      if (next !== sent) {
        asked.push(next);
        isFetching = true;
      }
      sent = next;
      // The first request is answered only after the last key.
    }
    isFetching = false;
    const last = searchToSend('президент', sent, isFetching);
    if (last !== sent) asked.push(last);
    expect(asked).toEqual(['п', 'президент']);
  });
});
