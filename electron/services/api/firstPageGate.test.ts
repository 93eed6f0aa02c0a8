import { describe, expect, it } from 'vitest';
import { firstLibraryPage } from '../../../shared/article/firstLibraryPage';
import type { ApiHandlers } from './apiHandlers';
import { checkAfterRenderBytes, firstPageGate } from './firstPageGate';

const settledWithin = (promise: Promise<void>, ms: number): Promise<boolean> =>
  Promise.race([
    promise.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);

/** `articles:query` answers a new object per read (numbered), `app:info` stands for the rest. */
function queryHandlers(read: unknown[]): ApiHandlers {
  return {
    'articles:query': (input: unknown) => {
      read.push(input);
      return { articles: [], total: read.length, statusCounts: {} };
    },
    'app:info': () => ({}),
  } as unknown as ApiHandlers;
}

const nextTick = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A gate for a library large enough that its check waits for the window's first render. */
const largeLibraryGate = () =>
  firstPageGate({ libraryBytes: checkAfterRenderBytes, waitsAtMostMs: 60_000, settleMs: 0 });

/** A small library's gate, its warming read started with the library's write stamp from `stamp`. */
function warmedGate(stamp: () => string) {
  const read: unknown[] = [];
  const handlers = queryHandlers(read);
  const gate = firstPageGate({ waitsAtMostMs: 60_000, settleMs: 0 });
  const watched = gate.watch(handlers);
  gate.warm(handlers, () => undefined, stamp);
  return { read, gate, watched };
}

describe('firstPageGate', () => {
  it('starts a small library’s check after the window’s first page is answered, not after the warming read; the warm-up once the window has rendered', async () => {
    const { read, gate, watched } = warmedGate(() => 'unchanged');
    await nextTick();
    expect(read).toHaveLength(1);
    expect(await settledWithin(gate.checkMayStart, 20)).toBe(false);
    await watched['articles:query']({ ...firstLibraryPage });
    expect(await settledWithin(gate.checkMayStart, 20)).toBe(true);
    expect(await settledWithin(gate.warmUpMayStart, 20)).toBe(false);
    await watched['app:info']({});
    expect(await settledWithin(gate.warmUpMayStart, 20)).toBe(true);
  });

  it('starts a large library’s check only once the window has rendered with its first page', async () => {
    const gate = largeLibraryGate();
    const watched = gate.watch(queryHandlers([]));
    await watched['articles:query']({ ...firstLibraryPage });
    expect(await settledWithin(gate.checkMayStart, 20)).toBe(false);
    await watched['app:info']({});
    expect(await settledWithin(gate.checkMayStart, 20)).toBe(true);
  });

  it('opens when the first render called before the first page was answered', async () => {
    const gate = largeLibraryGate();
    const watched = gate.watch(queryHandlers([]));
    await watched['app:info']({});
    expect(await settledWithin(gate.checkMayStart, 20)).toBe(false);
    await watched['articles:query']({ ...firstLibraryPage, status: 'draft' });
    expect(await settledWithin(gate.checkMayStart, 20)).toBe(true);
  });

  it('opens on its own when no window asks', async () => {
    const gate = firstPageGate({ libraryBytes: checkAfterRenderBytes, waitsAtMostMs: 30 });
    expect(await settledWithin(gate.checkMayStart, 1_000)).toBe(true);
    expect(await settledWithin(gate.warmUpMayStart, 1_000)).toBe(true);
  });

  it('answers the window’s first call for the first page with the warming read while nothing was written', async () => {
    const { read, watched } = warmedGate(() => 'unchanged');
    await nextTick();
    expect(await watched['articles:query']({ ...firstLibraryPage })).toMatchObject({ total: 1 });
    expect(read).toHaveLength(1);
    // Once: the next call reads afresh.
    expect(await watched['articles:query']({ ...firstLibraryPage })).toMatchObject({ total: 2 });
    expect(read).toHaveLength(2);
  });

  it('reads afresh when the library was written after the warming read', async () => {
    let stamp = 'before';
    const { read, watched } = warmedGate(() => stamp);
    await nextTick();
    stamp = 'after a write';
    expect(await watched['articles:query']({ ...firstLibraryPage })).toMatchObject({ total: 2 });
    expect(read).toHaveLength(2);
  });

  it('reads afresh when the first call asks for another page', async () => {
    const { read, watched } = warmedGate(() => 'unchanged');
    await nextTick();
    const other = { ...firstLibraryPage, language: 'ru' as const };
    expect(await watched['articles:query'](other)).toMatchObject({ total: 2 });
    expect(read.at(-1)).toEqual(other);
  });
});
