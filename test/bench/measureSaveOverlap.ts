/**
 * Autosaves that arrive while the autosave's typesetting runs, for comparing two checkouts on
 * a shared machine. The benchmark's save phase sends its saves back to back, so the
 * typesetting (1.5 s after saves pause) never runs between them; here each save is sent after
 * a pause of 1.5 s plus an offset (0–90 ms), when the typesetting of the one before has just
 * started, and one right after it with no pause (nothing running) to compare.
 *
 *   npx tsx test/bench/measureSaveOverlap.ts --library FILE [--repo DIR] [--rounds N]
 *
 * --library is a bench library (`npm run bench -- --size 1000 --phases generate,import,save
 * --work-dir DIR --keep` leaves DIR/library.sqlite and DIR/long/save.md); it is copied, and the
 * 10,000-word article imported into the copy. --repo is the checkout whose code runs (this
 * one by default). Each save goes through the API as the editor sends it (`articles:autosave`,
 * one paragraph changed) and is timed from when it was due (its timer's time: a save due while
 * the main thread typesets waits) to its answer, committed, and how much of that it waited
 * to start; CPU is the main thread's (Linux's `/proc/thread-self/schedstat`, in nanoseconds:
 * a typesetting thread's work is not the save's) and the whole process's (`process.cpuUsage`).
 * A save is marked when a typesetting run (`AutosaveTypesetting.flush`, until the promise it
 * returns settles) was under way at some moment between when the save was due and its answer.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ApiHandlersModule from '../../electron/services/api/createApiHandlers';
import type * as DispatchModule from '../../electron/services/api/dispatchApiCall';
import type * as TypesettingModule from '../../electron/services/export/autosaveTypesetting';
import type * as ImportTextModule from '../../electron/services/import/importText';
import type * as SaveImportedModule from '../../electron/services/import/saveImportedArticle';
import type * as OpenLibraryModule from '../../electron/services/library/openLibrary';
import type * as BodyDigestModule from '../../shared/article/bodyDigest';

const flags = new Map<string, string>();
const argv = process.argv.slice(2);
for (let index = 0; index < argv.length; index += 2) flags.set(argv[index]!, argv[index + 1] ?? '');
const repo = path.resolve(flags.get('--repo') ?? process.cwd());
const rounds = Number(flags.get('--rounds') ?? 20);
const source = flags.get('--library');
if (!source) throw new Error('--library FILE is required');

const load = async <T>(file: string): Promise<T> =>
  (await import(pathToFileURL(path.join(repo, file)).href)) as T;

interface TiptapNode {
  type: string;
  text?: string;
  content?: TiptapNode[];
}

const { openLibrary } = await load<typeof OpenLibraryModule>(
  'electron/services/library/openLibrary.ts',
);
const { createApiHandlers } = await load<typeof ApiHandlersModule>(
  'electron/services/api/createApiHandlers.ts',
);
const { dispatchApiCall } = await load<typeof DispatchModule>(
  'electron/services/api/dispatchApiCall.ts',
);
const { importText } = await load<typeof ImportTextModule>(
  'electron/services/import/importText.ts',
);
const { saveImportedArticle } = await load<typeof SaveImportedModule>(
  'electron/services/import/saveImportedArticle.ts',
);
const { blockDigest, bodyDigest } = await load<typeof BodyDigestModule>(
  'shared/article/bodyDigest.ts',
);
const { AutosaveTypesetting } = await load<typeof TypesettingModule>(
  'electron/services/export/autosaveTypesetting.ts',
);

// When each typesetting run started and ended.
const runs: Array<{ start: number; end: number }> = [];
const flush = Reflect.get<typeof AutosaveTypesetting.prototype, 'flush'>(
  AutosaveTypesetting.prototype,
  'flush',
);
AutosaveTypesetting.prototype.flush = function timedFlush(
  this: InstanceType<typeof AutosaveTypesetting>,
) {
  const run = { start: performance.now(), end: Infinity };
  runs.push(run);
  const done = flush.call(this);
  void done.finally(() => (run.end = performance.now()));
  return done;
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-save-overlap-'));
const file = path.join(dir, 'library.sqlite');
fs.copyFileSync(source, file);
const library = openLibrary(file, { typesettingThread: true });
const longFile = path.join(path.dirname(source), 'long', 'save.md');
const created = saveImportedArticle(
  library,
  await importText('save.md', fs.readFileSync(longFile)),
  'bench',
);
const handlers = createApiHandlers({
  library,
  loginName: 'bench',
  transport: 'http',
  appVersion: 'bench',
});

let blocks = created.body.content ?? [];
let digests = blocks.map((block) => blockDigest(block));
const middle = blocks.indexOf(
  blocks.filter((block) => block.type === 'paragraph' && block.content?.length)[
    Math.floor(blocks.length / 4)
  ]!,
);
let version = created.version;
let word = 0;

interface Sample {
  kind: 'paused' | 'back-to-back';
  offset: number;
  wall: number;
  wait: number;
  cpu: number;
  processCpu: number;
  overlapped: boolean;
}
const samples: Sample[] = [];

/** CPU time of the calling thread, in ms. */
function threadCpu(): number {
  return Number(fs.readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]) / 1e6;
}

async function save(due: number, kind: Sample['kind'], offset: number): Promise<void> {
  const start = performance.now();
  const threadStart = threadCpu();
  const block = structuredClone(blocks[middle]!) as TiptapNode;
  const last = block.content?.[block.content.length - 1];
  if (last?.type === 'text') last.text = `${last.text ?? ''} правка${(word += 1)}`;
  const cpuStart = process.cpuUsage();
  const request = JSON.stringify({
    id: created.id,
    patch: {},
    baseVersion: version,
    bodyChange: {
      baseCount: blocks.length,
      baseDigest: bodyDigest(digests),
      start: middle,
      deleteCount: 1,
      blocks: [block],
    },
  });
  const result = await dispatchApiCall(handlers, 'articles:autosave', JSON.parse(request), {
    validateOutputs: false,
  });
  const answer = JSON.stringify(result);
  const end = performance.now();
  const cpu = process.cpuUsage(cpuStart);
  const ownCpu = threadCpu() - threadStart;
  if (!result.ok) throw new Error(`autosave failed: ${answer}`);
  version = (JSON.parse(answer) as { value: { version: number } }).value.version;
  blocks = [...blocks.slice(0, middle), block, ...blocks.slice(middle + 1)];
  digests = [...digests.slice(0, middle), blockDigest(block), ...digests.slice(middle + 1)];
  samples.push({
    kind,
    offset,
    wall: end - due,
    wait: start - due,
    cpu: ownCpu,
    processCpu: (cpu.user + cpu.system) / 1000,
    // Under way at some moment between when it was due and when it started or ran.
    overlapped: runs.some((run) => run.start < end && due < run.end),
  });
}

const sleep = (ms: number): Promise<number> =>
  new Promise((resolve) => {
    const due = performance.now() + ms;
    setTimeout(() => resolve(due), ms);
  });

// Warm up (not counted), and let the first typesetting (and its thread's start) pass.
for (let index = 0; index < 5; index += 1) await save(performance.now(), 'back-to-back', 0);
await sleep(4_000);
samples.length = 0;
const loadStart = os.loadavg()[0]!;
for (let round = 0; round < rounds; round += 1) {
  const offset = (round % 10) * 10;
  await save(await sleep(1_500 + offset), 'paused', offset);
  await save(performance.now(), 'back-to-back', 0);
}
await sleep(3_000);
const loadEnd = os.loadavg()[0]!;
library.close();
fs.rmSync(dir, { recursive: true, force: true });

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}
const line = (label: string, chosen: Sample[]): string =>
  `${label.padEnd(34)} n=${String(chosen.length).padStart(2)}  wall p50 ${quantile(
    chosen.map((s) => s.wall),
    0.5,
  ).toFixed(1)} p95 ${quantile(
    chosen.map((s) => s.wall),
    0.95,
  ).toFixed(1)} max ${Math.max(...chosen.map((s) => s.wall)).toFixed(1)}  waited p95 ${quantile(
    chosen.map((s) => s.wait),
    0.95,
  ).toFixed(1)}  cpu p50 ${quantile(
    chosen.map((s) => s.cpu),
    0.5,
  ).toFixed(1)} p95 ${quantile(
    chosen.map((s) => s.cpu),
    0.95,
  ).toFixed(1)}  process cpu p95 ${quantile(
    chosen.map((s) => s.processCpu),
    0.95,
  ).toFixed(1)}`;
process.stdout.write(
  [
    `repo ${repo}, load ${loadStart.toFixed(1)} → ${loadEnd.toFixed(1)}, ${runs.length} typesetting runs`,
    line('every save', samples),
    line(
      'after a pause, typesetting running',
      samples.filter((s) => s.overlapped),
    ),
    line(
      'after a pause, nothing running',
      samples.filter((s) => s.kind === 'paused' && !s.overlapped),
    ),
    line(
      'back to back',
      samples.filter((s) => s.kind === 'back-to-back'),
    ),
    `per save (offset ms: wall/waited/cpu, * = typesetting running): ${samples
      .map(
        (s) =>
          `${s.kind === 'paused' ? s.offset : 'b'}:${s.wall.toFixed(0)}/${s.wait.toFixed(0)}/${s.cpu.toFixed(1)}${s.overlapped ? '*' : ''}`,
      )
      .join(' ')}`,
    '',
  ].join('\n'),
);
