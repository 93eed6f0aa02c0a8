import { describe, expect, it } from 'vitest';
import type { ApiHandlers } from './apiHandlers';
import { onFirstAnswer } from './onFirstAnswer';

describe('onFirstAnswer', () => {
  it('calls back once, after the first answer of its channel only', async () => {
    const calls: string[] = [];
    const handlers = {
      'articles:query': () => {
        calls.push('query');
        return { articles: [], total: 0 };
      },
      'app:info': () => {
        calls.push('info');
        return {};
      },
    } as unknown as ApiHandlers;
    const wrapped = onFirstAnswer(handlers, 'articles:query', () => calls.push('answered'));
    await wrapped['app:info']({});
    expect(calls).toEqual(['info']);
    await wrapped['articles:query']({} as never);
    await wrapped['articles:query']({} as never);
    expect(calls).toEqual(['info', 'query', 'answered', 'query']);
  });

  it('a failed first answer calls back too (the check must not wait for ever)', async () => {
    let answered = 0;
    const handlers = {
      'articles:query': () => {
        throw new Error('busy');
      },
    } as unknown as ApiHandlers;
    const wrapped = onFirstAnswer(handlers, 'articles:query', () => (answered += 1));
    await expect(wrapped['articles:query']({} as never)).rejects.toThrow('busy');
    expect(answered).toBe(1);
  });
});
