// Child: `electronegativity OUT.json ELECTRON_VERSION DIR...` scans each DIR with
// @doyensec/electronegativity (its documented programmatic entry, the same code as its CLI)
// and writes {runs, blocked} to OUT.json. The network is cut off first: at start-up the tool
// fetches translations from S3 (src/locales/i18n.js, twice, 1 s timeout each) and its
// AvailableSecurityFixesGlobalCheck asks GitHub for Electron releases (excluded here). Every
// socket this process opens fails at once, so a run offline neither waits nor hangs; the
// hosts it tried are reported. The parent caps the run's time and kills it past the cap.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';

interface Attribute {
  name: string;
  value: number;
}

interface EngIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: Attribute;
  confidence: Attribute;
  manualReview: boolean;
}

interface EngResult {
  globalChecks: number;
  atomicChecks: number;
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
  issues: EngIssue[];
}

type EngRun = (
  options: {
    input: string;
    excludeFromScan: string[];
    isRelative: boolean;
    electronVersionOverride: string;
    parserPlugins: string[];
  },
  forCli: boolean,
) => Promise<EngResult>;

const [outFile = '', electronVersion = '', ...inputs] = process.argv.slice(2);

const blocked: string[] = [];
const describeTarget = (args: readonly unknown[]): string => {
  const [first, second] = args;
  if (typeof first === 'object' && first !== null) {
    const { host, path } = first as { host?: unknown; path?: unknown };
    return typeof host === 'string' ? host : typeof path === 'string' ? path : 'a socket';
  }
  return typeof second === 'string' ? second : `port ${String(first)}`;
};
function connect(this: net.Socket, ...args: unknown[]): net.Socket {
  const target = describeTarget(args);
  blocked.push(target);
  // A code of its own: got retries ENETUNREACH and the like after a back-off, this it does not.
  const error = Object.assign(new Error(`network is off in the fault suite (${target})`), {
    code: 'ERR_FAULT_SUITE_OFFLINE',
  });
  process.nextTick(() => this.destroy(error));
  return this;
}
net.Socket.prototype.connect = connect;

// Its i18n takes the locale from LANG; the checks' texts are in en-US.
process.env['LANG'] = 'en-US';
const run = createRequire(import.meta.url)('@doyensec/electronegativity') as EngRun;
const runs = [];
for (const input of inputs) {
  const result = await run(
    {
      input,
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      isRelative: true,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
  runs.push({
    input,
    globalChecks: result.globalChecks,
    atomicChecks: result.atomicChecks,
    errors: result.errors,
    issues: result.issues.map((issue) => ({
      id: issue.id,
      file: issue.file,
      line: issue.location.line,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      manualReview: issue.manualReview,
    })),
  });
}
fs.writeFileSync(outFile, JSON.stringify({ runs, blocked }));
