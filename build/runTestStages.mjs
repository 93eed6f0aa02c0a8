// `npm test`: every check, in stages. The scripts of one stage run side by side; a stage starts
// when the one before it passed, as `a && b` would. tsc, ESLint and Prettier are one process
// each. The desk's tests keep about one core busy (one Vitest worker beside the PostgreSQL,
// Redis and Hocuspocus servers it starts), so alone they left the second core idle for two
// minutes, while ESLint runs on alone for its last 40 s after tsc and Prettier: together the
// two stages fill both cores. Unit and end-to-end tests use both cores by themselves. Output of
// a script that shares its stage is held and printed whole when it ends, so each runner's lines
// and summary stay together.
import { spawn } from 'node:child_process';

const stages = [
  ['build:cli'],
  ['test:desk', 'typecheck', 'lint', 'format:check', 'test:publish'],
  ['test:unit'],
  ['test:e2e'],
  ['test:faults'],
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
for (const stage of stages) {
  if (stage.length > 1) process.stdout.write(`test: ${stage.join(', ')} side by side…\n`);
  const results = await Promise.all(stage.map((script) => run(script, stage.length === 1)));
  if (results.includes(false)) {
    failed = true;
    break;
  }
}
const total = (performance.now() - started) / 1000;
process.stdout.write(
  `\ntest: ${timings.map(({ script, seconds, ok }) => `${script} ${seconds.toFixed(0)} s${ok ? '' : ' FAILED'}`).join(', ')}\n` +
    `test: ${failed ? 'FAILED' : 'all passed'} in ${Math.floor(total / 60)} min ${Math.round(total % 60)} s\n`,
);
process.exitCode = failed ? 1 : 0;
