// Bundles the Electron main process and the sandboxed preload into dist/electron as CommonJS.
import { build } from 'esbuild';
import { buildSpellDictionaries } from './buildSpellDictionaries.mjs';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'info',
};

await build({
  ...common,
  entryPoints: ['electron/main/main.ts'],
  outfile: 'dist/electron/main.cjs',
  external: ['electron', 'better-sqlite3'],
  // The sources are ES modules: `import.meta.url` (used to find better-sqlite3 for the
  // integrity-check worker) becomes this bundle's own file URL.
  define: { 'import.meta.url': '__galleyImportMetaUrl' },
  banner: {
    js: "const __galleyImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
  },
});

// The autosave's typesetting thread (electron/services/export/autosaveTypesettingThread.ts
// looks for it beside the main bundle, unpacked from app.asar: worker threads cannot read it).
await build({
  ...common,
  entryPoints: ['electron/services/export/autosaveTypesettingWorker.ts'],
  outfile: 'dist/electron/autosaveTypesettingWorker.cjs',
  external: ['better-sqlite3'],
  define: { 'import.meta.url': '__galleyImportMetaUrl' },
  banner: {
    js: "const __galleyImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
  },
});

// A sandboxed preload may require only 'electron': everything else is bundled in.
await build({
  ...common,
  entryPoints: ['electron/main/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
  external: ['electron'],
});

// The spell checker's compiled dictionaries (dist/spell, unpacked from the app's archive).
await buildSpellDictionaries();
