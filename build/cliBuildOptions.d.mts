// Types for build/cliBuildOptions.mjs, which test/unit/cliColdPath.test.ts imports.
import type { BuildOptions } from 'esbuild';

/** esbuild's options for the `galley` bundle (metafile on), written to `outdir`. */
export declare function cliBuildOptions(
  root: string,
  outdir: string,
): BuildOptions & { metafile: true };
