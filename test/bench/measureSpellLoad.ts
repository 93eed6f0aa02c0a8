/**
 * How long the spell checker takes to be ready for a language in a fresh process: loaded from
 * the dictionary itself (old, what every process did before dist/spell) and from its compiled
 * form (new), alternating, each in a process of its own.
 *
 *   npx tsx test/bench/measureSpellLoad.ts [--language ru|en] [--rounds N]
 *
 * Each run starts the checker's worker and asks it for the language's first answer (`origin`,
 * which loads the dictionary, then one word checked); wall is from the request to that answer,
 * CPU the whole process's over the same span (`process.cpuUsage`, every thread: the worker's
 * load is the bulk). dist/spell must be built (`node build/buildSpellDictionaries.mjs`).
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { SpellChecker } from '../../electron/services/spell/spellChecker';

const flags = new Map<string, string>();
const argv = process.argv.slice(2);
for (let index = 0; index < argv.length; index += 2) flags.set(argv[index]!, argv[index + 1] ?? '');
const language = (flags.get('--language') ?? 'ru') as 'ru' | 'en';
const rounds = Number(flags.get('--rounds') ?? 3);
const word = language === 'ru' ? 'превет' : 'recieve';

interface Run {
  origin: string;
  wallMs: number;
  cpuMs: number;
}

if (flags.has('--child')) {
  const old = flags.get('--child') === 'old';
  const checker = new SpellChecker(() => [], old ? null : undefined);
  // The checker's worker does not keep a process alive: this does, until the answer.
  const alive = setInterval(() => undefined, 1000);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const origin = await checker.origin(language);
  const unknown = await checker.unknownWords(language, [word]);
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  await checker.close();
  clearInterval(alive);
  if (unknown.length !== 1) throw new Error(`${word} was not reported as unknown`);
  const run: Run = { origin, wallMs, cpuMs: (used.user + used.system) / 1000 };
  process.stdout.write(`${JSON.stringify(run)}\n`);
} else {
  const runs: Record<'old' | 'new', Run[]> = { old: [], new: [] };
  for (let round = 0; round < rounds; round++) {
    for (const mode of ['old', 'new'] as const) {
      const child = spawnSync(
        process.execPath,
        [...process.execArgv, fileURLToPath(import.meta.url), ...argv, '--child', mode],
        { encoding: 'utf8' },
      );
      if (child.status !== 0) throw new Error(`the ${mode} run failed: ${child.stderr}`);
      const run = JSON.parse(child.stdout.trim().split('\n').pop()!) as Run;
      runs[mode].push(run);
      process.stdout.write(
        `round ${round + 1} ${mode} (${run.origin}): wall ${run.wallMs.toFixed(0)} ms, CPU ${run.cpuMs.toFixed(0)} ms, load ${os.loadavg()[0]!.toFixed(1)}\n`,
      );
    }
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!;
  for (const mode of ['old', 'new'] as const) {
    process.stdout.write(
      `${language} ${mode}: median wall ${median(runs[mode].map((run) => run.wallMs)).toFixed(0)} ms, median CPU ${median(runs[mode].map((run) => run.cpuMs)).toFixed(0)} ms over ${rounds}\n`,
    );
  }
}
