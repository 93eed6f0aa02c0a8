// `npx tsx test/bench/typingTail.ts DIR`: where the slow keys' time goes, from the traces and
// per-key latencies `compareTyping --trace DIR` writes (`LABEL-WORDS-roundN.json` beside
// `.latencies.json`). Per page, over its rounds: key to paint p50 / p95, and inside each key's
// span (its event's timestamp to the frame after it) the main thread's CPU (the trace's thread
// time of the tasks it overlaps), the time those tasks were not on a CPU (wall minus thread
// time: preempted, or waiting on another thread, as a commit waits for the compositor), and
// the time the key waited with no task running (input queue, frame scheduling). Then the same
// split for the slowest 5 % of keys against the middle half, the tasks other than the key's and
// its frame's found in the slow keys, and how many keys' spans overlap an autosave's sending.
import fs from 'node:fs';
import path from 'node:path';
import { summarize } from './summarize';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown> };
}

type Part = 'key' | 'frame' | 'other';
interface KeySpan {
  latency: number;
  queue: number;
  cpu: Record<Part, number>;
  off: Record<Part, number>;
  idle: number;
  others: Map<string, number>;
  saveOverlap: number;
}

const ms = (us: number | undefined): number => (us ?? 0) / 1000;
const dataOf = (event: TraceEvent): Record<string, unknown> => event.args?.data ?? {};
const isTask = (event: TraceEvent) => event.ph === 'X' && event.name === 'RunTask';

/** What a top-level task ran, by the names a reader recognises. */
function describe(event: TraceEvent): string {
  const data = dataOf(event);
  if (event.name === 'EventDispatch') return `event ${String(data.type)}`;
  if (event.name !== 'FunctionCall') return event.name;
  const url = typeof data.url === 'string' ? data.url.split('/').pop() : '';
  const name =
    typeof data.functionName === 'string' && data.functionName ? data.functionName : '(anonymous)';
  return `${name} ${url}`;
}

function readRound(traceFile: string, latencyFile: string): KeySpan[] {
  const events = (JSON.parse(fs.readFileSync(traceFile, 'utf8')) as { traceEvents: TraceEvent[] })
    .traceEvents;
  const latencies = JSON.parse(fs.readFileSync(latencyFile, 'utf8')) as number[];
  const keydowns = events.filter(
    (event) => event.name === 'EventDispatch' && dataOf(event).type === 'keydown',
  );
  const first = keydowns[0];
  if (!first) return [];
  const onMain = (event: TraceEvent) => event.pid === first.pid && event.tid === first.tid;
  // Event Timing gives each keydown's timestamp and the start of its handling, in page time.
  const timings = new Map<number, { timeStamp: number; processingStart: number }>();
  for (const event of events) {
    const data = dataOf(event);
    if (event.name === 'EventTiming' && event.ph === 'b' && data.type === 'keydown') {
      const timeStamp = Number(data.timeStamp);
      timings.set(timeStamp, { timeStamp, processingStart: Number(data.processingStart) });
    }
  }
  const keyTimings = [...timings.values()].sort((a, b) => a.timeStamp - b.timeStamp);
  const main = events
    .filter((event) => onMain(event) && event.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const tasks: { event: TraceEvent; inside: Set<string> }[] = [];
  let taskEnd = -1;
  for (const event of main) {
    const start = event.ts;
    const end = event.ts + (event.dur ?? 0);
    if (isTask(event) && start >= taskEnd) {
      tasks.push({ event, inside: new Set() });
      taskEnd = end;
    } else if (!isTask(event) && start < taskEnd) {
      tasks[tasks.length - 1]?.inside.add(describe(event));
    }
  }
  const sends = events
    .filter(
      (event) =>
        event.name === 'ResourceSendRequest' && String(dataOf(event).url).includes('autosave'),
    )
    .map((event) => event.ts);
  const sendingTasks = tasks.filter(({ event }) =>
    sends.some((at) => at >= event.ts && at <= event.ts + (event.dur ?? 0)),
  );
  const spans: KeySpan[] = [];
  const count = Math.min(keydowns.length, latencies.length, keyTimings.length);
  for (let index = 0; index < count; index += 1) {
    const timing = keyTimings[index]!;
    const latency = latencies[index]!;
    // The keydown's dispatch in trace time is its handling's start in page time.
    const from = ms(keydowns[index]!.ts) - timing.processingStart + timing.timeStamp;
    const to = from + latency;
    const span: KeySpan = {
      latency,
      queue: timing.processingStart - timing.timeStamp,
      cpu: { key: 0, frame: 0, other: 0 },
      off: { key: 0, frame: 0, other: 0 },
      idle: latency,
      others: new Map(),
      saveOverlap: 0,
    };
    for (const { event, inside } of tasks) {
      const start = ms(event.ts);
      const end = start + ms(event.dur);
      const overlap = Math.min(end, to) - Math.max(start, from);
      if (overlap <= 0) continue;
      const cpu = (ms(event.tdur ?? event.dur) * overlap) / Math.max(1e-6, end - start);
      const part: Part =
        inside.has('event keydown') || inside.has('event keypress')
          ? 'key'
          : inside.has('Commit') || inside.has('Paint')
            ? 'frame'
            : 'other';
      span.cpu[part] += cpu;
      span.off[part] += overlap - cpu;
      span.idle -= overlap;
      if (part === 'other') {
        const name = [...inside].slice(0, 2).join(', ') || '(nothing traced)';
        span.others.set(name, (span.others.get(name) ?? 0) + overlap);
      }
      if (sendingTasks.some((sending) => sending.event === event)) span.saveOverlap += overlap;
    }
    spans.push(span);
  }
  return spans;
}

const mean = (spans: KeySpan[], value: (span: KeySpan) => number) =>
  spans.reduce((sum, span) => sum + value(span), 0) / Math.max(1, spans.length);
const cpuOf = (span: KeySpan) => span.cpu.key + span.cpu.frame + span.cpu.other;
const offOf = (span: KeySpan) => span.off.key + span.off.frame + span.off.other;
const waitOf = (span: KeySpan) => span.queue + Math.max(0, span.idle);

function report(label: string, spans: KeySpan[]): string[] {
  const quantiles = (value: (span: KeySpan) => number) => {
    const { p50, p95 } = summarize(spans.map(value));
    return `${p50.toFixed(1)} / ${p95.toFixed(1)}`;
  };
  const sorted = [...spans].sort((a, b) => b.latency - a.latency);
  const slow = sorted.slice(0, Math.max(1, Math.round(spans.length / 20)));
  const middle = sorted.slice(Math.floor(spans.length / 4), Math.ceil((spans.length * 3) / 4));
  const row = (name: string, value: (span: KeySpan) => number) =>
    `  ${name.padEnd(34)} ${mean(slow, value).toFixed(2).padStart(7)} ${mean(middle, value).toFixed(2).padStart(7)}`;
  const others = new Map<string, number>();
  for (const span of slow) {
    for (const [name, time] of span.others) others.set(name, (others.get(name) ?? 0) + time);
  }
  const saved = spans.filter((span) => span.saveOverlap > 0);
  return [
    `${label}: ${spans.length} keys; p50 / p95 (ms): key to paint ${quantiles((span) => span.latency)}, main-thread CPU in it ${quantiles(cpuOf)}, tasks off CPU ${quantiles(offOf)}, waiting with no task ${quantiles(waitOf)}`,
    `  ms a key (mean)                    slow 5% middle half`,
    row('key to paint', (span) => span.latency),
    row('input queue', (span) => span.queue),
    row("key's task: CPU", (span) => span.cpu.key),
    row("key's task: off CPU", (span) => span.off.key),
    row("frame's task: CPU", (span) => span.cpu.frame),
    row("frame's task: off CPU", (span) => span.off.frame),
    row('other tasks: CPU', (span) => span.cpu.other),
    row('other tasks: off CPU', (span) => span.off.other),
    row('no task running', (span) => Math.max(0, span.idle)),
    `  other tasks in the slow keys (ms a slow key): ${
      [...others]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([name, time]) => `${name} ${(time / slow.length).toFixed(2)}`)
        .join('; ') || 'none'
    }`,
    `  keys whose span overlaps an autosave's sending task: ${saved.length}, ${saved.reduce((sum, span) => sum + span.saveOverlap, 0).toFixed(1)} ms in all`,
  ];
}

const dir = process.argv[2];
if (!dir) throw new Error('usage: typingTail.ts DIR (written by compareTyping --trace DIR)');
const byLabel = new Map<string, KeySpan[]>();
for (const file of fs.readdirSync(dir).sort()) {
  const match = /^(.*)-\d+-round\d+\.json$/.exec(file);
  const latencyFile = path.join(dir, file.replace(/\.json$/, '.latencies.json'));
  if (!match || !fs.existsSync(latencyFile)) continue;
  const label = match[1]!;
  byLabel.set(label, [
    ...(byLabel.get(label) ?? []),
    ...readRound(path.join(dir, file), latencyFile),
  ]);
}
for (const [label, spans] of byLabel) process.stdout.write(`${report(label, spans).join('\n')}\n`);
