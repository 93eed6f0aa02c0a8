import type { TreeSnapshot } from './snapshotTree';

/** Paths added, removed and changed between two snapshots (each sorted). */
export function diffTrees(
  before: TreeSnapshot,
  after: TreeSnapshot,
): { added: string[]; removed: string[]; changed: string[] } {
  const added = [...after.keys()].filter((key) => !before.has(key)).sort();
  const removed = [...before.keys()].filter((key) => !after.has(key)).sort();
  const changed = [...after.keys()]
    .filter((key) => before.has(key) && before.get(key) !== after.get(key))
    .sort();
  return { added, removed, changed };
}
