// `npm test`: every check, in stages. The scripts of one stage run side by side; a stage starts
// when the one before it passed, as `a && b` would. tsc, ESLint and Prettier are one process
// each. The desk's tests keep about one core busy (one Vitest worker beside the PostgreSQL,
// Redis and Hocuspocus servers it starts, waiting on them most of the time), so they start with
// tsc, ESLint and Prettier and run on beside the unit tests. ESLint, the longest of its stage and
// one process, runs on beside them too: once tsc and Prettier ended it left the second core to
// the desk's waits. The end-to-end tests start once all of them passed. Output of a script that
// shares its time with another is held and printed whole when it ends, so each runner's lines
// and summary stay together.
import { spawn } from 'node:child_process';

/**
 * `scripts` run side by side; `through` starts with them and may run on beside the next stage,
 * which must pass along with it before the stage after starts.
 */
const stages = [
  { scripts: ['build:cli'] },
  { scripts: ['typecheck', 'format:check', 'test:publish'], through: ['lint', 'test:desk'] },
  { scripts: ['test:unit'] },
  { scripts: ['test:e2e'] },
  { scripts: ['test:faults'] },
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const timings = [];

/** Runs `npm run script`; its output goes straight through when alone, else held until it ends. */
function run(script, alone) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], {
      stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    const held = [];
    child.stdout?.on('data', (chunk) => held.push(chunk));
    child.stderr?.on('data', (chunk) => held.push(chunk));
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      if (!alone) {
        process.stdout.write(`\n── ${script} ──\n`);
        process.stdout.write(Buffer.concat(held));
      }
      const ok = code === 0;
      timings.push({ script, seconds, ok });
      process.stdout.write(
        `test: ${script} ${ok ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`} in ${seconds.toFixed(1)} s\n`,
      );
      resolve(ok);
    });
  });
}

const started = performance.now();
let failed = false;
/** Scripts started by the stage before that run on through this one. */
let carried = { names: [], results: Promise.resolve([]) };
for (const { scripts, through = [] } of stages) {
  const names = [...scripts, ...through];
  const alone = names.length === 1 && carried.names.length === 0;
  if (!alone) {
    const what = names.length > 1 ? `${names.join(', ')} side by side` : names.join('');
    const beside = carried.names.length > 0 ? `, beside ${carried.names.join(', ')}` : '';
    process.stdout.write(`test: ${what}${beside}…\n`);
  }
  const own = Promise.all(scripts.map((script) => run(script, alone)));
  const next = {
    names: through,
    results: Promise.all(through.map((script) => run(script, false))),
  };
  const results = [...(await own), ...(await carried.results)];
  carried = next;
  if (results.includes(false)) {
    failed = true;
    break;
  }
}
// A failed stage leaves what it carried running: wait for it, so its summary is printed too.
const last = await carried.results;
if (last.includes(false)) failed = true;
const total = (performance.now() - started) / 1000;
process.stdout.write(
  `\ntest: ${timings.map(({ script, seconds, ok }) => `${script} ${seconds.toFixed(0)} s${ok ? '' : ' FAILED'}`).join(', ')}\n` +
    `test: ${failed ? 'FAILED' : 'all passed'} in ${Math.floor(total / 60)} min ${Math.round(total % 60)} s\n`,
);
process.exitCode = failed ? 1 : 0;
