import path from 'node:path';

/** Where the project and its `galley` command are, found from this file's place. */
export const projectPaths = {
  root: path.resolve(import.meta.dirname, '../../..'),
  galleyBin: path.resolve(import.meta.dirname, '../../../electron/bin/galley.mjs'),
  children: path.resolve(import.meta.dirname, '../children'),
  results: path.resolve(import.meta.dirname, '../results'),
} as const;
