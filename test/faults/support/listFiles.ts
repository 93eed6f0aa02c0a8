import fs from 'node:fs';
import path from 'node:path';

/** Every regular file under `root` whose name passes `keep`, sorted. */
export function listFiles(root: string, keep: (name: string) => boolean = () => true): string[] {
  const found: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const absolute = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(absolute);
      else if (entry.isFile() && keep(entry.name)) found.push(absolute);
    }
  };
  if (fs.existsSync(root)) visit(root);
  return found.sort();
}
