import fs from 'node:fs';
import path from 'node:path';
import type { Figures } from '../faultScenario';
import type { HardeningCheck } from './checkElectronHardening';
import { errorMessage } from './errorMessage';
import { listFiles } from './listFiles';
import { projectPaths } from './projectPaths';
import { runChild } from './runChild';
import type { GalleyRun } from './runGalley';

interface Finding {
  id: string;
  file: string;
  line: number;
  severity: string;
  confidence: string;
  manualReview: boolean;
}

interface ScanRun {
  input: string;
  globalChecks: number;
  atomicChecks: number;
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
  issues: Finding[];
}

export interface ElectronegativityResult {
  checks: HardeningCheck[];
  figures: Figures;
  notes: string[];
}

const severities = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'] as const;
/** The files electronegativity reads (its util/file.js list_files). */
const scannable = (name: string) =>
  /\.(js|jsx|ts|tsx|html|htm)$/i.test(name) || /package(-lock)?\.json$|yarn\.lock$/i.test(name);
/** Time cap for the whole child: the three scans take a few seconds. */
const timeoutMs = 90_000;

/**
 * Runs @doyensec/electronegativity (its `availablesecurityfixesglobalcheck` left out: it needs
 * GitHub) over what Electron runs: electron/main (main process and preload), the renderer
 * (the page and its CSP meta tag) and package.json. Fails on any HIGH or MEDIUM finding. The
 * sources are scanned twice more: with their `eng-disable` annotations neutralised, to prove
 * that annotations hide only findings electronegativity itself marks "review required" (and
 * none of HIGH severity), and an insecure control file, to prove the scan finds things.
 */
export async function scanWithElectronegativity(
  workDir: string,
  insecureControl: string,
): Promise<ElectronegativityResult> {
  const packageDir = path.join(projectPaths.root, 'node_modules', '@doyensec', 'electronegativity');
  if (!fs.existsSync(path.join(packageDir, 'package.json'))) {
    return {
      checks: [
        {
          name: 'electronegativity ran',
          ok: false,
          detail:
            'node_modules/@doyensec/electronegativity is missing: run `npm ci` (it is a devDependency)',
        },
      ],
      figures: {},
      notes: [],
    };
  }
  const rootPackage = JSON.parse(
    fs.readFileSync(path.join(projectPaths.root, 'package.json'), 'utf8'),
  ) as { devDependencies?: Record<string, string> };
  const electronVersion = rootPackage.devDependencies?.['electron'] ?? '';
  const toolVersion = (
    JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

  const base = path.join(workDir, 'electronegativity');
  const appDir = path.join(base, 'app');
  const unannotatedDir = path.join(base, 'unannotated');
  const controlDir = path.join(base, 'control');
  const copied = copyAppSources(appDir, (text) => text);
  copyAppSources(unannotatedDir, (text) => text.replaceAll('eng-disable', 'eng-reviewed'));
  fs.mkdirSync(controlDir, { recursive: true });
  fs.writeFileSync(path.join(controlDir, 'insecureMain.ts'), insecureControl);
  const annotations = copied.annotations;

  const outFile = path.join(base, 'result.json');
  let child: GalleyRun | undefined;
  try {
    child = await runChild(
      'electronegativity',
      [outFile, electronVersion, appDir, unannotatedDir, controlDir],
      { timeoutMs },
    );
  } catch (error) {
    return failedRun(`could not start: ${errorMessage(error)}`);
  }
  if (child.timedOut)
    return failedRun(`did not finish within ${timeoutMs / 1000} s and was killed`);
  if (child.code !== 0 || !fs.existsSync(outFile))
    return failedRun(
      `exited with ${child.code ?? child.signal} and no report: ${child.stderr.trim().slice(-400)}`,
    );
  const report = JSON.parse(fs.readFileSync(outFile, 'utf8')) as {
    runs: ScanRun[];
    blocked: string[];
  };
  const [app, unannotated, control] = report.runs;
  if (!app || !unannotated || !control) return failedRun('the report lacks a run');

  const count = (issues: readonly Finding[], severity: string) =>
    issues.filter((issue) => issue.severity === severity).length;
  const describe = (issue: Finding) =>
    `${issue.id} (${issue.severity}, ${issue.confidence}${issue.manualReview ? ', review required' : ''}) at ${issue.file}:${issue.line}`;
  const key = (issue: Finding) => `${issue.id} ${issue.file} ${issue.line}`;

  const serious = app.issues.filter(
    (issue) => issue.severity === 'HIGH' || issue.severity === 'MEDIUM',
  );
  const unparsed = [...app.errors, ...control.errors].filter((error) => !error.tolerable);
  const shown = new Set(app.issues.map(key));
  const hidden = unannotated.issues.filter((issue) => !shown.has(key(issue)));
  const wronglyHidden = hidden.filter((issue) => !issue.manualReview || issue.severity === 'HIGH');
  const controlSerious = control.issues.filter(
    (issue) => issue.severity === 'HIGH' || issue.severity === 'MEDIUM',
  );
  const hosts = [...new Set(report.blocked)];
  const seconds = (child.ms / 1000).toFixed(1);

  const checks: HardeningCheck[] = [
    {
      name: 'electronegativity ran offline',
      ok: true,
      detail: `${toolVersion}, three scans in ${seconds} s; network attempts blocked: ${report.blocked.length}${hosts.length ? ` (${hosts.join(', ')})` : ''}`,
    },
    {
      name: 'electronegativity parsed every file',
      ok: unparsed.length === 0,
      detail: unparsed.length
        ? unparsed.map((error) => `${error.file}: ${error.message}`).join('; ')
        : `${copied.files} files`,
    },
    {
      name: 'electronegativity: no high or medium finding',
      ok: serious.length === 0,
      detail: serious.length
        ? serious.map(describe).join('; ')
        : `${app.issues.length} lower finding(s): ${app.issues.map(describe).join('; ') || 'none'}`,
    },
    {
      name: 'eng-disable annotations hide only reviewed, review-required findings',
      ok: wronglyHidden.length === 0,
      detail: wronglyHidden.length
        ? `hides ${wronglyHidden.map(describe).join('; ')}`
        : `${annotations.length} annotation(s) hide ${hidden.map(describe).join('; ') || 'nothing'}`,
    },
    {
      name: 'electronegativity flags the insecure control file',
      ok: controlSerious.length > 0,
      detail: `${controlSerious.length} high/medium: ${[...new Set(controlSerious.map((issue) => issue.id))].join(', ')}`,
    },
  ];
  const notes = [
    `electronegativity ${toolVersion} (Electron ${electronVersion}): ${app.globalChecks + app.atomicChecks} checks (${app.globalChecks} global, ${app.atomicChecks} atomic), ${copied.files} files; findings ${severities.map((severity) => `${severity} ${count(app.issues, severity)}`).join(', ')}`,
    ...app.issues.map((issue) => `electronegativity finding: ${describe(issue)}`),
    ...annotations.map((annotation) => `eng-disable annotation: ${annotation}`),
    ...app.errors
      .filter((error) => error.tolerable)
      .map((error) => `electronegativity parse warning: ${error.file}: ${error.message}`),
  ];
  return {
    checks,
    figures: {
      'electronegativity checks': app.globalChecks + app.atomicChecks,
      'electronegativity files': copied.files,
      'electronegativity high/medium/low/info': severities
        .map((severity) => count(app.issues, severity))
        .join('/'),
      'reviewed in source (eng-disable)': hidden.length,
      'electronegativity control high/medium': controlSerious.length,
    },
    notes,
  };

  function failedRun(detail: string): ElectronegativityResult {
    return {
      checks: [{ name: 'electronegativity ran offline', ok: false, detail }],
      figures: {},
      notes: child ? [`electronegativity stderr: ${child.stderr.trim().slice(-2000)}`] : [],
    };
  }
}

/**
 * Copies what Electron runs into `dest` (electron/main, renderer without tests, package.json),
 * passing each text through `transform`; returns the file count and the annotations found.
 */
function copyAppSources(
  dest: string,
  transform: (text: string) => string,
): { files: number; annotations: string[] } {
  const annotations: string[] = [];
  let files = 0;
  const copy = (relative: string) => {
    const text = fs.readFileSync(path.join(projectPaths.root, relative), 'utf8');
    text.split('\n').forEach((line, index) => {
      if (line.includes('eng-disable'))
        annotations.push(`${relative}:${index + 1}: ${line.trim()}`);
    });
    fs.mkdirSync(path.dirname(path.join(dest, relative)), { recursive: true });
    fs.writeFileSync(path.join(dest, relative), transform(text));
    files += 1;
  };
  for (const folder of ['electron/main', 'renderer'])
    for (const file of listFiles(
      path.join(projectPaths.root, folder),
      (name) => scannable(name) && !/\.(test|spec)\.tsx?$/.test(name),
    ))
      copy(path.relative(projectPaths.root, file));
  copy('package.json');
  return { files, annotations };
}
