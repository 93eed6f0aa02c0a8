// Builds the interface (Vite) into dist/renderer when it is missing or older than its sources:
// `npm run prepare` (so `npm ci` leaves it built), `npm start`, and the test and benchmark
// harnesses before they start servers. `galley serve` and the app only read dist/renderer: Vite
// is a build tool, never loaded at run time. `node build/buildRenderer.mjs` runs it from the
// command line (`--force` builds even when it is current).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importBuildTool } from './importBuildTool.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const rendererOutDir = path.join(projectRoot, 'dist', 'renderer');

const sourceDirs = ['renderer', 'shared'].map((dir) => path.join(projectRoot, dir));
const sourceFiles = ['vite.config.ts', 'package.json'].map((file) => path.join(projectRoot, file));

const buildLockFile = path.join(projectRoot, 'dist', 'renderer.build-lock');
/** A lock older than this was left by a build that died: it is taken over. */
const abandonedLockMs = 10 * 60 * 1000;

/** True when dist/renderer is missing or older than any source it is built from. */
export function isRendererBuildStale() {
  const builtAt = mtime(path.join(rendererOutDir, 'index.html'));
  if (builtAt === null) return true;
  return newestSourceTime() > builtAt;
}

/**
 * Builds the interface with Vite when it is missing or stale (or always, with `force`); resolves
 * to whether it built. Two processes starting at once (two test runs) build it once: the second
 * waits for the first. The build goes to a staging folder that is swapped in whole, so a server
 * already serving dist/renderer never sees it half-written.
 */
export async function ensureRendererBuild(log, { force = false } = {}) {
  if (!force && !isRendererBuildStale()) return false;
  const release = await acquireBuildLock(buildLockFile, () =>
    log('galley: waiting for another process that is building the interface…'),
  );
  try {
    if (!force && !isRendererBuildStale()) return false;
    log('galley: building the interface (dist/renderer)…');
    const staging = `${rendererOutDir}.build-${process.pid}`;
    const { build } = await importBuildTool('vite', 'the interface (dist/renderer)');
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
 * `onWait` once if it has to wait. Resolves to the release function.
 */
export async function acquireBuildLock(lockFile, onWait) {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  let waited = false;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
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

function newestSourceTime() {
  let newest = 0;
  const visit = (target) => {
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

function mtime(file) {
  return fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? null;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await ensureRendererBuild((line) => process.stderr.write(`${line}\n`), {
    force: process.argv.includes('--force'),
  });
}
