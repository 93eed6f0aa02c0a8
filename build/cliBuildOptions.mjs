// esbuild's options for the `galley` bundle, shared by build/buildCli.mjs and the test that
// keeps `galley --help` and `galley list` off the heavy modules (test/unit/cliColdPath.test.ts).

/** @param {string} root the project folder @param {string} outdir where the bundle goes */
export function cliBuildOptions(root, outdir) {
  return {
    absWorkingDir: root,
    // The export's render thread and the autosave's typesetting thread load files of their own
    // (exportRenderPool.ts and autosaveTypesettingThread.ts look for them beside the entry or
    // one folder up from a chunk).
    entryPoints: {
      galley: 'electron/cli/main.ts',
      exportRenderWorker: 'electron/services/export/exportRenderWorker.ts',
      autosaveTypesettingWorker: 'electron/services/export/autosaveTypesettingWorker.ts',
    },
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
  };
}
