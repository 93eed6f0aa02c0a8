import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './galleyServer';

/** Electron's binary if it was downloaded, found without electron's download-on-require. */
export function findElectronBinary(): string | undefined {
  const electronDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return undefined;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8'));
  return fs.existsSync(binary) ? binary : undefined;
}
