// Compiles the spell checker's dictionaries (dictionary-ru, dictionary-en) into dist/spell, the
// form electron/services/spell/compiledDictionary.ts describes: a checker then loads in
// milliseconds instead of the 4.3 s of CPU nspell takes to expand the Russian one. A file whose
// key (the dictionaries' and nspell's) matches the installed ones is left alone, so a rebuild
// costs a hash of the two dictionaries. buildCli.mjs and buildElectron.mjs run it; the checker
// loads a dictionary itself when its file is missing or was built from others.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importBuildTool } from './importBuildTool.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const languages = ['ru', 'en'];

/** Writes what is missing or stale in dist/spell; says so for each file it writes. */
export async function buildSpellDictionaries(log = (line) => process.stderr.write(`${line}\n`)) {
  const { tsImport } = await importBuildTool(
    'tsx/esm/api',
    'the spelling dictionaries (dist/spell)',
  );
  const { compiledDictionaryApi } = await tsImport(
    pathToFileURL(path.join(root, 'electron/services/spell/compiledDictionary.ts')).href,
    import.meta.url,
  );
  const api = compiledDictionaryApi();
  const require = createRequire(path.join(root, 'package.json'));
  const nspell = require('nspell');
  const nspellVersion = require('nspell/package.json').version;
  const outdir = path.join(root, 'dist', 'spell');
  fs.mkdirSync(outdir, { recursive: true });
  for (const language of languages) {
    const dir = path.dirname(require.resolve(`dictionary-${language}`));
    const aff = fs.readFileSync(path.join(dir, 'index.aff'));
    const dic = fs.readFileSync(path.join(dir, 'index.dic'));
    const key = api.compiledDictionaryKey(aff, dic, nspellVersion);
    const file = path.join(outdir, `${language}.dict`);
    if (fs.existsSync(file) && fileKey(api, file) === key) continue;
    const started = performance.now();
    const compiled = api.compileDictionary(nspell, aff, dic, key);
    // Renamed into place whole: a checker starting meanwhile reads the old file or the new one.
    const staging = `${file}.build-${process.pid}`;
    fs.writeFileSync(staging, compiled);
    fs.renameSync(staging, file);
    log(
      `galley: compiled the ${language} spelling dictionary (${(compiled.length / 1e6).toFixed(1)} MB, ${Math.round(performance.now() - started)} ms)`,
    );
  }
}

/** The key in a compiled file's header (reading 20 MB costs a few milliseconds). */
function fileKey(api, file) {
  try {
    return api.compiledDictionaryFileKey(fs.readFileSync(file));
  } catch {
    return null;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildSpellDictionaries();
}
