import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's root folder: the nearest folder up from this module with the project's
 * package.json and sources (this file in electron/services/ui, or a chunk in dist/cli/chunks).
 */
export const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'electron')))
      return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '../../..');
  }
}

/** The built interface `galley serve` serves; build/buildRenderer.mjs writes it at build time. */
export const rendererOutDir = path.join(projectRoot, 'dist', 'renderer');

/** Whether the interface has been built (`npm ci` builds it, or `npm run build:renderer`). */
export function isRendererBuilt(): boolean {
  return fs.existsSync(path.join(rendererOutDir, 'index.html'));
}
