import { AsyncLocalStorage } from 'node:async_hooks';
import type { ChildProcess } from 'node:child_process';

const running = new Set<ChildProcess>();
/**
 * The children of the scenario whose code is running: scenarios run side by side, so the end
 * of one must kill its own leftovers, never its neighbour's servers.
 */
const scenarioChildren = new AsyncLocalStorage<Set<ChildProcess>>();

/** Remembers a child so that it is killed if its scenario or the suite itself stops early. */
export function trackChild(child: ChildProcess): ChildProcess {
  const owners = [running, scenarioChildren.getStore()].filter((set) => set !== undefined);
  for (const owner of owners) owner.add(child);
  child.once('exit', () => {
    for (const owner of owners) owner.delete(child);
  });
  return child;
}

/** Runs `run` with the children it starts tracked apart, and kills those still running after. */
export async function withOwnChildren<T>(run: () => Promise<T>): Promise<T> {
  const children = new Set<ChildProcess>();
  try {
    return await scenarioChildren.run(children, run);
  } finally {
    killChildren(children);
  }
}

/** Kills every child still running (by its own pid, never by name). */
export function killTrackedChildren(): void {
  killChildren(running);
}

function killChildren(children: ReadonlySet<ChildProcess>): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}
