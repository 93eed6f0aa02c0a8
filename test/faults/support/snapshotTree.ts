import fs from 'node:fs';
import path from 'node:path';
import { sha256File } from './sha256File';

/** Every entry under a folder, by relative POSIX path: `dir`, `link:<target>` or a SHA-256. */
export type TreeSnapshot = Map<string, string>;

/** What is under `root` now (symlinks are recorded, never followed). */
export function snapshotTree(root: string): TreeSnapshot {
  const snapshot: TreeSnapshot = new Map();
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const absolute = path.join(dir, entry.name);
      const relative = path.relative(root, absolute).split(path.sep).join('/');
      if (entry.isSymbolicLink()) snapshot.set(relative, `link:${fs.readlinkSync(absolute)}`);
      else if (entry.isDirectory()) {
        snapshot.set(relative, 'dir');
        visit(absolute);
      } else snapshot.set(relative, sha256File(absolute));
    }
  };
  if (fs.existsSync(root)) visit(root);
  return snapshot;
}
