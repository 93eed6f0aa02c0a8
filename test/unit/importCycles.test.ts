import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const folders = ['shared', 'electron', 'renderer'];
const sourceFile = /\.(?:ts|tsx|mts)$/;

function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => sourceFile.test(name) && !name.endsWith('.d.ts'))
    .filter((name) => !name.split(path.sep).includes('node_modules'))
    .map((name) => path.join(root, folder, name));
}

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, `${base}.mts`, path.join(base, 'index.ts')].find(
    (candidate) => sourceFile.test(candidate) && fs.existsSync(candidate),
  );
}

/** Every relative import of every file, `import type` included: a type cycle is a cycle. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of folders.flatMap(sourceFiles)) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => resolveImport(file, imported.fileName))
      .filter((target): target is string => target !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The strongly connected components of more than one file (Tarjan's algorithm, iterative). */
function findCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: Array<{ file: string; next: number }> = [{ file: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter);
    counter += 1;
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (!frame) break;
      const targets = graph.get(frame.file) ?? [];
      const target = targets[frame.next];
      frame.next += 1;
      if (target !== undefined) {
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter);
          counter += 1;
          stack.push(target);
          onStack.add(target);
          work.push({ file: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.file, Math.min(low.get(frame.file) ?? 0, index.get(target) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) {
        low.set(parent.file, Math.min(low.get(parent.file) ?? 0, low.get(frame.file) ?? 0));
      }
      if (low.get(frame.file) !== index.get(frame.file)) continue;
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.file);
      if (component.length > 1) cycles.push(component.sort());
    }
  }
  return cycles;
}

// ESLint's import-x/no-cycle skips `import type`, so it would pass the type cycle
// collectPersonMentions ↔ createPersonRegistry had; this walks every import.
describe('the import graph of shared/, electron/ and renderer/', () => {
  it('has no cycles', () => {
    const cycles = findCycles(importGraph());
    expect(cycles.map((cycle) => cycle.map((file) => path.relative(root, file)))).toEqual([]);
  });

  it('counts type-only imports', () => {
    const registry = path.join(root, 'shared/quotes/createPersonRegistry.ts');
    expect(importGraph().get(registry)).toContain(
      path.join(root, 'shared/quotes/personMention.ts'),
    );
  });

  it('reports every file of a cycle and none outside it', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c']]);
  });
});
