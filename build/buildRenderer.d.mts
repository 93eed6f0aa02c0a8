// Types for build/buildRenderer.mjs, which the test and benchmark harnesses (TypeScript) import.

/** dist/renderer: what `galley serve` and the app load. */
export declare const rendererOutDir: string;

/** True when dist/renderer is missing or older than any source it is built from. */
export declare function isRendererBuildStale(): boolean;

/** Builds the interface with Vite when it is missing or stale; resolves to whether it built. */
export declare function ensureRendererBuild(
  log: (line: string) => void,
  options?: { force?: boolean },
): Promise<boolean>;

/** Takes `lockFile`, waiting while another process holds it; resolves to the release function. */
export declare function acquireBuildLock(lockFile: string, onWait: () => void): Promise<() => void>;
