import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder, found from this file's place in it. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const rendererOutDir = path.join(projectRoot, 'dist', 'renderer');

const sourceDirs = ['renderer', 'shared'].map((dir) => path.join(projectRoot, dir));
const sourceFiles = ['vite.config.ts', 'package.json'].map((file) => path.join(projectRoot, file));

/** True when dist/renderer is missing or older than any source it is built from. */
export function isRendererBuildStale(): boolean {
  const builtAt = mtime(path.join(rendererOutDir, 'index.html'));
  if (builtAt === null) return true;
  return newestSourceTime() > builtAt;
}

/** Builds the interface with Vite when it is missing or stale; returns whether it built. */
export async function ensureRendererBuild(log: (line: string) => void): Promise<boolean> {
  if (!isRendererBuildStale()) return false;
  log('galley: building the interface (dist/renderer)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(projectRoot, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}

function newestSourceTime(): number {
  let newest = 0;
  const visit = (target: string): void => {
    const stat = fs.statSync(target, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(target)) visit(path.join(target, entry));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const target of [...sourceDirs, ...sourceFiles]) visit(target);
  return newest;
}

function mtime(file: string): number | null {
  return fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? null;
}
