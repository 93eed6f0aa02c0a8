import { describe, expect, it } from 'vitest';
import type { ApiHandlers } from './apiHandlers';
import { firstPageGate } from './firstPageGate';

const settledWithin = (promise: Promise<void>, ms: number): Promise<boolean> =>
  Promise.race([
    promise.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);

function queryHandlers(read: unknown[]): ApiHandlers {
  return {
    'articles:query': (input: unknown) => {
      read.push(input);
      return { articles: [], total: 0, statusCounts: {} };
    },
  } as unknown as ApiHandlers;
}

describe('firstPageGate', () => {
  it('opens after the window’s first page is answered, not after the warming read', async () => {
    const read: unknown[] = [];
    const handlers = queryHandlers(read);
    const gate = firstPageGate(60_000);
    const watched = gate.watch(handlers);
    gate.warm(handlers, () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(read).toHaveLength(1);
    expect(await settledWithin(gate.checkMayStart, 20)).toBe(false);
    await watched['articles:query']({} as never);
    expect(await settledWithin(gate.checkMayStart, 20)).toBe(true);
  });

  it('opens on its own when no window asks', async () => {
    const gate = firstPageGate(30);
    expect(await settledWithin(gate.checkMayStart, 1_000)).toBe(true);
  });
});
