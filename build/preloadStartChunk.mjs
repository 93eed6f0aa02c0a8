// A Vite plugin: index.html names the interface's start-up chunk and everything it imports, so
// Chromium fetches and compiles them while the small entry (renderer/main.tsx) is still on its
// way. Without it they are asked for only once the entry has run its `import('./startApp')`: a
// round trip to `galley serve` (which is busy answering the first page then) after the entry's
// own. Their stylesheets are linked as stylesheets, not preloaded, and the entry's
// `import('./startApp')` lists none of them for Vite's preload helper: it would otherwise add a
// <link> per file at that moment (15 of them) and wait for the stylesheets' load events before it
// imports the chunk, work the page does before its first render.
// And the start chunk is one script and one stylesheet: everything it imports statically and the
// entry does not is grouped into it, where Rolldown had split out what the lazy chunks share.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {string} entry the start-up module, relative to the project ('renderer/startApp.tsx')
 * @param {string} mainEntry the page's entry, relative to the project ('renderer/main.tsx')
 * @returns {import('vite').Plugin}
 */
export function preloadStartChunk(entry, mainEntry) {
  const chunkName = path.basename(entry, path.extname(entry));
  const isStartChunk = (fileName) => path.basename(fileName).startsWith(`${chunkName}-`);
  /** @type {{ shared: Set<string>, startOnly: Set<string> } | undefined} */
  let groups;
  return {
    name: 'galley:preload-start-chunk',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [
                {
                  // What the entry and the start chunk share (the API client, the early call)
                  // stays in a small chunk of its own: taken into the start chunk (a group takes
                  // its modules' imports with it), the entry would wait for the whole chunk.
                  name: (moduleId, context) => {
                    groups ??= startUpGroups(context, entry, mainEntry);
                    return groups.shared.has(moduleId) ? 'earlyCalls' : null;
                  },
                  priority: 2,
                  debugName: 'earlyCalls',
                },
                {
                  // The rest the start chunk imports statically, into it: split by what the
                  // lazy chunks share with it, the first screen asked for 9 scripts and 5
                  // stylesheets, which six connections fetched in three waves.
                  name: (moduleId, context) => {
                    groups ??= startUpGroups(context, entry, mainEntry);
                    return groups.startOnly.has(moduleId) ? chunkName : null;
                  },
                  priority: 1,
                  debugName: chunkName,
                },
              ],
            },
          },
        },
        modulePreload: {
          // Vite keeps a dynamic import's stylesheets in its list whatever this returns; those of
          // the start chunk are in index.html already, which its helper checks first.
          resolveDependencies: (fileName, deps) => (isStartChunk(fileName) ? [] : deps),
        },
      },
    }),
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const start = chunks.find((chunk) =>
          chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${entry}`),
        );
        if (!start) throw new Error(`preloadStartChunk: no chunk for ${entry}`);
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const scripts = new Set();
        const styles = new Set();
        const visit = (chunk) => {
          if (scripts.has(chunk.fileName)) return;
          scripts.add(chunk.fileName);
          for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
          for (const name of chunk.imports) {
            const imported = byName.get(name);
            if (imported) visit(imported);
          }
        };
        visit(start);
        const base = context.server ? '/' : './';
        // The entry's own imports are in the page already (Vite's modulepreload).
        const missing = (fileName) => !html.includes(`/${fileName}"`);
        return [
          ...[...scripts].filter(missing).map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}` },
            injectTo: 'head',
          })),
          // Applied from the start (the page shows nothing before the interface renders).
          ...[...styles].filter(missing).map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `${base}${fileName}` },
            injectTo: 'head',
          })),
        ];
      },
    },
  };
}

/**
 * The modules `entry` reaches by static imports, split into those the page's entry reaches too
 * (`shared`, less the entry itself) and the rest (`startOnly`).
 * @param {{ getModuleInfo(id: string): { importedIds: readonly string[] } | null }} context
 * @param {string} entry
 * @param {string} mainEntry
 */
function startUpGroups(context, entry, mainEntry) {
  const reach = (from) => {
    const seen = new Set();
    const stack = [path.resolve(projectRoot, from)];
    while (stack.length > 0) {
      const id = stack.pop();
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(context.getModuleInfo(id)?.importedIds ?? []));
    }
    return seen;
  };
  const fromMain = reach(mainEntry);
  const fromStart = reach(entry);
  const main = path.resolve(projectRoot, mainEntry);
  return {
    shared: new Set([...fromStart].filter((id) => fromMain.has(id) && id !== main)),
    startOnly: new Set([...fromStart].filter((id) => !fromMain.has(id))),
  };
}
