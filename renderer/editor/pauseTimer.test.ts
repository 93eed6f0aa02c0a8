import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPauseTimer } from './pauseTimer';

describe('createPauseTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const timer = (run: () => void) => createPauseTimer(run, () => Date.now());

  it('runs once, the delay after the last poke', () => {
    const runs: number[] = [];
    const start = Date.now();
    const pause = timer(() => runs.push(Date.now() - start));
    // A keystroke every 80 ms for two seconds, then a pause.
    for (let at = 0; at <= 2000; at += 80) {
      pause.poke(400);
      vi.advanceTimersByTime(80);
    }
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(runs).toEqual([2000 + 400]);
  });

  it('keeps one browser timer however often it is poked', () => {
    const pause = timer(() => undefined);
    for (let index = 0; index < 50; index += 1) pause.poke(400);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('runs sooner when a poke asks for less than the armed wait', () => {
    const runs: number[] = [];
    const start = Date.now();
    const pause = timer(() => runs.push(Date.now() - start));
    pause.poke(400);
    vi.advanceTimersByTime(100);
    pause.poke(0);
    vi.advanceTimersByTime(0);
    expect(runs).toEqual([100]);
    vi.advanceTimersByTime(1000);
    expect(runs).toEqual([100]);
  });

  it('runs again for pokes after a run, and not at all once cancelled', () => {
    let runs = 0;
    const pause = timer(() => (runs += 1));
    pause.poke(10);
    vi.advanceTimersByTime(10);
    pause.poke(10);
    vi.advanceTimersByTime(10);
    expect(runs).toBe(2);
    pause.poke(10);
    vi.advanceTimersByTime(5);
    pause.cancel();
    vi.advanceTimersByTime(100);
    expect(runs).toBe(2);
    expect(vi.getTimerCount()).toBe(0);
  });
});
