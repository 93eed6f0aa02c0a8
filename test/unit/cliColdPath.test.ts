import os from 'node:os';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { cliBuildOptions } from '../../build/cliBuildOptions.mjs';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * What a chunk of the bundle loads before it runs: itself and its static imports, transitively
 * (a dynamic import loads only when its branch runs). Answers the project sources and the
 * packages, by name.
 */
function staticClosure(
  metafile: Metafile,
  start: string,
): { sources: string[]; packages: string[] } {
  const sources = new Set<string>();
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const output = metafile.outputs[key];
    if (!output) throw new Error(`${key} is not among esbuild's outputs`);
    for (const input of Object.keys(output.inputs)) sources.add(input);
    for (const imported of output.imports) {
      if (imported.kind !== 'import-statement') continue;
      if (imported.external) packages.add(imported.path);
      else visit(imported.path);
    }
  };
  visit(start);
  return { sources: [...sources], packages: [...packages] };
}

// The cost of a command's start is mostly Node loading modules: zod alone is about 95 of them,
// and importing better-sqlite3 (CommonJS) from an ES module runs Node's export lexer over it.
const heavyPackages =
  /^(zod|@tiptap\/|yjs|y-|@hocuspocus\/|typograf|snowball|i18next|better-sqlite3)/;

describe('the bundled galley command', () => {
  it('loads for --help and for a plain list none of the heavy packages', async () => {
    const outdir = path.join(os.tmpdir(), `galley-cli-cold-path-${process.pid}`);
    const result = await build({ ...cliBuildOptions(root, outdir), write: false });
    const { outputs } = result.metafile;
    const keyOf = (predicate: (key: string) => boolean): string => {
      const key = Object.keys(outputs).find(predicate);
      if (!key) throw new Error('chunk not found');
      return key;
    };
    const entry = staticClosure(
      result.metafile,
      keyOf((key) => key.endsWith('/galley.mjs')),
    );
    const list = staticClosure(
      result.metafile,
      keyOf((key) => outputs[key]?.entryPoint === 'electron/cli/commands/listCommand.ts'),
    );
    expect(entry.packages.filter((name) => heavyPackages.test(name))).toEqual([]);
    // `--help` loads the entry alone: each further ES module costs a start about 0.3 ms of CPU.
    expect(entry.sources.sort()).toEqual(['electron/cli/main.ts', 'electron/cli/runCli.ts']);
    expect(list.packages.filter((name) => heavyPackages.test(name))).toEqual([]);
    // The article model stays out of a plain list: it reads rows.
    expect(list.sources.filter((source) => source.startsWith('shared/'))).toEqual([]);
  });
});
