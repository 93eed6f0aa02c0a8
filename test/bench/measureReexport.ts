// Galley's export and re-export of a library the benchmark built, without the export phase's
// pandoc comparison: `node --import tsx test/bench/measureReexport.ts STEP LIBRARY OUT_DIR
// [--profile PREFIX] [--threads N]`, each step in turn in one process (`unchanged,one`), each profiled into
// PREFIX.STEP.cpuprofile when asked. STEP is `full` (a forced full export; the clock
// is kept beside the folder, in OUT_DIR.clock, so every later step uses the same one),
// `unchanged` (the re-export of an unchanged library), `one` (one linked article renamed, as
// the export phase renames it, then the re-export) or `fresh` (a forced full export of the
// library as it is now into OUT_DIR, with the clock of the folder named by `--clock-of`, to
// compare by `diff -r`). Prints wall and CPU time of the export call alone, the CPU of each
// thread that used at least 20 ms of it (read from /proc every 50 ms: render threads are gone
// by the time the export returns), and the load.
import fs from 'node:fs';
import inspector from 'node:inspector';
import os from 'node:os';
import { runLibraryExport } from '../../electron/services/export/runLibraryExport';
import { openLibrary, type Library } from '../../electron/services/library/openLibrary';

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
}

// CPU ms (user + system) of each thread of this process so far, by thread id, and of it the
// user time (the kernel's share of a first export's file writes varies with the disk).
function sampleThreads(into: Map<string, number>, user?: Map<string, number>): void {
  for (const tid of fs.readdirSync('/proc/self/task')) {
    try {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      into.set(tid, ((Number(fields[11]) + Number(fields[12])) * 1000) / 100);
      user?.set(tid, (Number(fields[11]) * 1000) / 100);
    } catch {
      // the thread ended
    }
  }
}

function post(session: inspector.Session, method: string, params?: object): Promise<unknown> {
  return new Promise((resolve, reject) => {
    session.post(method, params ?? {}, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

async function main(): Promise<void> {
  const [stepList = '', libraryFile = '', outDir = ''] = process.argv.slice(2);
  const steps = stepList.split(',');
  const known = ['full', 'unchanged', 'one', 'fresh'];
  if (!steps.every((step) => known.includes(step)) || !libraryFile || !outDir) {
    throw new Error('usage: measureReexport.ts full|unchanged|one|fresh[,…] LIBRARY OUT_DIR');
  }
  const clockFile = `${flag('clock-of') ?? outDir}.clock`;
  if (steps[0] === 'full') fs.writeFileSync(clockFile, String(Date.now()));
  const exportTime = Number(fs.readFileSync(clockFile, 'utf8'));
  const library = openLibrary(libraryFile);
  for (const step of steps) await measure(step, library, exportTime, outDir);
  library.close();
}

const threadsFlag = flag('threads');
const renderThreads = threadsFlag === undefined ? undefined : Number(threadsFlag);

async function measure(
  step: string,
  library: Library,
  exportTime: number,
  outDir: string,
): Promise<void> {
  const options = {
    now: () => exportTime,
    outDir,
    baseUrl: 'https://news.example/',
    selection: { all: true },
    actor: 'bench',
    allowUnverified: true,
    markPublished: false,
    ...(step === 'full' || step === 'fresh' ? { force: true } : {}),
    // `--threads N`: that many render threads instead of the default (one per core but one).
    ...(renderThreads === undefined
      ? {}
      : {
          renderPool: { threads: renderThreads, after: 32, from: 256, renderWhileStarting: true },
        }),
  };
  if (step === 'one') {
    const linked = library.db
      .prepare<[], { id: string }>(
        'SELECT related_id AS id FROM article_related WHERE related_id IS NOT NULL ORDER BY article_id LIMIT 1',
      )
      .get();
    const renamed = linked && library.articles.get(linked.id);
    if (!renamed) throw new Error('no article is linked from another');
    // A new headline every run, so each run has one change to export.
    const base = renamed.headline.replace(/ \(обновлено \d+\)$/, '');
    const headline = `${base} (обновлено ${Date.now() % 100_000})`;
    library.articles.update(renamed.id, { headline }, 'bench');
  }
  const profile = flag('profile');
  const session = profile ? new inspector.Session() : undefined;
  if (session) {
    session.connect();
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
    await post(session, 'Profiler.start');
  }
  const load = os.loadavg()[0] ?? 0;
  const before = new Map<string, number>();
  const threads = new Map<string, number>();
  const hasProc = fs.existsSync('/proc/self/task');
  const userBefore = new Map<string, number>();
  const userThreads = new Map<string, number>();
  if (hasProc) sampleThreads(before, userBefore);
  const sampler = hasProc ? setInterval(() => sampleThreads(threads, userThreads), 50) : undefined;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const summary = await runLibraryExport(library, options);
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  clearInterval(sampler);
  if (hasProc) sampleThreads(threads, userThreads);
  if (session && profile) {
    const result = (await post(session, 'Profiler.stop')) as { profile: unknown };
    fs.writeFileSync(`${profile}.${step}.cpuprofile`, JSON.stringify(result.profile));
    session.disconnect();
  }
  const ms = (micro: number) => (micro / 1000).toFixed(0);
  process.stdout.write(
    `${step}: wall ${wall.toFixed(0)} ms, cpu ${ms(used.user + used.system)} ms ` +
      `(user ${ms(used.user)}, system ${ms(used.system)}), load ${load.toFixed(1)}; ` +
      `written ${summary.written}, unchanged ${summary.unchanged}, removed ${summary.removed}, ` +
      `failed ${summary.failed.length}\n`,
  );
  const main = String(process.pid);
  const perThread = [...threads]
    .map(([tid, ms]) => [tid === main ? 'main' : tid, ms - (before.get(tid) ?? 0)] as const)
    .filter(([, ms]) => ms >= 20)
    .sort((a, b) => (a[0] === 'main' ? -1 : b[0] === 'main' ? 1 : b[1] - a[1]));
  if (perThread.length > 0) {
    process.stdout.write(
      `  CPU ms by thread: ${perThread.map(([tid, ms]) => `${tid} ${ms.toFixed(0)}`).join(', ')}\n`,
    );
    const userOf = (tid: string) => {
      const id = tid === 'main' ? main : tid;
      return (userThreads.get(id) ?? 0) - (userBefore.get(id) ?? 0);
    };
    process.stdout.write(
      `  of it user ms: ${perThread.map(([tid]) => `${tid} ${userOf(tid).toFixed(0)}`).join(', ')}\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
