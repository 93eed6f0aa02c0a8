import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's root folder: the nearest folder up from this module with the project's
 * package.json and sources (this file in electron/services/ui, or a bundle in dist/cli).
 */
export const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'electron')))
      return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '../../..');
  }
}
export const rendererOutDir = path.join(projectRoot, 'dist', 'renderer');

const sourceDirs = ['renderer', 'shared'].map((dir) => path.join(projectRoot, dir));
const sourceFiles = ['vite.config.ts', 'package.json'].map((file) => path.join(projectRoot, file));

/** True when dist/renderer is missing or older than any source it is built from. */
export function isRendererBuildStale(): boolean {
  const builtAt = mtime(path.join(rendererOutDir, 'index.html'));
  if (builtAt === null) return true;
  return newestSourceTime() > builtAt;
}

const buildLockFile = path.join(projectRoot, 'dist', 'renderer.build-lock');
/** A lock older than this was left by a build that died: it is taken over. */
const abandonedLockMs = 10 * 60 * 1000;

/**
 * Builds the interface with Vite when it is missing or stale; returns whether it built.
 * Two processes starting at once (two `galley serve`, a test run) build it once: the second
 * waits for the first. The build goes to a staging folder that is swapped in whole, so a
 * server already serving dist/renderer never sees it half-written.
 */
export async function ensureRendererBuild(log: (line: string) => void): Promise<boolean> {
  if (!isRendererBuildStale()) return false;
  const release = await acquireBuildLock(buildLockFile, () =>
    log('galley: waiting for another process that is building the interface…'),
  );
  try {
    if (!isRendererBuildStale()) return false;
    log('galley: building the interface (dist/renderer)…');
    const staging = `${rendererOutDir}.build-${process.pid}`;
    const { build } = await import('vite');
    await build({
      configFile: path.join(projectRoot, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: staging, emptyOutDir: true },
    });
    const retired = `${rendererOutDir}.old-${process.pid}`;
    if (fs.existsSync(rendererOutDir)) fs.renameSync(rendererOutDir, retired);
    fs.renameSync(staging, rendererOutDir);
    fs.rmSync(retired, { recursive: true, force: true });
    return true;
  } finally {
    release();
  }
}

/**
 * Takes `lockFile` (created exclusively), waiting while another process holds it; calls
 * `onWait` once if it has to wait. Returns the release function.
 */
export async function acquireBuildLock(lockFile: string, onWait: () => void): Promise<() => void> {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  let waited = false;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const heldFor = Date.now() - (mtime(lockFile) ?? Date.now());
    if (heldFor > abandonedLockMs) {
      fs.rmSync(lockFile, { force: true });
      continue;
    }
    if (!waited) onWait();
    waited = true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
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
