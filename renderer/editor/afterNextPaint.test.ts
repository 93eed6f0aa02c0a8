import { describe, expect, it } from 'vitest';
import { afterNextPaint, type PaintHooks } from './afterNextPaint';

/** A frame and a task queue run by hand. */
function fakeHooks() {
  const frames = new Map<number, () => void>();
  const tasks: (() => void)[] = [];
  let next = 1;
  const hooks: PaintHooks = {
    requestFrame: (callback) => {
      frames.set(next, callback);
      return next++;
    },
    cancelFrame: (handle) => frames.delete(handle),
    postTask: (callback) => tasks.push(callback),
  };
  const produceFrame = () => {
    const due = [...frames.values()];
    frames.clear();
    for (const callback of due) callback();
  };
  const runTasks = () => {
    for (const task of tasks.splice(0)) task();
  };
  return { hooks, produceFrame, runTasks };
}

describe('afterNextPaint', () => {
  it('runs in a task after the next frame, not in the frame itself', () => {
    const { hooks, produceFrame, runTasks } = fakeHooks();
    const runs: string[] = [];
    afterNextPaint(() => runs.push('run'), hooks);
    runTasks();
    expect(runs).toEqual([]);
    produceFrame();
    expect(runs).toEqual([]);
    runTasks();
    expect(runs).toEqual(['run']);
  });

  it('never runs once cancelled, before or after the frame', () => {
    const { hooks, produceFrame, runTasks } = fakeHooks();
    const runs: string[] = [];
    afterNextPaint(() => runs.push('before'), hooks)();
    const cancelAfterFrame = afterNextPaint(() => runs.push('after'), hooks);
    produceFrame();
    cancelAfterFrame();
    runTasks();
    expect(runs).toEqual([]);
  });
});
