// Bundles the `galley` command into dist/cli/galley.mjs (dependencies stay in node_modules),
// so a command starts without transpiling TypeScript. electron/bin/galley.mjs uses the bundle
// while it is newer than every source it is built from, and tsx otherwise.
import { build } from 'esbuild';

await build({
  entryPoints: ['electron/cli/main.ts'],
  outfile: 'dist/cli/galley.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
