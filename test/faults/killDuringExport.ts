import fs from 'node:fs';
import path from 'node:path';
import { exportRunningMarker } from '../../electron/services/export/sweepStagedFiles';
import { openLibrary } from '../../electron/services/library/openLibrary';
import type { FaultOptions, FaultScenario, ScenarioReport } from './faultScenario';
import { addArticles } from './support/addArticles';
import { errorMessage } from './support/errorMessage';
import { inspectLibraryFile } from './support/inspectLibraryFile';
import { runGalley, type GalleyRun } from './support/runGalley';
import { createRandom } from '../support/createRandom';
import { diffTrees } from './support/diffTrees';
import { snapshotTree, type TreeSnapshot } from './support/snapshotTree';
import { exportAllArgs } from './support/exportAllArgs';

/** A staged file: `.<name>.<pid>-<n>.tmp` beside its final place. */
const stagedFilePattern = /(^|\/)\.[^/]+\.\d+-\d+\.tmp$/;

/** What a killed export may leave for the next run to clean: staged files, the running marker. */
const isTransient = (file: string): boolean =>
  stagedFilePattern.test(file) || file === exportRunningMarker;

const published = (snapshot: TreeSnapshot): TreeSnapshot =>
  new Map([...snapshot].filter(([file]) => !isTransient(file)));

/**
 * `galley export --all` of a library with a few hundred articles is SIGKILLed at random
 * moments. Two kinds of runs alternate: an export with edits over the previous export
 * (each file must then hold its old or its new bytes, never a torn mix, and the manifest
 * must parse), and a `--force` re-export of unchanged articles (every file must keep its
 * exact bytes). Then a plain re-run must leave the folder identical to a clean export.
 */
export const killDuringExport: FaultScenario = {
  name: 'kill-export',
  title: 'SIGKILL during a batch export',
  async run(options: FaultOptions): Promise<ScenarioReport> {
    const random = createRandom(options.seed + 202);
    const articleCount = options.size === 'large' ? 600 : 300;
    const trials = options.size === 'large' ? 12 : 4;
    const failures: string[] = [];
    const notes: string[] = [];
    const work = (name: string) => path.join(options.workDir, name);
    const exportTo = (library: string, out: string, extra: string[] = [], timeoutMs = 300_000) =>
      runGalley(exportAllArgs(library, out, ...extra), { timeoutMs, cwd: options.workDir });
    const mustSucceed = (run: GalleyRun, what: string): void => {
      if (run.code !== 0)
        throw new Error(`${what} failed (${run.code}): ${run.stderr.slice(-400)}`);
    };

    // The previous export (A), then edits to every third article, then a clean export (C).
    const library = openLibrary(work('library.sqlite'));
    const ids = addArticles(library, articleCount);
    library.close();
    mustSucceed(await exportTo(work('library.sqlite'), work('site-a')), 'the first export');
    const before = snapshotTree(work('site-a'));
    const edited = openLibrary(work('library.sqlite'));
    ids.forEach((id, index) => {
      if (index % 3 === 0)
        edited.articles.update(id, { lede: `Исправленный лид ${index}.` }, 'faults');
    });
    edited.close();
    fs.copyFileSync(work('library.sqlite'), work('edited.sqlite'));
    fs.copyFileSync(work('edited.sqlite'), work('clean.sqlite'));
    const clean = await exportTo(work('clean.sqlite'), work('site-clean'));
    mustSucceed(clean, 'the clean export');
    const cleanTree = snapshotTree(work('site-clean'));
    const exportMs = clean.ms;
    // Kills aim past the command's start-up, at the reading, staging and renaming.
    const startupMs = Math.min((await runGalley(['--help'])).ms * 0.8, exportMs / 2);
    notes.push(
      `a clean export of ${articleCount} articles took ${Math.round(exportMs)} ms (start-up ${Math.round(startupMs)} ms)`,
    );
    const changedByEdits = diffTrees(before, cleanTree).changed.length;
    notes.push(`the edits change ${changedByEdits} files`);

    let killed = 0;
    let finishedFirst = 0;
    let torn = 0;
    let manifestBroken = 0;
    let forceChanged = 0;
    let mixed = 0;
    let rerunDiffers = 0;
    let staleStaged = 0;
    let leftTransient = 0;
    let passed = 0;
    for (let trial = 1; trial <= trials; trial += 1) {
      const force = trial % 2 === 0;
      const site = work(`site-${trial}`);
      const lib = work(`trial-${trial}.sqlite`);
      fs.cpSync(force ? work('site-clean') : work('site-a'), site, { recursive: true });
      fs.copyFileSync(work('edited.sqlite'), lib);
      const previous = force ? cleanTree : before;
      // Each trial aims within its own slice of the export, so the kills spread over all of it.
      const slice = (trial - 1 + random.next()) / trials;
      const killAfter = Math.round(startupMs + slice * (exportMs - startupMs));
      const run = await exportTo(lib, site, force ? ['--force'] : [], killAfter);
      if (run.timedOut) killed += 1;
      else finishedFirst += 1;
      const problems: string[] = [];
      try {
        const state = inspectLibraryFile(lib);
        if (state.integrity !== 'ok') problems.push(`library integrity: ${state.integrity}`);
      } catch (error) {
        problems.push(`library cannot be opened: ${errorMessage(error)}`);
      }
      const after = snapshotTree(site);
      const visible = published(after);
      const tornFiles = [...visible].filter(
        ([file, hash]) => hash !== previous.get(file) && hash !== cleanTree.get(file),
      );
      const missing = [...previous.keys()].filter((file) => !after.has(file));
      if (tornFiles.length || missing.length) {
        torn += 1;
        problems.push(
          `files neither old nor new: [${tornFiles
            .map(([file]) => file)
            .slice(0, 5)
            .join(', ')}], missing: [${missing.slice(0, 5).join(', ')}]`,
        );
      }
      const manifestHash = after.get('manifest.json');
      let manifestParses = false;
      try {
        JSON.parse(fs.readFileSync(path.join(site, 'manifest.json'), 'utf8'));
        manifestParses = true;
      } catch {
        manifestParses = false;
      }
      if (
        !manifestParses ||
        (manifestHash !== previous.get('manifest.json') &&
          manifestHash !== cleanTree.get('manifest.json'))
      ) {
        manifestBroken += 1;
        problems.push('manifest.json does not parse or is neither the old nor the new one');
      }
      if (force) {
        const changed = diffTrees(published(previous), visible);
        if (changed.added.length + changed.removed.length + changed.changed.length > 0) {
          forceChanged += 1;
          problems.push(
            `a killed --force re-export changed the previous export: ${JSON.stringify(changed).slice(0, 300)}`,
          );
        }
      } else if (manifestHash === before.get('manifest.json')) {
        const renamed = [...visible].filter(
          ([file, hash]) => hash !== before.get(file) && hash === cleanTree.get(file),
        ).length;
        if (renamed > 0) mixed += 1;
      }
      const stagedLeft = [...after.keys()].filter(isTransient);
      if (stagedLeft.length) leftTransient += 1;

      const rerun = await exportTo(lib, site);
      if (rerun.code !== 0)
        problems.push(`the re-run failed (${rerun.code}): ${rerun.stderr.slice(-300)}`);
      const final = snapshotTree(site);
      const difference = diffTrees(published(cleanTree), published(final));
      if (difference.added.length + difference.removed.length + difference.changed.length > 0) {
        rerunDiffers += 1;
        problems.push(
          `the re-run differs from a clean export: ${JSON.stringify(difference).slice(0, 300)}`,
        );
      }
      const stagedAfterRerun = [...final.keys()].filter(isTransient);
      if (stagedAfterRerun.length > 0) {
        staleStaged += 1;
        problems.push(
          `${stagedAfterRerun.length} staged files or markers of the killed run (${stagedLeft.length} right after the kill) are still there after the re-run, e.g. ${stagedAfterRerun[0] ?? ''}`,
        );
      }
      if (problems.length)
        failures.push(
          `trial ${trial} (${force ? '--force' : 'edits'}, kill after ${killAfter} ms${run.timedOut ? '' : ', finished first'}): ${problems.join('; ')}`,
        );
      else passed += 1;
    }
    return {
      tried: trials,
      passed,
      figures: {
        articles: articleCount,
        kills: killed,
        'finished before the kill': finishedFirst,
        'torn or missing files': torn,
        'manifest unreadable': manifestBroken,
        '--force kills that changed bytes': forceChanged,
        'kills mid-commit (old manifest, some new files)': mixed,
        're-runs not identical to a clean export': rerunDiffers,
        'kills leaving staged files or the running marker': leftTransient,
        're-runs leaving any of them': staleStaged,
      },
      failures,
      notes,
    };
  },
};
