// Types for build/preloadStartChunk.mjs, which vite.config.ts imports.
import type { Plugin } from 'vite';

/** A Vite plugin: index.html preloads `entry`'s chunk and every chunk and stylesheet it imports. */
export declare function preloadStartChunk(entry: string, mainEntry: string): Plugin;
