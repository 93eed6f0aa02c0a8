import fs from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy } from '../../electron/services/http/contentSecurityPolicy';
import type { FaultOptions, FaultScenario, ScenarioReport } from './faultScenario';
import { checkElectronHardening, type HardeningCheck } from './support/checkElectronHardening';
import { projectPaths } from './support/projectPaths';
import { scanWithElectronegativity } from './support/scanWithElectronegativity';

const insecureMain = `
import { BrowserWindow, shell, session } from 'electron';
export function open(url: string) {
  const window = new BrowserWindow({ webPreferences: { sandbox: false, nodeIntegration: true, webSecurity: false } });
  window.webContents.on('will-navigate', () => undefined);
  window.webContents.setWindowOpenHandler(() => ({ action: 'allow' }));
  session.defaultSession.setPermissionRequestHandler((_c, _p, callback) => callback(true));
  void shell.openExternal(url);
}
`;

const requiredFuses: Record<string, boolean> = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  onlyLoadAppFromAsar: true,
};

/**
 * Static checks of the Electron side (the Electron binary is not installed here): window
 * preferences, navigation, new windows, permissions and openExternal in electron/main
 * (TypeScript AST), the CSP and where it is applied, the fuses electron-builder flips, and
 * @doyensec/electronegativity over electron/main, the renderer and package.json (no high or
 * medium finding). A deliberately insecure main file must fail every AST check and draw
 * electronegativity findings.
 */
export const electronHardening: FaultScenario = {
  name: 'electron-hardening',
  title: 'Electron hardening, statically, and electronegativity',
  async run(options: FaultOptions): Promise<ScenarioReport> {
    const failures: string[] = [];
    const notes: string[] = [];
    const mainDir = path.join(projectPaths.root, 'electron', 'main');
    const sources = fs
      .readdirSync(mainDir)
      .filter((name) => name.endsWith('.ts') && !/\.(test|spec)\.ts$/.test(name))
      .map((name) => ({
        file: `electron/main/${name}`,
        text: fs.readFileSync(path.join(mainDir, name), 'utf8'),
      }));
    const checks: HardeningCheck[] = checkElectronHardening(sources);

    const control = checkElectronHardening([{ file: 'insecureMain.ts', text: insecureMain }]);
    const missed = control.filter(
      (check) =>
        check.ok &&
        !check.name.startsWith('will-redirect') &&
        !check.name.startsWith('will-attach'),
    );
    if (missed.length)
      failures.push(
        `the hardening scan passed a deliberately insecure file on: ${missed.map((check) => check.name).join(', ')}`,
      );

    // The CSP, and that both transports send it.
    const directives = new Map(
      contentSecurityPolicy.split(';').map((directive) => {
        const [name = '', ...values] = directive.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    const only = (name: string, allowed: string[]) => {
      const values = directives.get(name);
      return (
        values !== undefined &&
        values.length > 0 &&
        values.every((value) => allowed.includes(value))
      );
    };
    const cspProblems = [
      only('default-src', ["'self'", "'none'"]) ? '' : "default-src is not 'self'",
      only('script-src', ["'self'"])
        ? ''
        : `script-src is ${directives.get('script-src')?.join(' ') ?? 'missing'}`,
      only('object-src', ["'none'"]) ? '' : "object-src is not 'none'",
      only('base-uri', ["'none'", "'self'"]) ? '' : 'base-uri is not restricted',
      only('frame-ancestors', ["'none'"]) ? '' : "frame-ancestors is not 'none'",
      only('form-action', ["'none'", "'self'"]) ? '' : 'form-action is not restricted',
    ].filter(Boolean);
    const appliedIn = [
      'electron/main/appProtocol.ts',
      'electron/services/http/startHttpBridge.ts',
    ].filter((file) =>
      /['"]Content-Security-Policy['"]\s*:\s*contentSecurityPolicy/.test(
        fs.readFileSync(path.join(projectPaths.root, file), 'utf8'),
      ),
    );
    checks.push({
      name: 'CSP strict, sent by the galley:// protocol and the HTTP bridge',
      ok: cspProblems.length === 0 && appliedIn.length === 2,
      detail: [...cspProblems, `sent in ${appliedIn.join(', ') || 'no file'}`].join('; '),
    });

    // Fuses in build/electron-builder.yml.
    const fuses = readFuses(path.join(projectPaths.root, 'build', 'electron-builder.yml'));
    const fuseProblems = Object.entries(requiredFuses)
      .filter(([name, expected]) => fuses.get(name) !== expected)
      .map(
        ([name, expected]) =>
          `${name} is ${String(fuses.get(name) ?? 'not set')}, expected ${String(expected)}`,
      );
    checks.push({
      name: 'electron-builder flips the fuses',
      ok: fuseProblems.length === 0,
      detail:
        fuseProblems.join('; ') ||
        [...fuses].map(([name, value]) => `${name}=${String(value)}`).join(' '),
    });

    // Extras worth knowing, not failures of the brief's rules.
    const text = sources.map((source) => source.text).join('\n');
    notes.push(
      `setPermissionCheckHandler denies: ${/setPermissionCheckHandler\(\s*\(\)\s*=>\s*false/.test(text)}; IPC checks senderFrame: ${text.includes('senderFrame')}; single-instance lock: ${text.includes('requestSingleInstanceLock')}; preload exposes ipcRenderer itself: ${/exposeInMainWorld\([^)]*\bipcRenderer\s*[,}]/.test(text)}`,
    );
    const electronegativity = await scanWithElectronegativity(options.workDir, insecureMain);
    checks.push(...electronegativity.checks);
    notes.push(...electronegativity.notes);

    for (const check of checks) if (!check.ok) failures.push(`${check.name}: ${check.detail}`);
    for (const check of checks)
      notes.push(`${check.ok ? 'ok' : 'FAIL'} ${check.name} — ${check.detail}`);
    return {
      tried: checks.length + 1,
      passed: checks.filter((check) => check.ok).length + (missed.length ? 0 : 1),
      figures: {
        'files scanned': sources.length,
        checks: checks.length,
        failed: checks.filter((check) => !check.ok).length,
        'insecure control caught': missed.length === 0,
        ...electronegativity.figures,
      },
      failures,
      notes,
    };
  },
};

/** `key: value` lines under `electronFuses:` (the file is plain block YAML). */
function readFuses(file: string): Map<string, boolean> {
  const fuses = new Map<string, boolean>();
  let inFuses = false;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (/^electronFuses:\s*$/.test(line)) inFuses = true;
    else if (inFuses && /^\S/.test(line)) inFuses = false;
    else if (inFuses) {
      const match = /^\s+(\w+):\s*(true|false)\s*(#.*)?$/.exec(line);
      if (match?.[1]) fuses.set(match[1], match[2] === 'true');
    }
  }
  return fuses;
}
