import fs from 'node:fs';
import path from 'node:path';
import { projectPaths } from './projectPaths';

/** The product's TypeScript files under `dir` (relative to the project), tests left out. */
export function listSourceFiles(dir: string): string[] {
  const found: string[] = [];
  const visit = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const absolute = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(absolute);
      else if (entry.name.endsWith('.ts') && !/\.(test|spec)\.ts$/.test(entry.name))
        found.push(absolute);
    }
  };
  visit(path.join(projectPaths.root, dir));
  return found.sort();
}

/** A project file's path as people write it: `electron/services/…`. */
export function projectRelative(file: string): string {
  return path.relative(projectPaths.root, file).split(path.sep).join('/');
}
